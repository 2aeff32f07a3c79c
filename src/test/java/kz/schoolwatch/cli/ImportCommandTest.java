// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.cli;

import static kz.schoolwatch.persistence.jooq.Tables.AUDIT_ENTRY;
import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.app.AppOptions;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Database;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code schoolwatch import …} as an administrator runs it on a unit's lists: the preview printed, a dry run that
 * writes nothing, a run that writes, the same file again changing nothing, and the exit codes 0, 1 and 2.
 */
class ImportCommandTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 26).atTime(9, 0).atZone(ALMATY).toInstant(), ALMATY);
    private static final String BOM = "\uFEFF";
    private static final String SCHOOLS = BOM + """
            № школы;Наименование;Район;Тип
            501;Школа-лицей №501;Алмалинский;Школа-лицей
            502;Гимназия №502;Ауэзовский;Гимназия
            503;Общеобразовательная школа №503;Турксибский;Общеобразовательная школа
            """;

    @TempDir
    Path data;
    @TempDir
    Path files;

    private ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @BeforeEach
    void emptyCity() throws Exception {
        // The administrator and a city-wide head, no schools: what a unit has on its first day.
        TestSessions.prepare(data, false);
    }

    private int run(String... args) throws Exception {
        return runAs(TestSessions.ADMIN, TestSessions.PASSWORD, args);
    }

    private int runAs(String user, String password, String... args) throws Exception {
        stdout = new ByteArrayOutputStream();
        stderr = new ByteArrayOutputStream();
        String[] withData = new String[args.length + 5];
        withData[0] = "import";
        System.arraycopy(args, 0, withData, 1, args.length);
        withData[args.length + 1] = "--data-dir";
        withData[args.length + 2] = data.toString();
        withData[args.length + 3] = "--user";
        withData[args.length + 4] = user;
        AppOptions options = AppOptions.parse(withData);
        return new ImportCommand(Messages.russian(), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), CLOCK, prompt -> password.toCharArray())
                .run(options.imports(), options.dataDir());
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(files.resolve(name), text, StandardCharsets.UTF_8);
    }

    private <T> T db(Function<DSLContext, T> query) throws Exception {
        try (Database db = TestDatabases.open(data)) {
            return db.read(query);
        }
    }

    private int count(Function<DSLContext, Integer> query) throws Exception {
        return db(query);
    }

    private int imports() throws Exception {
        return db(dsl -> dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("IMPORT")));
    }

    @Test
    void aDryRunPrintsThePreviewAndWritesNothing() throws Exception {
        Path csv = file("shkoly.csv", SCHOOLS);
        assertThat(run("--kind", "schools", "--file", csv.toString(), "--dry-run")).isZero();
        assertThat(out()).contains(Texts.of("cli.import.counts", "3", "0", "0", "0"), Texts.of("cli.import.dryRun"),
                "„№ школы“", "„Район“");
        assertThat(err()).isEmpty();
        assertThat(count(dsl -> dsl.fetchCount(SCHOOL))).isZero();
        assertThat(imports()).isZero();
    }

    @Test
    void aRunWritesTheSchoolsAndTheSameFileAgainChangesNothing() throws Exception {
        Path csv = file("shkoly.csv", SCHOOLS);
        assertThat(run("--kind", "schools", "--file", csv.toString())).isZero();
        assertThat(out()).contains(Texts.of("cli.import.written", "shkoly.csv", "3", "0", "0", "0"));
        assertThat(count(dsl -> dsl.fetchCount(SCHOOL))).isEqualTo(3);
        String name = db(dsl -> dsl.select(SCHOOL.NAME).from(SCHOOL).where(SCHOOL.SCHOOL_NUMBER.eq(502)).fetchOne(SCHOOL.NAME));
        assertThat(name).isEqualTo("Гимназия №502");
        assertThat(imports()).isEqualTo(1);

        assertThat(run("--kind", "schools", "--file", csv.toString())).isZero();
        assertThat(out()).contains(Texts.of("cli.import.counts", "0", "0", "3", "0"), Texts.of("cli.import.nothingToWrite"));
        assertThat(count(dsl -> dsl.fetchCount(SCHOOL))).isEqualTo(3);
        assertThat(imports()).as("no second, empty import in the trail").isEqualTo(1);
    }

    @Test
    void rowsInErrorAreRefusedWithTheirRowAndColumnUnlessSkipped() throws Exception {
        Path csv = file("shkoly.csv", SCHOOLS.replace("501;Школа-лицей №501;Алмалинский", "501;Школа-лицей №501;Алмалинскй"));
        assertThat(run("--kind", "schools", "--file", csv.toString())).isEqualTo(1);
        // The header is row 1, as Excel counts: the first school is row 2.
        String line = out().lines().filter(l -> l.startsWith(Texts.prefix("cli.import.errorCell", "2", "Район"))).findFirst().orElseThrow();
        assertThat(line).contains("Алмалинскй");
        assertThat(err()).contains(Texts.of("cli.error.import.errorRows", "1"));
        assertThat(count(dsl -> dsl.fetchCount(SCHOOL))).isZero();
        assertThat(imports()).isZero();

        assertThat(run("--kind", "schools", "--file", csv.toString(), "--dry-run")).as("a dry run lists them and exits 0").isZero();
        assertThat(out()).contains(Texts.of("cli.import.counts", "2", "0", "0", "1"), line);
        assertThat(count(dsl -> dsl.fetchCount(SCHOOL))).isZero();

        assertThat(run("--kind", "schools", "--file", csv.toString(), "--skip-errors")).isZero();
        assertThat(out()).contains(Texts.of("cli.import.written", "shkoly.csv", "2", "0", "0", "1"));
        assertThat(count(dsl -> dsl.fetchCount(SCHOOL))).isEqualTo(2);
    }

    @Test
    void camerasOneRowPerCameraAreAddedOnceByTheirSchoolsNumber() throws Exception {
        assertThat(run("--kind", "schools", "--file", file("shkoly.csv", SCHOOLS).toString())).isZero();
        Path cameras = file("kamery.csv", BOM + """
                № школы;Размещение;Зона обзора;Модель;Дата установки
                501;Наружная;Вход;Hikvision DS-2CD1043;01.09.2024
                501;Наружная;Двор;Hikvision DS-2CD1043;01.09.2024
                502;Внутренняя;Коридор;Dahua IPC-HDW1230;15.03.2025
                """);
        assertThat(run("--kind", "cameras", "--file", cameras.toString())).isZero();
        assertThat(out()).contains(Texts.of("cli.import.camerasWritten", "3", "0"));
        assertThat(count(dsl -> dsl.fetchCount(CAMERA))).isEqualTo(3);

        assertThat(run("--kind", "cameras", "--file", cameras.toString())).isZero();
        assertThat(out()).contains(Texts.of("cli.import.cameraCounts", "0", "0"), Texts.of("cli.import.nothingToWrite"));
        assertThat(count(dsl -> dsl.fetchCount(CAMERA))).isEqualTo(3);
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedWithExitCodeOne() throws Exception {
        Path png = Files.write(files.resolve("shkoly.xlsx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        assertThat(run("--kind", "schools", "--file", png.toString())).isEqualTo(1);
        assertThat(err()).contains(Texts.prefix("cli.error.import.file", "shkoly.xlsx")).doesNotContain("Exception");
        assertThat(count(dsl -> dsl.fetchCount(SCHOOL))).isZero();
    }

    @Test
    void aFileWithoutTheKeyColumnIsRefusedWithExitCodeOne() throws Exception {
        Path csv = file("shkoly.csv", BOM + "Наименование;Район\nГимназия №502;Ауэзовский\n");
        assertThat(run("--kind", "schools", "--file", csv.toString(), "--dry-run")).isEqualTo(1);
        // The reader finds no header naming the school's number (a file of another kind), or the mapping lacks it.
        assertThat(err()).containsAnyOf(Texts.prefix("cli.error.import.missingFields"), Texts.prefix("cli.error.import.file", "shkoly.csv"));
        assertThat(count(dsl -> dsl.fetchCount(SCHOOL))).isZero();
    }

    @Test
    void aMissingFileOrSheetIsAWrongArgument() throws Exception {
        assertThat(run("--kind", "schools", "--file", files.resolve("net.xlsx").toString())).isEqualTo(2);
        assertThat(err()).contains(Texts.of("cli.error.import.noFile", files.resolve("net.xlsx").toAbsolutePath()));

        Path csv = file("shkoly.csv", SCHOOLS);
        assertThat(run("--kind", "schools", "--file", csv.toString(), "--sheet", "Лист7")).isEqualTo(2);
        assertThat(err()).contains(Texts.prefix("cli.error.import.unknownSheet", "Лист7"));
    }

    @Test
    void aWrongPasswordIsRefusedWithExitCodeOne() throws Exception {
        Path csv = file("shkoly.csv", SCHOOLS);
        assertThat(runAs(TestSessions.ADMIN, "wrong-password-1", "--kind", "schools", "--file", csv.toString())).isEqualTo(1);
        assertThat(err()).contains(Texts.of("signin.error.wrong"));
        assertThat(count(dsl -> dsl.fetchCount(SCHOOL))).isZero();
    }
}
