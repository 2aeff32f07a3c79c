// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import kz.schoolwatch.persistence.store.H2Url;
import kz.schoolwatch.persistence.security.PasswordHashes;
import org.flywaydb.core.Flyway;

/**
 * Database files as each earlier SchoolWatch left them, one per schema version, kept under
 * {@code src/test/resources/fixtures/schema-v{n}/schoolwatch.mv.db}: plain files for V1 and V2 (the files were
 * encrypted from V3 on), encrypted with the fixed test key from V3 on. Their rows are the fake data of
 * {@code fixtures/data-v*.sql}, with the reference rows of {@code fixtures/refs-v*.sql}.
 *
 * <p>Made once by {@link SchemaFixtureGenerator} and committed; a test opens a copy of each with the current
 * program, so every later migration is tried on every earlier version's data.
 */
public final class SchemaFixtures {

    /** The first schema version whose files SchoolWatch encrypts (issue 6). */
    public static final int ENCRYPTED_SINCE = 3;

    private static final Path SOURCES = Path.of("src/test/resources/fixtures");

    private SchemaFixtures() {
    }

    /** Whether the version's file is encrypted (with {@code TestDatabases}' fixed key). */
    public static boolean encrypted(int version) {
        return version >= ENCRYPTED_SINCE;
    }

    /** The classpath resource of the version's fixture. */
    public static String resource(int version) {
        return "/fixtures/schema-v" + version + "/" + H2Url.FILE_NAME + ".mv.db";
    }

    /** Copies the version's fixture into {@code folder} as its database file; the fixture itself is never opened. */
    public static void copyTo(int version, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (InputStream in = SchemaFixtures.class.getResourceAsStream(resource(version))) {
            if (in == null) {
                throw new IllegalStateException("no fixture for schema V" + version + ": " + resource(version)
                        + "; make it with mvn -B -q test -Dtest=SchemaFixtureGenerator -Dfixture.version=" + version);
            }
            Files.copy(in, folder.resolve(H2Url.FILE_NAME + ".mv.db"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Writes the fixture of schema {@code version} into the source tree. V1 and V2 through Flyway stopped at
     * that version, in a plain file; the current version through the program's own {@link Database#open} (with its
     * audit triggers), encrypted. An encrypted version older than the current one cannot be made again from
     * here: its fixture was committed when it was current.
     */
    static Path generate(int version) throws Exception {
        if (version < 1 || version > Database.SCHEMA_VERSION
                || (encrypted(version) && version != Database.SCHEMA_VERSION)) {
            throw new IllegalArgumentException("can make V1.." + (ENCRYPTED_SINCE - 1) + " and the current V"
                    + Database.SCHEMA_VERSION + ", not V" + version);
        }
        Path work = Files.createTempDirectory("schema-fixture-");
        Path folder = work.resolve("v" + version);
        if (encrypted(version)) {
            try (Database db = TestDatabases.open(folder)) {
                db.setActor("fixture");
                db.write(cfg -> {
                    cfg.dsl().connection(c -> run(c, script(version)));
                    return null;
                });
                db.closeCompacted();
            }
        } else {
            String url = H2Url.plainForFolder(folder);
            Flyway.configure().dataSource(url, "sa", "").locations(Engine.H2.migrationLocations())
                    .target(Integer.toString(version)).load().migrate();
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                run(c, script(version));
                c.createStatement().execute("SHUTDOWN COMPACT");
            }
        }
        Path target = SOURCES.resolve("schema-v" + version).resolve(H2Url.FILE_NAME + ".mv.db");
        Files.createDirectories(target.getParent());
        Files.copy(folder.resolve(H2Url.FILE_NAME + ".mv.db"), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** The newest {@code refs-vK.sql} with K ≤ version, then every {@code data-vK.sql} with K ≤ version in order. */
    static String script(int version) {
        StringBuilder sql = new StringBuilder();
        for (int k = version; k >= 1; k--) {
            String refs = text("refs-v" + k + ".sql");
            if (refs != null) {
                sql.append(refs).append('\n');
                break;
            }
        }
        for (int k = 1; k <= version; k++) {
            String data = text("data-v" + k + ".sql");
            if (data != null) {
                sql.append(data).append('\n');
            }
        }
        String hash = PasswordHashes.hash(TestSessions.PASSWORD.toCharArray());
        String all = sql.toString().replace("{{TEST_PASSWORD_HASH}}", hash);
        // V17 replaced the camera's connected_to_cou by its connection: the older scripts still write the old column,
        // so it is there while they run and turned into the new one after, as the migration does.
        return version < 17 ? all
                : "ALTER TABLE camera ADD COLUMN connected_to_cou BOOLEAN DEFAULT FALSE NOT NULL;\n" + all
                        + "\nUPDATE camera SET connection = CASE WHEN connected_to_cou THEN 'COU' ELSE 'NONE' END"
                        + " WHERE connected_to_cou AND connection = 'NONE';\nALTER TABLE camera DROP COLUMN connected_to_cou;\n";
    }

    private static String text(String name) {
        try (InputStream in = SchemaFixtures.class.getResourceAsStream("/fixtures/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(Connection c, String script) throws SQLException {
        try (var st = c.createStatement()) {
            // H2 runs the statements of one string in order, in this session, so the @ variables carry over.
            st.execute(script);
        }
    }
}
