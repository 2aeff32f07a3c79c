// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.CityStatsRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.audit.AuditRepository;
import kz.schoolwatch.persistence.demo.NationalDatasetGenerator;
import kz.schoolwatch.persistence.report.MonthlySummaryRepository;
import kz.schoolwatch.report.ExportProgress;
import kz.schoolwatch.report.MonthlySummary;
import kz.schoolwatch.report.ReportFonts;
import kz.schoolwatch.report.ReportFormat;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.DemoCityService;
import kz.schoolwatch.service.MonthlySummaryService;
import kz.schoolwatch.service.ReportExportService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.security.AuditService;

/**
 * Speed of the monthly PDF (issue 5), run on purpose: {@code bench/monthly-report.sh}. For a dataset (the demo
 * city, or the national one made by {@link NationalDatasetGenerator}) it times the whole city's summary for the
 * last full month, read and written as PDF, several times in one JVM, and prints the medians beside a baseline
 * measured in the same run: a one-line PDF with the same embedded fonts (the fixed cost of the PDF library).
 * Memory: the peak of the Java heap during the timed runs (run it with -Xmx400m to prove the bound) and the
 * process's peak resident size.
 *
 * <p>Usage: {@code MonthlyReportBench demo|national DATA_DIR [runs]}; the dataset is made on first use.
 */
public final class MonthlyReportBench {

    private MonthlyReportBench() {
    }

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        Path folder = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        Clock clock = Clock.systemDefaultZone();
        Messages messages = Messages.russian();
        System.setProperty("java.awt.headless", "true");
        TestSessions.prepare(folder, false);
        try (Database db = TestDatabases.open(folder)) {
            ensureDataset(db, kind, clock);
            MonthlySummaryService summaries = new MonthlySummaryService(new MonthlySummaryRepository(db),
                    new SettingsService(new SettingsRepository(db), new DataChanges(), TestDatabases.head()), clock, messages.get("report.city"), TestDatabases.head());
            ReportFonts fonts = new ReportFonts();
            ReportExportService exports = new ReportExportService(messages, fonts, new AuditService(new AuditRepository(db), TestDatabases.head()));
            YearMonth month = YearMonth.now(clock).minusMonths(1);
            Path out = Files.createTempFile("bench-", ".pdf");

            for (int i = 0; i < 3; i++) { // warm-up: class loading and JIT, as in a running app
                exports.export(summaries.summarize(month, summaries.cityScope()), ReportFormat.PDF, out, ExportProgress.NONE);
                baseline(fonts);
            }
            System.gc();
            resetHeapPeaks();
            List<Double> total = new ArrayList<>();
            List<Double> query = new ArrayList<>();
            List<Double> render = new ArrayList<>();
            List<Double> base = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                MonthlySummary s = summaries.summarize(month, summaries.cityScope());
                long t1 = System.nanoTime();
                exports.export(s, ReportFormat.PDF, out, ExportProgress.NONE);
                long t2 = System.nanoTime();
                baseline(fonts);
                long t3 = System.nanoTime();
                query.add((t1 - t0) / 1e6);
                render.add((t2 - t1) / 1e6);
                total.add((t2 - t0) / 1e6);
                base.add((t3 - t2) / 1e6);
            }
            long pages = pages(out);
            System.out.printf("dataset=%s month=%s runs=%d pdfBytes=%d pdfPages~%d%n", kind, month, runs, Files.size(out), pages);
            System.out.printf("monthlyPdf.medianMs=%.0f (queries %.0f + document %.0f)  min=%.0f max=%.0f%n",
                    median(total), median(query), median(render), Collections.min(total), Collections.max(total));
            System.out.printf("baselineOneLinePdf.medianMs=%.1f  ratio=%.1f%n", median(base), median(total) / median(base));
            System.out.printf("heap.peakMb=%.0f  heap.maxMb=%.0f  process.peakRssMb=%s%n", heapPeakMb(),
                    Runtime.getRuntime().maxMemory() / 1048576.0, peakRssMb());
            Files.deleteIfExists(out);
        }
    }

    private static void ensureDataset(Database db, String kind, Clock clock) {
        if (!new CityStatsRepository(db).isEmpty()) {
            return;
        }
        long t = System.nanoTime();
        if (kind.equals("national")) {
            new NationalDatasetGenerator(db).generate(NationalDatasetGenerator.Options.national(LocalDate.now(clock)), System.out::println);
        } else {
            new DemoCityService(db, new CityStatsRepository(db), clock, TestDatabases.admin()).loadIfEmpty(p -> { });
        }
        System.out.printf("dataset %s made in %d ms%n", kind, (System.nanoTime() - t) / 1_000_000);
    }

    /** The fixed cost of any PDF: a document with one Cyrillic line in the same embedded DejaVu Sans. */
    private static void baseline(ReportFonts fonts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BaseFont font = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, fonts.regularBytes(), null);
        Document d = new Document(PageSize.A4);
        PdfWriter.getInstance(d, out);
        d.open();
        d.add(new Paragraph("Ежемесячная сводка", new Font(font, 12)));
        d.close();
    }

    private static long pages(Path pdf) throws IOException {
        String s = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        return s.split("/Type\\s*/Page[^s]", -1).length - 1;
    }

    private static void resetHeapPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any moment. */
    private static double heapPeakMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / 1048576.0;
    }

    private static String peakRssMb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "n/a";
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return String.valueOf(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
            }
        }
        return "n/a";
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
