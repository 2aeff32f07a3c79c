// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_VISIT;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.domain.ServerMoveSummary;
import kz.schoolwatch.domain.VisitFilter;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.VisitRepository;
import kz.schoolwatch.persistence.audit.AuditRepository;
import kz.schoolwatch.persistence.report.MonthlySummaryRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.ServerAddress;
import kz.schoolwatch.persistence.store.ServerTransfer;
import kz.schoolwatch.persistence.store.TransferProgress;
import kz.schoolwatch.report.ExportProgress;
import kz.schoolwatch.report.ReportFonts;
import kz.schoolwatch.report.ReportFormat;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.MonthlySummaryService;
import kz.schoolwatch.service.ReportExportService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.security.AuditService;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * The unit's server against the PC's file (issue 17), run on purpose ({@code bench/server.sh}), never as a test.
 * On the national dataset (an H2 data folder made by {@code bench/national-dataset.sh}) it starts its own
 * PostgreSQL server (zonky's binaries, the server's default settings: fsync and synchronous commit on), and
 * measures in one run:
 * <ol>
 * <li>the move of the whole file onto a new server database ({@link ServerTransfer}): time, rows, rows per table
 * and the chain checked on the server;</li>
 * <li>a month of visits, page 1 with its count ({@link VisitRepository#page}), on H2 and on PostgreSQL by turns:
 * medians and their ratio;</li>
 * <li>the whole city's monthly PDF for the last full month on PostgreSQL, beside the same on H2.</li>
 * </ol>
 * {@code -Dbench.serverSql="CREATE INDEX …"} runs a statement on the server after the move and before the timings
 * (to measure a proposed index without a migration). Usage: {@code ServerBench DATA_DIR [runs]}.
 */
public final class ServerBench {

    private static final int PAGE_RUNS = 21;

    private ServerBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        System.setProperty("java.awt.headless", "true");
        TestSessions.prepare(folder, false);
        try (Database pc = TestDatabases.open(folder); EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE schoolwatch");
            }
            ServerAddress address = new ServerAddress("localhost", pg.getPort(), "schoolwatch").unencryptedAllowed();
            try (Database server = Database.connect(address, "postgres", new char[0])) {
                server.setActor("bench");
                move(pc, server);
                String sql = System.getProperty("bench.serverSql");
                if (sql != null && !sql.isBlank()) {
                    long t = System.nanoTime();
                    server.dsl().execute(sql);
                    server.dsl().execute("ANALYZE");
                    System.out.printf("server: %s (%d ms)%n", sql, (System.nanoTime() - t) / 1_000_000);
                }
                headLogin(server);
                try (Database head = Database.connect(address, HEAD, new char[0]);
                     Database districtHead = Database.connect(address, DISTRICT_HEAD, new char[0])) {
                    visitsPage(pc, server, head);
                    districtPage(districtHead);
                    monthlyPdf(pc, server, head, runs);
                }
            }
        }
    }

    /** (c) The move: every row and the chain, timed from the first check to the last count on the server. */
    private static void move(Database pc, Database server) throws Exception {
        Map<String, Long> before = pc.rowCounts();
        long pcRows = before.entrySet().stream().filter(e -> !e.getKey().equalsIgnoreCase("flyway_schema_history"))
                .mapToLong(Map.Entry::getValue).sum();
        long pcEntries = new AuditRepository(pc).verify().checked();
        long[] lastTenth = {-1};
        ServerMoveSummary s = new ServerTransfer(pc, server).run(null, new TransferProgress() {
            @Override
            public void copied(long copied, long total) {
                long tenth = total == 0 ? 10 : copied * 10 / total;
                if (tenth != lastTenth[0]) {
                    lastTenth[0] = tenth;
                    System.out.printf("  move: %,d of %,d rows%n", copied, total);
                }
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        System.out.printf("move: %,d rows (the PC holds %,d) in %,d ms = %,.0f rows/s; complete=%s; chain on the server: %,d entries"
                        + " (the PC's: %,d), intact=%s; mismatches=%s%n", s.totalRows(), pcRows, s.millis(),
                s.totalRows() * 1000.0 / Math.max(1, s.millis()), s.complete(), s.chain().checked(), pcEntries, s.chain().intact(),
                s.mismatches());
        s.rows().forEach((table, rows) -> {
            if (rows >= 10_000) {
                System.out.printf("  %-24s %,12d%n", table, rows);
            }
        });
    }

    /** The city's head as an account of the server: its own login, in its group, under row-level security. */
    private static final String HEAD = "bench_head";
    /** A head bound to the first district: the policies narrow the month to that district's schools. */
    private static final String DISTRICT_HEAD = "bench_district_head";

    private static void headLogin(Database server) {
        server.dsl().execute("CREATE ROLE " + HEAD + " LOGIN IN ROLE schoolwatch_head");
        server.write(cfg -> cfg.dsl().execute("INSERT INTO app_user (login, full_name, user_role, password_hash)"
                + " VALUES ('" + HEAD + "', 'Начальник (замер)', 'HEAD', 'server-login')"));
        server.dsl().execute("CREATE ROLE " + DISTRICT_HEAD + " LOGIN IN ROLE schoolwatch_head");
        server.write(cfg -> cfg.dsl().execute("INSERT INTO app_user (login, full_name, user_role, district_id, password_hash)"
                + " VALUES ('" + DISTRICT_HEAD + "', 'Начальник района (замер)', 'HEAD', 1, 'server-login')"));
    }

    /** Page 1 of the month as the first district's head, under row-level security. */
    private static void districtPage(Database districtHead) throws Exception {
        VisitFilter month = VisitFilter.month(LocalDate.now().minusMonths(1));
        VisitRepository repository = new VisitRepository(districtHead);
        for (int i = 0; i < 5; i++) {
            repository.page(month, 0, 100);
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < PAGE_RUNS; i++) {
            times.add(time(() -> repository.page(month, 0, 100)));
        }
        System.out.printf(Locale.ROOT, "  as the first district's head's login: %,d visits that month, page 1 with count %.1f ms"
                + " (median of %d); min %.1f max %.1f%n", repository.count(month), median(times), PAGE_RUNS,
                Collections.min(times), Collections.max(times));
    }

    /**
     * (a) Page 1 of a month of visits with its count, H2 and PostgreSQL by turns: on the server both as its owner
     * and as a head's login, which the server's row-level security applies to, as it does to every officer.
     */
    private static void visitsPage(Database pc, Database server, Database head) throws Exception {
        VisitFilter month = VisitFilter.month(LocalDate.now().minusMonths(1));
        VisitRepository onPc = new VisitRepository(pc);
        VisitRepository onServer = new VisitRepository(server);
        VisitRepository asHead = new VisitRepository(head);
        System.out.printf("visits in %s: H2 %,d, PostgreSQL %,d%n", month.from(), onPc.count(month), onServer.count(month));
        if (!onPc.page(month, 0, 100).equals(onServer.page(month, 0, 100))
                || !onPc.page(month, 0, 100).equals(asHead.page(month, 0, 100))) {
            System.out.println("visits page: THE ENGINES DIFFER");
        }
        for (int i = 0; i < 5; i++) {
            onPc.page(month, 0, 100);
            onServer.page(month, 0, 100);
            asHead.page(month, 0, 100);
        }
        List<Double> h2 = new ArrayList<>();
        List<Double> pgsql = new ArrayList<>();
        List<Double> headRls = new ArrayList<>();
        for (int i = 0; i < PAGE_RUNS; i++) {
            h2.add(time(() -> onPc.page(month, 0, 100)));
            pgsql.add(time(() -> onServer.page(month, 0, 100)));
            headRls.add(time(() -> asHead.page(month, 0, 100)));
        }
        System.out.printf(Locale.ROOT, "visits page 1 with count (median of %d): H2 %.1f ms, PostgreSQL %.1f ms, ratio %.2f"
                        + " (target: ratio <= 1.5 and PostgreSQL < 200 ms); PostgreSQL min %.1f max %.1f%n",
                PAGE_RUNS, median(h2), median(pgsql), median(pgsql) / median(h2), Collections.min(pgsql), Collections.max(pgsql));
        System.out.printf(Locale.ROOT, "  as the city's head's login (row-level security): PostgreSQL %.1f ms, ratio to H2 %.2f;"
                + " min %.1f max %.1f%n", median(headRls), median(headRls) / median(h2), Collections.min(headRls), Collections.max(headRls));
        List<Double> rowsOnly = new ArrayList<>();
        List<Double> countOnly = new ArrayList<>();
        for (int i = 0; i < PAGE_RUNS; i++) {
            rowsOnly.add(time(() -> onServer.rows(month, 0, 100)));
            countOnly.add(time(() -> onServer.count(month)));
        }
        System.out.printf(Locale.ROOT, "  PostgreSQL rows only %.1f ms, count only %.1f ms%n", median(rowsOnly), median(countOnly));
        explain(server, month);
    }

    /** The server's plans of the page's two queries (the count, and the page of bare rows the names join to). */
    private static void explain(Database server, VisitFilter month) {
        Condition inMonth = SCHOOL_VISIT.VISITED_AT.ge(month.from().atStartOfDay())
                .and(SCHOOL_VISIT.VISITED_AT.lt(month.to().plusDays(1).atStartOfDay()));
        DSLContext dsl = server.dsl();
        for (Query query : List.of(dsl.selectCount().from(SCHOOL_VISIT).where(inMonth),
                dsl.select(SCHOOL_VISIT.ID, SCHOOL_VISIT.VISITED_AT).from(SCHOOL_VISIT).where(inMonth)
                        .orderBy(SCHOOL_VISIT.VISITED_AT.desc(), SCHOOL_VISIT.ID.desc()).limit(100))) {
            System.out.println("  EXPLAIN ANALYZE " + dsl.renderInlined(query));
            dsl.fetch("EXPLAIN (ANALYZE, BUFFERS) " + dsl.renderInlined(query)).forEach(r -> System.out.println("    " + r.get(0)));
        }
    }

    /** (b) The whole city's summary for the last full month as PDF, on each engine by turns. */
    private static void monthlyPdf(Database pc, Database server, Database head, int runs) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        Messages messages = Messages.russian();
        ReportFonts fonts = new ReportFonts();
        YearMonth month = YearMonth.now(clock).minusMonths(1);
        Path out = Files.createTempFile("bench-server-", ".pdf");
        Pdf h2 = new Pdf(pc, messages, fonts, clock);
        Pdf pgsql = new Pdf(server, messages, fonts, clock);
        Pdf asHead = new Pdf(head, messages, fonts, clock);
        for (int i = 0; i < 2; i++) {
            h2.time(month, out);
            pgsql.time(month, out);
            asHead.time(month, out);
        }
        List<double[]> onH2 = new ArrayList<>();
        List<double[]> onPg = new ArrayList<>();
        List<double[]> onPgAsHead = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            onH2.add(h2.time(month, out));
            onPg.add(pgsql.time(month, out));
            onPgAsHead.add(asHead.time(month, out));
        }
        System.out.printf(Locale.ROOT, "  monthly PDF as the city head's login (row-level security): %.0f ms (queries %.0f + document %.0f)%n",
                median(onPgAsHead, 0), median(onPgAsHead, 1), median(onPgAsHead, 2));
        System.out.printf(Locale.ROOT, "monthly PDF %s, median of %d: PostgreSQL %.0f ms (queries %.0f + document %.0f), "
                        + "H2 %.0f ms (queries %.0f + document %.0f), ratio %.2f (target: PostgreSQL < 3 s)%n", month, runs,
                median(onPg, 0), median(onPg, 1), median(onPg, 2), median(onH2, 0), median(onH2, 1), median(onH2, 2),
                median(onPg, 0) / median(onH2, 0));
        Files.deleteIfExists(out);
    }

    /** One engine's summary and PDF. */
    private static final class Pdf {
        private final MonthlySummaryService summaries;
        private final ReportExportService exports;

        Pdf(Database db, Messages messages, ReportFonts fonts, Clock clock) {
            summaries = new MonthlySummaryService(new MonthlySummaryRepository(db),
                    new SettingsService(new SettingsRepository(db), new DataChanges(), TestDatabases.head()), clock,
                    messages.get("report.city"), TestDatabases.head());
            exports = new ReportExportService(messages, fonts, new AuditService(new AuditRepository(db), TestDatabases.head()));
        }

        /** total, queries, document in ms. */
        double[] time(YearMonth month, Path out) throws Exception {
            long t0 = System.nanoTime();
            var summary = summaries.summarize(month, summaries.cityScope());
            long t1 = System.nanoTime();
            exports.export(summary, ReportFormat.PDF, out, ExportProgress.NONE);
            long t2 = System.nanoTime();
            return new double[] {(t2 - t0) / 1e6, (t1 - t0) / 1e6, (t2 - t1) / 1e6};
        }
    }

    private static double time(Callable<?> work) throws Exception {
        long t = System.nanoTime();
        work.call();
        return (System.nanoTime() - t) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double median(List<double[]> runs, int column) {
        return median(runs.stream().map(r -> r[column]).toList());
    }
}
