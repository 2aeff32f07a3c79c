// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.security;

import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.List;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.DatabaseOpenException;
import kz.schoolwatch.persistence.store.Engine;
import kz.schoolwatch.persistence.store.H2Url;
import kz.schoolwatch.persistence.jooq.Tables;
import kz.schoolwatch.persistence.security.DatabaseKey;
import kz.schoolwatch.persistence.security.KeyRing;
import kz.schoolwatch.service.security.SignInService;
import kz.schoolwatch.service.security.SignedIn;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database file at rest: encrypted, with no record text in it or beside it, opened only with its key;
 * and a plain database from the earlier versions is encrypted on the first start with nothing lost.
 */
class EncryptionAtRestTest {

    /** A school name as a canary: Cyrillic and Kazakh letters, and a Latin part. */
    private static final String CANARY = "Школа-лицей Қанарейка №977";
    private static final String LATIN_CANARY = "Kanareika-977-lyceum";

    @TempDir
    Path folder;

    private static void insertCanaries(Database db) {
        db.write(cfg -> cfg.dsl().insertInto(SCHOOL, SCHOOL.SCHOOL_NUMBER, SCHOOL.NAME, SCHOOL.SCHOOL_TYPE, SCHOOL.DISTRICT_ID,
                SCHOOL.ADDRESS).values(977, CANARY, "LYCEUM", 1, LATIN_CANARY).execute());
    }

    @Test
    void aPlainFileShowsTheCanariesAndTheEncryptedOneDoesNot() throws Exception {
        // The control: the same rows in a plain H2 file, to prove the search would find them.
        Path plain = folder.resolve("plain");
        try (Connection c = DriverManager.getConnection(H2Url.plainForFolder(plain), "sa", "")) {
            Flyway.configure().dataSource(H2Url.plainForFolder(plain), "sa", "").locations(Engine.H2.migrationLocations()).load().migrate();
            c.createStatement().execute("INSERT INTO school (school_number, name, school_type, district_id, address) VALUES (977, '"
                    + CANARY + "', 'LYCEUM', 1, '" + LATIN_CANARY + "')");
            c.createStatement().execute("SHUTDOWN");
        }
        assertThat(FileCanaries.hits(plain, CANARY)).contains("schoolwatch.mv.db: H2");
        assertThat(FileCanaries.hits(plain, LATIN_CANARY)).isNotEmpty();

        Path encrypted = folder.resolve("encrypted");
        try (Database db = TestDatabases.open(encrypted)) {
            insertCanaries(db);
            assertThat((int) db.read(dsl -> dsl.fetchCount(SCHOOL, SCHOOL.NAME.eq(CANARY)))).isOne();
            // While open, too: nothing lands in temporary or trace files beside it.
            assertThat(FileCanaries.hits(encrypted, CANARY)).isEmpty();
        }
        assertThat(FileCanaries.hits(encrypted, CANARY)).isEmpty();
        assertThat(FileCanaries.hits(encrypted, LATIN_CANARY)).isEmpty();
        assertThat(new String(Files.readAllBytes(encrypted.resolve("schoolwatch.mv.db")), 0, 9, StandardCharsets.US_ASCII))
                .isEqualTo("H2encrypt");
        try (var names = Files.list(encrypted)) {
            assertThat(names.map(p -> p.getFileName().toString())).doesNotContain("schoolwatch.trace.db");
        }
    }

    @Test
    void anotherKeyDoesNotOpenTheFileAndLeavesItAsItWas() throws Exception {
        try (Database db = TestDatabases.open(folder)) {
            insertCanaries(db);
        }
        byte[] before = Files.readAllBytes(folder.resolve("schoolwatch.mv.db"));
        try (DatabaseKey wrong = DatabaseKey.random()) {
            assertThatThrownBy(() -> Database.open(folder, wrong))
                    .isInstanceOfSatisfying(DatabaseOpenException.class,
                            e -> assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.WRONG_KEY));
        }
        assertThat(Files.readAllBytes(folder.resolve("schoolwatch.mv.db"))).isEqualTo(before);
        try (Database db = TestDatabases.open(folder)) {
            assertThat((int) db.read(dsl -> dsl.fetchCount(SCHOOL, SCHOOL.NAME.eq(CANARY)))).isOne();
        }
    }

    @Test
    void theKeyRingHoldsTheKeyOnlyWrappedAndEachPasswordUnwrapsItsOwnCopy() throws Exception {
        SignInService service = new SignInService(folder, Clock.systemDefaultZone());
        char[] adminPw = "Zheltyi-klyuch-2026".toCharArray();
        try (SignedIn admin = service.setUp(new AccountDraft("admin", "А", Role.ADMIN, null, null), adminPw, adminPw)) {
            insertCanaries(admin.database());
            char[] key = admin.key().filePassword();
            String ring = Files.readString(folder.resolve(KeyRing.FILE_NAME));
            assertThat(ring).doesNotContain(new String(key)).doesNotContain("Zheltyi-klyuch-2026");
            KeyRing keyRing = KeyRing.load(folder);
            try (DatabaseKey unwrapped = keyRing.unwrap("admin", adminPw).orElseThrow()) {
                assertThat(unwrapped.filePassword()).isEqualTo(key);
            }
            assertThat(keyRing.unwrap("admin", "Zheltyi-klyuch-2027".toCharArray())).isEmpty();
        }
        assertThat(FileCanaries.hits(folder, CANARY)).isEmpty();
    }

    @Test
    void aPlainDatabaseFromEarlierVersionsIsEncryptedAtTheFirstStartWithNothingLost() throws Exception {
        // The schema as issues 2–5 left it (migrations V1 and V2), with a school in it, in a plain file.
        try (Connection c = DriverManager.getConnection(H2Url.plainForFolder(folder), "sa", "")) {
            Flyway.configure().dataSource(H2Url.plainForFolder(folder), "sa", "").locations(Engine.H2.migrationLocations())
                    .target("2").load().migrate();
            c.createStatement().execute("INSERT INTO school (school_number, name, school_type, district_id, address) VALUES (977, '"
                    + CANARY + "', 'LYCEUM', 1, '" + LATIN_CANARY + "')");
            c.createStatement().execute("SHUTDOWN");
        }
        SignInService service = new SignInService(folder, Clock.systemDefaultZone());
        assertThat(service.start()).isEqualTo(SignInService.Start.ENCRYPT_EXISTING);
        char[] pw = "Zheltyi-klyuch-2026".toCharArray();
        try (SignedIn admin = service.setUp(new AccountDraft("admin", "А", Role.ADMIN, null, null), pw, pw)) {
            assertThat(admin.database().<List<Object>>read(dsl -> dsl.select(SCHOOL.NAME, SCHOOL.ADDRESS).from(SCHOOL).fetchSingle().intoList()))
                    .containsExactly(CANARY, LATIN_CANARY);
            assertThat((int) admin.database().read(dsl -> dsl.fetchCount(Tables.DISTRICT))).isEqualTo(8);
        }
        assertThat(service.start()).isEqualTo(SignInService.Start.SIGN_IN);
        assertThat(FileCanaries.hits(folder, CANARY)).isEmpty();
        assertThat(FileCanaries.hits(folder, LATIN_CANARY)).isEmpty();
        try (var names = Files.list(folder)) {
            assertThat(names.map(p -> p.getFileName().toString())).doesNotContain("schoolwatch.before-encryption.mv.db");
        }
        try (SignedIn again = service.signIn("admin", pw)) {
            assertThat((int) again.database().read(dsl -> dsl.fetchCount(SCHOOL))).isOne();
        }
    }
}
