// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The schema's version as Flyway's history table records it, and the migrations that bring it up to date. */
final class SchemaHistory {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaHistory.class);

    private SchemaHistory() {
    }

    /**
     * Brings the schema up to date with {@code engine}'s bundled migrations; refuses a database a newer program
     * migrated.
     */
    static void migrate(DataSource pool, Engine engine) throws DatabaseOpenException {
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations(engine.migrationLocations())
                .loggers("slf4j")
                .load();
        MigrationInfoService info = flyway.info();
        MigrationInfo[] future = Arrays.stream(info.all())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            String version = future[future.length - 1].getVersion().getVersion();
            throw new DatabaseOpenException(DatabaseOpenException.Reason.TOO_NEW, version, null);
        }
        if (info.pending().length > 0) {
            LOG.info("Migrating database schema: {} pending migration(s)", info.pending().length);
            flyway.migrate();
        }
    }

    /**
     * The schema version recorded in Flyway's history table, 0 for a new database. Read with plain JDBC
     * because the table belongs to Flyway, not to the generated jOOQ schema.
     */
    static int currentVersion(DataSource pool, Engine engine) throws SQLException {
        try (Connection c = pool.getConnection();
             var tables = c.getMetaData().getTables(null, engine.schema(), "flyway_schema_history", null)) {
            if (!tables.next()) {
                return 0;
            }
            int max = 0;
            try (var st = c.createStatement();
                 var rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
                while (rs.next()) {
                    max = Math.max(max, majorVersion(rs.getString(1)));
                }
            }
            return max;
        }
    }

    private static int majorVersion(String version) {
        int dot = version.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
