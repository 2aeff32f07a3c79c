// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import kz.schoolwatch.TestDamage;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.app.AppOptions;
import kz.schoolwatch.app.StartLanguage;
import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.CityStatsRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.security.KeyRing;
import kz.schoolwatch.report.xlsx.MonthlySummaryXlsx;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.DemoCityService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.security.SignInService;
import kz.schoolwatch.service.security.SignedIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code schoolwatch report …} as a scheduled job runs it: parse, open the database, write, exit code. */
class ReportCommandTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 26).atTime(9, 0).atZone(ALMATY).toInstant(), ALMATY);

    @TempDir
    static Path data;
    @TempDir
    Path out;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @BeforeAll
    static void demoCity() throws Exception {
        TestSessions.prepare(data, true);
    }

    private int run(String... args) throws Exception {
        return runAs(TestSessions.HEAD, TestSessions.PASSWORD, args);
    }

    private int runAs(String user, String password, String... args) throws Exception {
        return runIn(data, user, password, args);
    }

    private int runIn(Path data, String user, String password, String... args) throws Exception {
        String[] withData = new String[args.length + 4];
        System.arraycopy(args, 0, withData, 0, args.length);
        withData[args.length] = "--data-dir";
        withData[args.length + 1] = data.toString();
        withData[args.length + 2] = "--user";
        withData[args.length + 3] = user;
        AppOptions options = AppOptions.parse(withData);
        return new ReportCommand(Messages.russian(), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), CLOCK, prompt -> password.toCharArray())
                .run(options.report(), options.dataDir());
    }

    /** The command as {@code Launcher} starts it: the language chosen first (no environment), then the options. */
    private int runInLanguage(String... args) throws Exception {
        String[] withData = new String[args.length + 4];
        System.arraycopy(args, 0, withData, 0, args.length);
        withData[args.length] = "--data-dir";
        withData[args.length + 1] = data.toString();
        withData[args.length + 2] = "--user";
        withData[args.length + 3] = TestSessions.HEAD;
        StartLanguage.Start start = StartLanguage.choose(withData, Map.of());
        AppOptions options = AppOptions.parse(start.args());
        return new ReportCommand(Messages.of(start.language()), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), CLOCK, prompt -> TestSessions.PASSWORD.toCharArray())
                .run(options.report(), options.dataDir());
    }

    @Test
    void langKkWritesTheSummaryInKazakh() throws Exception {
        Messages kazakh = Messages.of(Language.KAZAKH);
        Path pdf = out.resolve("kk.pdf");
        assertThat(runInLanguage("report", "--lang", "kk", "--month", "2026-10", "--out", pdf.toString())).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains(kazakh.get("cli.report.saved", pdf.toAbsolutePath()));
        String text = pdfText(pdf);
        assertThat(text).contains(kazakh.get("report.title"), kazakh.get("report.period", "қазан 2026"),
                kazakh.get("report.section.cameras"), kazakh.get("report.page", 1, "").strip());
        assertThat(text).doesNotContain("октябрь");
    }

    @Test
    void langEnWritesExcelSheetsAndHeadersInEnglish() throws Exception {
        Messages english = Messages.of(Language.ENGLISH);
        Path xlsx = out.resolve("en.xlsx");
        assertThat(runInLanguage("report", "--month", "2026-10", "--out", xlsx.toString(), "--lang=en")).isZero();
        try (var wb = new ReadableWorkbook(xlsx.toFile())) {
            var sheets = wb.getSheets().toList();
            assertThat(sheets.get(0).getName()).isEqualTo(MonthlySummaryXlsx.sheetName(english.get("report.section.cameras")));
            try (var rows = sheets.get(0).openStream()) {
                var list = rows.toList();
                assertThat(list.get(0).getCellText(0)).isEqualTo(english.get("report.title") + " "
                        + english.get("report.period", "October 2026"));
                assertThat(list).anySatisfy(r -> {
                    assertThat(r.getCellText(0)).isEqualTo(english.get("report.column.district"));
                    assertThat(r.getCellText(1)).isEqualTo(english.get("report.column.schools"));
                });
            }
        }
    }

    @Test
    void anUnknownLangIsAUsageError() {
        assertThatThrownBy(() -> runInLanguage("report", "--lang", "xx", "--month", "2026-10", "--out", out.resolve("x.pdf").toString()))
                .isInstanceOfSatisfying(AppOptions.UsageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("cli.error.unknownLanguage"));
        assertThat(out.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void anInspectorMayNotPrintTheMonthlySummary() throws Exception {
        Path pdf = out.resolve("x.pdf");
        assertThat(runAs(TestSessions.INSPECTOR, TestSessions.PASSWORD, "report", "--month", "2026-10", "--out", pdf.toString())).isEqualTo(1);
        assertThat(err()).contains(Texts.of("access.denied"));
        assertThat(pdf).doesNotExist();
    }

    @Test
    void aWrongPasswordIsRefusedWithExitCodeOne() throws Exception {
        assertThat(runAs(TestSessions.HEAD, "wrong-password-1", "report", "--month", "2026-10", "--out", out.resolve("x.pdf").toString()))
                .isEqualTo(1);
        assertThat(err()).contains(Texts.of("signin.error.wrong"));
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheDistrictSummaryAsPdf() throws Exception {
        Path pdf = out.resolve("auezov.pdf");
        assertThat(run("report", "--month", "2026-10", "--district", "Ауэзовский", "--out", pdf.toString())).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains(Texts.of("cli.report.saved", pdf));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(Texts.of("report.scope.district", "Ауэзовский"), Texts.of("report.period", "октябрь 2026"));
        }
    }

    @Test
    void writesExcelWhenAsked() throws Exception {
        Path xlsx = out.resolve("city.xlsx");
        assertThat(run("report", "--month", "2026-11", "--out", xlsx.toString())).isZero();
        assertThat(Files.size(xlsx)).isGreaterThan(3_000);
        assertThat(new String(Files.readAllBytes(xlsx), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    /**
     * «Подготовил» names the account given with --user: by its own signature once it set one, else by its full
     * name; never the computer's user, never the officer another account chose with «Это я».
     */
    @Test
    void preparedByIsTheSignedInAccountsSignatureElseItsName(@TempDir Path own) throws Exception {
        TestSessions.prepare(own, true);
        // The inspector presses «Это я» on this computer first; the head's summary must not name them.
        try (SignedIn inspector = new SignInService(own, CLOCK)
                .signIn(TestSessions.INSPECTOR, TestSessions.PASSWORD.toCharArray())) {
            settingsOf(inspector).setCurrentOfficerId(inspector.account().officerId());
            settingsOf(inspector).setSignature("капитан полиции", "А. Инспекторов");
        }
        Path first = out.resolve("first.pdf");
        assertThat(runIn(own, TestSessions.HEAD, TestSessions.PASSWORD, "report", "--month", "2026-10", "--out", first.toString())).isZero();
        String text = pdfText(first);
        assertThat(text).contains("подготовил: Начальник (демо)").doesNotContain("Инспекторов")
                .doesNotContain("подготовил: " + System.getProperty("user.name") + "\n");

        try (SignedIn head = new SignInService(own, CLOCK)
                .signIn(TestSessions.HEAD, TestSessions.PASSWORD.toCharArray())) {
            settingsOf(head).setSignature("подполковник полиции", "Е. Нұрланов");
        }
        Path signed = out.resolve("signed.xlsx");
        assertThat(runIn(own, TestSessions.HEAD, TestSessions.PASSWORD, "report", "--month", "2026-10", "--out", signed.toString())).isZero();
        try (var wb = new ReadableWorkbook(signed.toFile());
             var rows = wb.getFirstSheet().openStream()) {
            var list = rows.toList();
            assertThat(list.get(3).getCellText(0)).endsWith("подготовил: подполковник полиции Е. Нұрланов");
            assertThat(list).anySatisfy(r -> assertThat(r.getCellText(3)).isEqualTo("Е. Нұрланов"));
        }
    }

    private static SettingsService settingsOf(SignedIn session) {
        return new SettingsService(new SettingsRepository(session.database()),
                new DataChanges(), new Access(session.account(), id -> null));
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
        }
    }

    @Test
    void unknownDistrictIsRefusedWithTheListOfDistricts() throws Exception {
        Path pdf = out.resolve("x.pdf");
        assertThat(run("report", "--month", "2026-10", "--district", "Центральный", "--out", pdf.toString())).isEqualTo(2);
        assertThat(err()).contains(Texts.prefix("cli.error.report.unknownDistrict", "Центральный"), "Ауэзовский", "Турксибский");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void unknownOfficerIsRefused() throws Exception {
        assertThat(run("report", "--month", "2026-10", "--officer", "000000", "--out", out.resolve("x.pdf").toString())).isEqualTo(2);
        assertThat(err()).contains(Texts.of("cli.error.report.unknownOfficer", "000000"));
    }

    @Test
    void monthThatHasNotBegunIsRefused() throws Exception {
        assertThat(run("report", "--month", "2027-01", "--out", out.resolve("x.pdf").toString())).isEqualTo(2);
        assertThat(err()).contains(Texts.of("cli.error.report.futureMonth", "2027-01"));
    }

    @Test
    void databaseHeldByTheRunningAppIsReportedWithExitCodeOne() throws Exception {
        try (Database ignored = TestDatabases.open(data)) {
            assertThat(run("report", "--month", "2026-10", "--out", out.resolve("x.pdf").toString())).isEqualTo(1);
        }
        assertThat(err()).contains(Texts.prefix("db.error.inUse"));
    }

    @Test
    void unwritableTargetIsReportedWithExitCodeOne() throws Exception {
        Path file = out.resolve("plain-file");
        Files.writeString(file, "x");
        assertThat(run("report", "--month", "2026-10", "--out", file.resolve("s.pdf").toString())).isEqualTo(1);
        assertThat(err()).contains(Texts.prefix("cli.error.report.write"))
                .endsWith(": " + Texts.of("cli.reason.notFolder") + System.lineSeparator())
                .doesNotContain("plain-file:", "Exception");
    }

    /** {@code --out} into a folder that does not exist is refused before the password is asked; no folder is made. */
    @Test
    void outIntoAMissingFolderIsRefusedAsAUsageError() throws Exception {
        Path missing = out.resolve("no-such-folder");
        AtomicBoolean asked = new AtomicBoolean();
        AppOptions options = AppOptions.parse("report", "--month", "2026-10", "--out", missing.resolve("s.pdf").toString(),
                "--data-dir", data.toString(), "--user", TestSessions.HEAD);
        int code = new ReportCommand(Messages.russian(), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), CLOCK, prompt -> {
                    asked.set(true);
                    return TestSessions.PASSWORD.toCharArray();
                }).run(options.report(), options.dataDir());
        assertThat(code).isEqualTo(2);
        assertThat(err()).isEqualTo(Texts.of("cli.error.report.noFolder", missing) + System.lineSeparator());
        assertThat(asked).isFalse();
        assertThat(missing).doesNotExist();
    }

    /**
     * Damage the opening does not read (three spots of garbage the summary's read meets): one Russian line that says
     * the file is damaged and where to go on, exit code 1, no stack trace and nothing on standard output; the
     * meeting waits in the key ring for the audit trail, since the damaged file takes no more writes.
     */
    @Test
    void aDamagedPageMetAfterTheOpeningIsOneLineAndExitCodeOne(@TempDir Path own) throws Exception {
        TestSessions.prepare(own, true);
        TestDamage.breakAfterOpening(own);
        Path pdf = out.resolve("damaged.pdf");

        assertThat(runIn(own, TestSessions.HEAD, TestSessions.PASSWORD, "report", "--month", "2026-10", "--out", pdf.toString()))
                .isEqualTo(1);

        assertThat(err().lines()).singleElement().satisfies(line -> assertThat(line)
                .isEqualTo(Texts.of("cli.error.damaged", own.resolve("schoolwatch.mv.db")))
                .doesNotContain("Exception", "SQL", "\tat "));
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(pdf).doesNotExist();
        assertThat(KeyRing.load(own).pending())
                .anySatisfy(p -> assertThat(p.action()).isEqualTo("DAMAGE_FOUND"));
    }
}
