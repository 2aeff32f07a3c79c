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

import kz.schoolwatch.TestSessions;
import kz.schoolwatch.app.AppOptions;
import kz.schoolwatch.i18n.Messages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code schoolwatch report --kind compliance --as-of …}: the quarterly table without a window. */
class ReportCommandComplianceTest {

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
        String[] withData = new String[args.length + 4];
        System.arraycopy(args, 0, withData, 0, args.length);
        withData[args.length] = "--data-dir";
        withData[args.length + 1] = data.toString();
        withData[args.length + 2] = "--user";
        withData[args.length + 3] = TestSessions.HEAD;
        AppOptions options = AppOptions.parse(withData);
        return new ReportCommand(Messages.russian(), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), CLOCK, prompt -> TestSessions.PASSWORD.toCharArray())
                .run(options.report(), options.dataDir());
    }

    @Test
    void writesThePdfOfAPastQuarterEnd() throws Exception {
        Path pdf = out.resolve("kvartal.pdf");
        assertThat(run("report", "--kind", "compliance", "--as-of", "2026-09-30", "--out", pdf.toString())).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains(pdf.toAbsolutePath().toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replaceAll("\\s+", " ");
            Messages ru = Messages.russian();
            assertThat(text).contains(ru.get("compliance.report.title"), "30.09.2026", ru.get("compliance.report.section.districts"));
        }
    }

    @Test
    void writesTheExcelOfOneDistrictByItsNumber() throws Exception {
        Path xlsx = out.resolve("kvartal.xlsx");
        assertThat(run("report", "--kind", "compliance", "--as-of", "2026-06-30", "--district", "1", "--out", xlsx.toString())).isZero();
        try (var wb = new ReadableWorkbook(xlsx.toFile())) {
            assertThat(wb.getSheets().count()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void aBadDateIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> AppOptions.parse("report", "--kind", "compliance", "--as-of", "2026-09-31", "--out", "a.pdf",
                "--user", "u")).isInstanceOfSatisfying(AppOptions.UsageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("cli.error.report.badAsOf"));
        // What the launcher prints for it (and exits with 2): the date as typed and the form it wants.
        AppOptions.UsageException e = usage("report", "--kind", "compliance", "--as-of", "30.09.2026", "--out", "a.pdf", "--user", "u");
        assertThat(Messages.russian().get(e.messageKey(), e.argument())).contains("30.09.2026", "2026-09-30");
    }

    @Test
    void aDayStillToComeIsRefused() throws Exception {
        Path pdf = out.resolve("future.pdf");
        assertThat(run("report", "--kind", "compliance", "--as-of", "2026-12-31", "--out", pdf.toString())).isEqualTo(ReportCommand.USAGE);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("2026-12-31");
        assertThat(Files.exists(pdf)).isFalse();
    }

    @Test
    void theDateIsRequiredAndTheKindKnown() {
        assertThatThrownBy(() -> AppOptions.parse("report", "--kind", "compliance", "--out", "a.pdf", "--user", "u"))
                .isInstanceOfSatisfying(AppOptions.UsageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("cli.error.report.asOfRequired"));
        assertThatThrownBy(() -> AppOptions.parse("report", "--kind", "quarterly", "--as-of", "2026-09-30", "--out", "a.pdf", "--user", "u"))
                .isInstanceOfSatisfying(AppOptions.UsageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("cli.error.report.badKind"));
    }

    private static AppOptions.UsageException usage(String... args) {
        try {
            AppOptions.parse(args);
        } catch (AppOptions.UsageException e) {
            return e;
        }
        throw new AssertionError("accepted");
    }
}
