// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.FileFormat.Kind;
import kz.schoolwatch.persistence.security.KeyRing;
import kz.schoolwatch.service.security.SignInService;
import kz.schoolwatch.service.security.SignedIn;
import kz.schoolwatch.i18n.DatabaseErrors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A data folder whose database is not one this H2 can write — a newer H2's file, an H2 1.4 file, an old
 * PageStore file, a file that is not H2 — is refused with a message that names the problem, through every way
 * in (opening, the first start, signing in), and the file keeps every byte and its modification time.
 */
class ForeignDatabaseFileTest {

    private static final Messages RU = Messages.russian();
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2024-03-01T09:00:00Z"));
    private static final char[] PASSWORD = TestSessions.PASSWORD.toCharArray();

    @TempDir
    Path folder;

    @Test
    void theFormatTheCheckExpectsIsTheOneThisH2Writes() throws Exception {
        try (Database db = TestDatabases.open(folder.resolve("encrypted"))) {
            assertThat(H2Headers.read(db.file(), TestDatabases.key(db.folder()))).contains(",format:" + FileFormat.H2_FORMAT + ",");
        }
        Path plain = folder.resolve("plain");
        try (Connection c = DriverManager.getConnection(H2Url.plainForFolder(plain), "sa", "")) {
            c.createStatement().execute("SHUTDOWN");
        }
        assertThat(H2Headers.read(FileFormat.databaseFile(plain), null)).contains(",format:" + FileFormat.H2_FORMAT + ",");
        assertThat(FileFormat.inspect(plain)).isEmpty();
    }

    /** {@code formatRead:3} is what a newer H2 would write if this one may still read its files: H2 would open them read-only. */
    @ParameterizedTest
    @ValueSource(strings = {"format:4", "format:4,formatRead:3"})
    void anEncryptedFileOfANewerH2IsRefusedAndNotTouched(String header) throws Exception {
        try (Database db = TestDatabases.open(folder)) {
            db.write(cfg -> cfg.dsl().execute("INSERT INTO school (school_number, name, school_type, district_id) "
                    + "VALUES (12, 'Школа-гимназия №12', 'SCHOOL_GYMNASIUM', 1)"));
        }
        H2Headers.rewrite(FileFormat.databaseFile(folder), "format:3", header, TestDatabases.key(folder));
        Map<String, String> before = before();

        assertThatThrownBy(() -> Database.open(folder, TestDatabases.key(folder)))
                .isInstanceOfSatisfying(DatabaseOpenException.class, refusedAs(Kind.NEWER_H2, 4));

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void signingInToAnEncryptedFileOfANewerH2SaysSoAndLeavesItAsItWas() throws Exception {
        SignInService service = new SignInService(folder, Clock.systemDefaultZone());
        try (SignedIn admin = service.setUp(new AccountDraft(TestSessions.ADMIN, "Администратор", Role.ADMIN, null, null),
                PASSWORD.clone(), PASSWORD.clone())) {
            assertThat(admin.account().login()).isEqualTo(TestSessions.ADMIN);
        }
        H2Headers.rewrite(FileFormat.databaseFile(folder), "format:3", "format:4", TestDatabases.key(folder));
        Map<String, String> before = before();

        assertThat(service.start()).isEqualTo(SignInService.Start.SIGN_IN);
        assertThatThrownBy(() -> service.signIn(TestSessions.ADMIN, PASSWORD.clone()))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                    refusedAs(Kind.NEWER_H2, 4).accept(e);
                    assertThat(DatabaseErrors.describe(e, RU)).isEqualTo(Texts.of("db.error.foreign.newerH2", FileFormat.databaseFile(folder), 4, 3));
                });

