// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.migration;

import static kz.schoolwatch.persistence.jooq.Tables.APP_USER;
import static kz.schoolwatch.persistence.jooq.Tables.AUDIT_ENTRY;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.H2Url;
import kz.schoolwatch.persistence.audit.AuditRepository;
import kz.schoolwatch.service.security.SignInService;
import kz.schoolwatch.service.security.SignedIn;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A copy of the database every earlier SchoolWatch left (one committed fixture per schema version, see
 * {@link SchemaFixtures}) is opened by this program the way a user gets there: a plain file of V1 or V2 through
 * the first start, which encrypts and migrates it; an encrypted one (V3 on) by opening it with its key. Afterwards
 * the schema is the current one, every row of the fixture is still there with the same values, and the tables of
 * accounts and audit work.
 */
class OlderSchemaMigrationTest {

    private static final char[] PASSWORD = TestSessions.PASSWORD.toCharArray();

    @TempDir
    Path folder;

    /** Every schema version up to the current one: the current one's fixture is where the next migration starts. */
    static IntStream versions() {
        // V7–V9, V11–V13, V15, V16, V18, V20 and V22 are the server's own migrations (db/postgresql): no PC's file
        // ever had them. V17 and V19 were never released alone: V21 came with them.
        return IntStream.rangeClosed(1, Database.SCHEMA_VERSION).filter(v -> v < 7 || v == 10 || v == 14 || v > 20 && v != 22);
    }

    static IntStream plainVersions() {
        return versions().filter(v -> !SchemaFixtures.encrypted(v));
    }

    static IntStream encryptedVersions() {
        return versions().filter(SchemaFixtures::encrypted);
    }

    @ParameterizedTest(name = "schema V{0}")
    @MethodSource("versions")
    void everySchemaVersionHasAFixture(int version) {
        assertThat(SchemaFixtures.class.getResource(SchemaFixtures.resource(version)))
                .as("fixture of schema V%d: mvn -B -q test -Dtest=SchemaFixtureGenerator -Dfixture.version=%d", version, version)
                .isNotNull();
    }

    @ParameterizedTest(name = "schema V{0}")
    @MethodSource("plainVersions")
    void aPlainDatabaseOfAnEarlierVersionIsEncryptedAndMigratedAtTheFirstStartWithEveryRowKept(int version) throws Exception {
        SchemaFixtures.copyTo(version, folder);
        Map<String, List<String>> before = rows(plainSource(folder), null);
        assertThat(before.get("SCHOOL")).hasSize(3);
        assertThat(schemaVersion(before)).isEqualTo(version);

        SignInService service = new SignInService(folder, Clock.systemDefaultZone());
        assertThat(service.foreignFile()).isEmpty();
        assertThat(service.start()).isEqualTo(SignInService.Start.ENCRYPT_EXISTING);
        try (SignedIn admin = service.setUp(new AccountDraft(TestSessions.ADMIN, "Администратор", Role.ADMIN, null, null),
                PASSWORD.clone(), PASSWORD.clone())) {
            Database db = admin.database();
            Map<String, List<String>> after = db.read(dsl -> dsl.connectionResult(c -> readRows(c, before)));
            assertEveryRowKept(before, after);
            assertThat(schemaVersion(after)).isEqualTo(Database.SCHEMA_VERSION);
            assertAccountsAndAuditWork(db, TestSessions.ADMIN);
        }
        assertThat(service.start()).isEqualTo(SignInService.Start.SIGN_IN);
        try (SignedIn again = service.signIn(TestSessions.ADMIN, PASSWORD.clone())) {
            assertThat((int) again.database().read(dsl -> dsl.fetchCount(SCHOOL))).isEqualTo(3);
        }
    }

    @ParameterizedTest(name = "schema V{0}")
    @MethodSource("encryptedVersions")
    void anEncryptedDatabaseOfAnEarlierOrTheCurrentVersionOpensWithEveryRowKept(int version) throws Exception {
        SchemaFixtures.copyTo(version, folder);
        Map<String, List<String>> before = rows(encryptedSource(folder), null);
        assertThat(before.get("SCHOOL")).hasSize(3);
        assertThat(before.get("APP_USER")).hasSize(2);
        assertThat(schemaVersion(before)).isEqualTo(version);

        try (Database db = TestDatabases.open(folder)) {
            Map<String, List<String>> after = db.read(dsl -> dsl.connectionResult(c -> readRows(c, before)));
            assertEveryRowKept(before, after);
            assertThat(schemaVersion(after)).isEqualTo(Database.SCHEMA_VERSION);
            assertThat(db.<String>read(dsl -> dsl.select(APP_USER.FULL_NAME).from(APP_USER).where(APP_USER.LOGIN.eq("nurlanov")).fetchOne(APP_USER.FULL_NAME)))
                    .isEqualTo("Нұрланов Ерлан Бекұлы");
            assertAccountsAndAuditWork(db, "test");
        }
    }

    /**
     * Columns a later migration replaced by a richer one, read in the new one's terms: V17 turned the camera's yes/no
     * link to the ЦОУ into where it is connected.
     */
    private static final Map<String, String> REPLACED_COLUMNS = Map.of("CAMERA.CONNECTED_TO_COU", "(\"CONNECTION\" = 'COU')");

