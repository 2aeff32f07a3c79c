// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.util.List;

import org.jooq.SQLDialect;

/**
 * The two engines SchoolWatch keeps its data in: the PC's embedded, encrypted H2 file (the default, and the demo)
 * and the unit's PostgreSQL server, which every SchoolWatch of the unit shares (issue 17). Both run the
 * migrations in {@code db/common}; what must differ between them lives in {@code db/h2} and {@code db/postgresql}.
 * The migrations H2 files in the field were made with stay byte for byte as they were: Flyway checks them.
 */
public enum Engine {

    H2(SQLDialect.H2, "h2", "PUBLIC", 21),
    POSTGRESQL(SQLDialect.POSTGRES, "postgresql", "public", 22);

    /** The folder of the migrations both engines run, inside the jar (and under {@code db/} in the sources). */
    static final String COMMON = "common";

    private final SQLDialect dialect;
    private final String folder;
    private final String schema;
    private final int schemaVersion;

    Engine(SQLDialect dialect, String folder, String schema, int schemaVersion) {
        this.dialect = dialect;
        this.folder = folder;
        this.schema = schema;
        this.schemaVersion = schemaVersion;
    }

    /**
     * The newest migration this engine runs (V{n}__… in {@code db/common} and its own folder); a test keeps it
     * equal to the files. The server's own rules (audit triggers, roles) are migrations only PostgreSQL runs, so
     * the engines' newest versions differ.
     */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** jOOQ's dialect for this engine's SQL. */
    public SQLDialect dialect() {
        return dialect;
    }

    /** The schema the tables live in, spelt as the engine's catalogue spells it. */
    String schema() {
        return schema;
    }

    /** Flyway's locations of this engine's migrations: those both engines run, then its own. */
    public String[] migrationLocations() {
        return migrationFolders().stream().map(f -> "classpath:" + f.substring(1)).toArray(String[]::new);
    }

    /** The resource folders of this engine's migrations, absolute ({@code /db/common}, {@code /db/h2}). */
    List<String> migrationFolders() {
        return List.of("/db/" + COMMON, "/db/" + folder);
    }
}