        assertThat(snapshot()).isEqualTo(before);
    }

    /** H2 1.4.x wrote MVStore format 1; H2 2.0 and 2.1 format 2. A file left by an old SchoolWatch build on either. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void aPlainFileOfAnotherH2IsRefusedBeforeTheFirstStartWouldConvertIt(int format) throws Exception {
        plainSchemaV2(folder);
        H2Headers.rewrite(FileFormat.databaseFile(folder), "format:3", "format:" + format, null);
        Map<String, String> before = before();
        SignInService service = new SignInService(folder, Clock.systemDefaultZone());
        Kind kind = format < 3 ? Kind.OLDER_H2 : Kind.NEWER_H2;

        // Told before any password is typed ...
        assertThat(service.foreignFile()).hasValueSatisfying(refusedAs(kind, format));
        // ... and a set-up that got there all the same is refused before the conversion rewrites the file.
        assertThatThrownBy(() -> service.setUp(new AccountDraft("admin", "Администратор", Role.ADMIN, null, null),
                PASSWORD.clone(), PASSWORD.clone()))
                .isInstanceOfSatisfying(DatabaseOpenException.class, refusedAs(kind, format));
        assertThatThrownBy(() -> Database.open(folder, TestDatabases.key(folder)))
                .isInstanceOfSatisfying(DatabaseOpenException.class, refusedAs(kind, format));

        assertThat(snapshot()).isEqualTo(before);
        assertThat(KeyRing.existsIn(folder)).isFalse();
        if (format == 1) {
            assertThat(DatabaseErrors.describe(service.foreignFile().orElseThrow(), RU))
                    .startsWith(Texts.prefix("db.error.foreign.olderH2", FileFormat.databaseFile(folder), 1))
                    .endsWith(Texts.suffix("db.error.foreign.olderH2"));
        }
    }

    @Test
    void anOldPageStoreFileIsRefusedInsteadOfStartingAnEmptyDatabaseBesideIt() throws Exception {
        Path pageStore = folder.resolve("schoolwatch.h2.db");
        Files.write(pageStore, pageStoreBytes());
        Map<String, String> before = before();
        SignInService service = new SignInService(folder, Clock.systemDefaultZone());

        assertThat(service.foreignFile()).hasValueSatisfying(refusedAs(Kind.PAGE_STORE, 0));
        assertThat(DatabaseErrors.describe(service.foreignFile().orElseThrow(), RU))
                .isEqualTo(Texts.of("db.error.foreign.pageStore", pageStore));
        assertThatThrownBy(() -> service.setUp(new AccountDraft("admin", "Администратор", Role.ADMIN, null, null),
                PASSWORD.clone(), PASSWORD.clone()))
                .isInstanceOfSatisfying(DatabaseOpenException.class, refusedAs(Kind.PAGE_STORE, 0));
        assertThatThrownBy(() -> Database.open(folder, TestDatabases.key(folder)))
                .isInstanceOfSatisfying(DatabaseOpenException.class, refusedAs(Kind.PAGE_STORE, 0));

        assertThat(snapshot()).isEqualTo(before);
        assertThat(folder.resolve("schoolwatch.mv.db")).doesNotExist();
        assertThat(KeyRing.existsIn(folder)).isFalse();
    }

    @Test
    void aPageStoreFileUnderTheCurrentNameIsRefusedToo() throws Exception {
        Files.write(FileFormat.databaseFile(folder), pageStoreBytes());
        Map<String, String> before = before();
        assertThatThrownBy(() -> Database.open(folder, TestDatabases.key(folder)))
                .isInstanceOfSatisfying(DatabaseOpenException.class, refusedAs(Kind.PAGE_STORE, 0));
        assertThat(snapshot()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "text", "zeros"})
    void aFileThatIsNotH2IsRefusedAndNotTouched(String what) throws Exception {
        byte[] content = switch (what) {
            case "pdf" -> "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
            case "text" -> "Отчёт о посещениях за март\nШкола №12: 4 посещения\n".repeat(200).getBytes(StandardCharsets.UTF_8);
            default -> new byte[16384];
        };
        Files.write(FileFormat.databaseFile(folder), content);
        Map<String, String> before = before();
        SignInService service = new SignInService(folder, Clock.systemDefaultZone());

        assertThat(service.foreignFile()).hasValueSatisfying(refusedAs(Kind.NOT_H2, 0));
        assertThat(DatabaseErrors.describe(service.foreignFile().orElseThrow(), RU))
                .isEqualTo(Texts.of("db.error.foreign.notH2", FileFormat.databaseFile(folder)));
        assertThatThrownBy(() -> service.setUp(new AccountDraft("admin", "Администратор", Role.ADMIN, null, null),
                PASSWORD.clone(), PASSWORD.clone()))
                .isInstanceOfSatisfying(DatabaseOpenException.class, refusedAs(Kind.NOT_H2, 0));
        assertThatThrownBy(() -> Database.open(folder, TestDatabases.key(folder)))
                .isInstanceOfSatisfying(DatabaseOpenException.class, refusedAs(Kind.NOT_H2, 0));

        assertThat(snapshot()).isEqualTo(before);
        assertThat(KeyRing.existsIn(folder)).isFalse();
    }

    @Test
    void aPlainFileWithOneSoundHeaderCopyIsStillH2() throws Exception {
        // MVStore keeps two copies of its header; H2 opens the file when the first one is damaged.
        plainSchemaV2(folder);
        Path file = FileFormat.databaseFile(folder);
        byte[] bytes = Files.readAllBytes(file);
        Arrays.fill(bytes, 0, 64, (byte) 'x');
        Files.write(file, bytes);
        assertThat(FileFormat.inspect(folder)).isEmpty();
    }

    private static Consumer<DatabaseOpenException> refusedAs(Kind kind, int format) {
        return e -> {
            assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.FOREIGN_FORMAT);
            FileFormat.Problem problem = FileFormat.Problem.parse(e.detail());
            assertThat(problem.kind()).isEqualTo(kind);
            assertThat(problem.format()).isEqualTo(format);
        };
    }

    /** The schema as issues 2–5 left it, in a plain file, with a school in it. */
    private static void plainSchemaV2(Path folder) throws Exception {
        String url = H2Url.plainForFolder(folder);
        Flyway.configure().dataSource(url, "sa", "").locations(Engine.H2.migrationLocations()).target("2").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("INSERT INTO school (school_number, name, school_type, district_id) "
                    + "VALUES (12, 'Школа-гимназия №12', 'SCHOOL_GYMNASIUM', 1)");
            c.createStatement().execute("SHUTDOWN");
        }
    }

    /** How an H2 1.x PageStore file begins: its header line, three times, then pages. */
    private static byte[] pageStoreBytes() {
        byte[] bytes = new byte[3 * 4096];
        byte[] line = "-- H2 0.5/B -- \n".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 3; i++) {
            System.arraycopy(line, 0, bytes, i * 48, line.length);
        }
        return bytes;
    }

    /** Sets every file's modification time to long ago, so that any later write shows in it, and takes a {@link #snapshot()}. */
    private Map<String, String> before() throws IOException {
        for (Path p : files()) {
            Files.setLastModifiedTime(p, LONG_AGO);
        }
        return snapshot();
    }

    /** Every file of the folder but the instance lock (ours, not H2's): its bytes' hash and its modification time. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (Path p : files()) {
            files.put(p.getFileName().toString(), sha256(Files.readAllBytes(p)) + " " + Files.getLastModifiedTime(p));
        }
        return files;
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().equals("schoolwatch.lock")).toList();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