    /**
     * Fixture rows are found by value: the migration may add rows and columns, never change or drop one, except a
     * column replaced by a richer one that keeps its facts ({@link #REPLACED_COLUMNS}).
     */
    private static void assertEveryRowKept(Map<String, List<String>> before, Map<String, List<String>> after) {
        assertThat(after.keySet()).containsAll(before.keySet());
        before.forEach((table, rows) -> assertThat(after.get(table)).as(table).containsAll(rows));
    }

    /** The V3 tables: the administrator is there, a change is audited, and the audit chain holds. */
    private static void assertAccountsAndAuditWork(Database db, String actor) {
        assertThat(db.<Integer>read(dsl -> dsl.fetchCount(APP_USER, APP_USER.LOGIN.eq("admin").and(APP_USER.USER_ROLE.eq("ADMIN"))))).isOne();
        int entries = db.read(dsl -> dsl.fetchCount(AUDIT_ENTRY));
        db.write(cfg -> cfg.dsl().update(SCHOOL).set(SCHOOL.PHONE, "+7 727 255-01-60").where(SCHOOL.SCHOOL_NUMBER.eq(159)).execute());
        assertThat(db.<Integer>read(dsl -> dsl.fetchCount(AUDIT_ENTRY))).isGreaterThan(entries);
        assertThat(db.<List<Object>>read(dsl -> dsl.select(AUDIT_ENTRY.ACTOR, AUDIT_ENTRY.ACTION, AUDIT_ENTRY.SUBJECT).from(AUDIT_ENTRY)
                .orderBy(AUDIT_ENTRY.ID.desc()).limit(1).fetchOne().intoList())).containsExactly(actor, "UPDATE", "school");
        assertThat(db.read(AuditRepository::verify).intact()).isTrue();
    }

    private static int schemaVersion(Map<String, List<String>> rows) {
        return rows.get("flyway_schema_history").stream()
                .flatMap(r -> Arrays.stream(r.split("\\|")))
                .filter(cell -> cell.startsWith("version=") && !cell.equals("version=null"))
                .mapToInt(cell -> Integer.parseInt(cell.substring("version=".length())))
                .max().orElseThrow();
    }

    private static Connection plainSource(Path folder) throws SQLException {
        // Read-only: the copy is read as the older program left it, before anything converts it.
        return DriverManager.getConnection(H2Url.plainForFolder(folder) + ";ACCESS_MODE_DATA=r", "sa", "");
    }

    private static Connection encryptedSource(Path folder) throws SQLException {
        JdbcDataSource ds = TestDatabases.key(folder).dataSource(H2Url.forFolder(folder) + ";ACCESS_MODE_DATA=r");
        return ds.getConnection();
    }

    /**
     * Every row of every table, as "COLUMN=value|…" in the fixture's column order. With {@code like} given
     * (the fixture's rows), only the fixture's tables and columns are read, so that columns a migration added
     * do not hide a kept row.
     */
    private static Map<String, List<String>> rows(Connection c, Map<String, List<String>> like) throws SQLException {
        try (c) {
            return readRows(c, like);
        }
    }

    private static Map<String, List<String>> readRows(Connection c, Map<String, List<String>> like) throws SQLException {
        Map<String, List<String>> result = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        if (like == null) {
            try (var rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"BASE TABLE", "TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
        } else {
            tables.addAll(like.keySet());
        }
        for (String table : tables) {
            List<String> columns = new ArrayList<>();
            if (like == null || like.get(table).isEmpty()) {
                try (var rs = c.getMetaData().getColumns(null, "PUBLIC", table, "%")) {
                    while (rs.next()) {
                        columns.add(rs.getString("COLUMN_NAME"));
                    }
                }
            } else {
                for (String cell : like.get(table).get(0).split("\\|")) {
                    columns.add(cell.substring(0, cell.indexOf('=')));
                }
            }
            Set<String> present = new HashSet<>();
            try (var rs = c.getMetaData().getColumns(null, "PUBLIC", table, "%")) {
                while (rs.next()) {
                    present.add(rs.getString("COLUMN_NAME"));
                }
            }
            String select = "SELECT " + String.join(", ", columns.stream().map(n -> present.contains(n) ? '"' + n + '"'
                            : REPLACED_COLUMNS.getOrDefault(table + "." + n, '"' + n + '"')).toList())
                    + " FROM \"" + table + "\"";
            List<String> rows = new ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery(select)) {
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 0; i < columns.size(); i++) {
                        row.append(i == 0 ? "" : "|").append(columns.get(i)).append('=').append(rs.getString(i + 1));
                    }
                    rows.add(row.toString());
                }
            }
            result.put(table, rows);
        }
        return result;
    }

    @Test
    void theFixturesStaySmall() throws Exception {
        for (int v : versions().toArray()) {
            Path copy = folder.resolve("v" + v);
            SchemaFixtures.copyTo(v, copy);
            assertThat(Files.size(copy.resolve("schoolwatch.mv.db"))).isLessThan(256 * 1024);
        }
    }
}
