// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.domain.EventFilter;
import kz.schoolwatch.domain.VisitFilter;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.EventRepository;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.persistence.VisitRepository;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.EventService;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.service.VisitService;
import kz.schoolwatch.ui.common.ExecutorTaskRunner;
import kz.schoolwatch.ui.visits.VisitListViewModel;
import org.jooq.DSLContext;

/**
 * The speed target of the officers' work screens, run on purpose (bench/worklog.sh), never as a test: on a
 * nationwide decade (1,000,000 visits, 200,000 events, generated here with INSERT … SELECT FROM SYSTEM_RANGE)
 * a month of visits must open in under 200 ms. Prints medians of the repository's page query and of the view
 * model's load (query + hop to the FX thread), next to a COUNT(*) over all visits measured in the same run.
 */
public final class WorkLoadBenchmark {

    private static final int VISITS = 1_000_000;
    private static final int EVENTS = 200_000;
    private static final int SCHOOLS = 2_000;
    private static final int OFFICERS = 600;
    private static final int CENTRES = 120;
    private static final int RUNS = 21;

    private WorkLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("schoolwatch-bench");
        LocalDate today = LocalDate.now();
        TestSessions.prepare(folder, false);
        try (Database db = TestDatabases.open(folder)) {
            long t0 = System.nanoTime();
            boolean generated = generate(db.dsl(), today);
            db.checkpoint();
            if (generated) {
                System.out.printf("generated %,d visits and %,d events in %.1f s%n", VISITS, EVENTS, (System.nanoTime() - t0) / 1e9);
            }
            run(db, today);
        }
        Platform.exit();
    }

    /** The dataset: schools across the 8 districts, officers, centres, a decade of visits and events ending today. */
    static boolean generate(DSLContext dsl, LocalDate today) {
        if (dsl.fetchOne("SELECT COUNT(*) FROM school_visit").get(0, Integer.class) >= VISITS) {
            return false;
        }
        LocalDate start = today.minusYears(10);
        long seconds = Duration.between(start.atStartOfDay(), today.atStartOfDay()).getSeconds();
        dsl.execute("INSERT INTO school (school_number, name, school_type, district_id, pupils) "
                + "SELECT x, CONCAT('КГУ «Общеобразовательная школа №', x, '»'), 'GENERAL', MOD(x, 8) + 1, 800 FROM SYSTEM_RANGE(1, ?)", SCHOOLS);
        dsl.execute("INSERT INTO officer (rank_id, last_name, first_name, badge_number, district_id) "
                + "SELECT 8, CONCAT('Инспектор', x), 'Тимур', CONCAT('B', x), MOD(x, 8) + 1 FROM SYSTEM_RANGE(1, ?)", OFFICERS);
        dsl.execute("INSERT INTO leisure_centre (name, district_id) SELECT CONCAT('Центр досуга №', x), MOD(x, 8) + 1 FROM SYSTEM_RANGE(1, ?)", CENTRES);
        dsl.execute("INSERT INTO school_assignment (school_id, officer_id, assigned_from) "
                + "SELECT s.id, o.first + MOD(s.id, ?), DATE '2016-01-01' FROM school s, (SELECT MIN(id) AS first FROM officer) o", OFFICERS);
        int step = (int) (seconds / VISITS);
        long firstOfficer = dsl.fetchOne("SELECT MIN(id) FROM officer").get(0, Long.class);
        long firstSchool = dsl.fetchOne("SELECT MIN(id) FROM school").get(0, Long.class);
        long firstCentre = dsl.fetchOne("SELECT MIN(id) FROM leisure_centre").get(0, Long.class);
        // Ids are given, not drawn from the identity: with WRITE_DELAY=0 every identity step would be stored.
        for (int chunk = 0; chunk < 10; chunk++) {
            int from = chunk * (VISITS / 10) + 1;
            dsl.execute("INSERT INTO school_visit (id, officer_id, school_id, visited_at, purpose_id, findings, agreed_actions, created_at) "
                    + "SELECT x, ? + MOD(x, ?), ? + MOD(x * 7, ?), DATEADD(SECOND, x * ?, CAST(? AS TIMESTAMP)), 1 + MOD(x, 7), "
                    + "'Охрана на посту, журнал посещений ведётся, камеры исправны', 'Провести беседу с учащимися 8-х классов', "
                    + "LOCALTIMESTAMP(0) FROM SYSTEM_RANGE(?, ?)",
                    firstOfficer, OFFICERS, firstSchool, SCHOOLS, step, start.atTime(8, 0), from, from + VISITS / 10 - 1);
        }
        dsl.execute("ALTER TABLE school_visit ALTER COLUMN id RESTART WITH " + (VISITS + 1));
        int day = (int) (seconds / 86_400);
        dsl.execute("INSERT INTO outreach_event (id, event_type_id, title, held_on, school_id, leisure_centre_id, pupils, parents) "
                + "SELECT x, 1 + MOD(x, 8), CASE WHEN MOD(x, 5) = 0 THEN 'Лучшая семья' END, DATEADD(DAY, MOD(x * 13, ?), CAST(? AS DATE)), "
                + "CASE WHEN MOD(x, 10) <> 0 THEN ? + MOD(x, ?) END, CASE WHEN MOD(x, 10) = 0 THEN ? + MOD(x, ?) END, "
                + "20 + MOD(x, 200), MOD(x, 60) FROM SYSTEM_RANGE(1, ?)", day, start, firstSchool, SCHOOLS, firstCentre, CENTRES, EVENTS);
        dsl.execute("ALTER TABLE outreach_event ALTER COLUMN id RESTART WITH " + (EVENTS + 1));
        dsl.execute("INSERT INTO event_partner (event_id, partner_id) SELECT id, 1 + MOD(id, 6) FROM outreach_event");
        dsl.execute("INSERT INTO event_officer (event_id, officer_id) SELECT id, ? + MOD(id, ?) FROM outreach_event", firstOfficer, OFFICERS);
        return true;
    }

    static void run(Database db, LocalDate today) throws Exception {
        VisitRepository repo = new VisitRepository(db);
        LocalDate month = today.minusMonths(6);
        VisitFilter monthFilter = VisitFilter.month(month);
        long officer = db.dsl().fetchOne("SELECT MIN(id) + 17 FROM officer").get(0, Long.class);
        long school = db.dsl().fetchOne("SELECT MIN(id) + 42 FROM school").get(0, Long.class);
        int monthTotal = repo.count(monthFilter);
        System.out.printf("visits: %,d; in the month %s: %,d%n", repo.count(VisitFilter.all()), month.withDayOfMonth(1), monthTotal);

        List<String> lines = new ArrayList<>();
        double baseline = median(() -> db.dsl().fetchOne("SELECT COUNT(*) FROM school_visit").get(0, Integer.class));
        lines.add(String.format("baseline COUNT(*) over all visits:              %7.2f ms", baseline));
        long midId = db.dsl().fetchOne("SELECT MIN(id) + 500000 FROM school_visit").get(0, Long.class);
        double byKey = median(() -> db.dsl().fetch("SELECT * FROM school_visit WHERE id BETWEEN ? AND ?", midId, midId + 99));
        lines.add(String.format("baseline 2: 100 visit rows by primary key:      %7.2f ms", byKey));
        lines.add(line("page 1 of a month (count + 100 rows)", median(() -> repo.page(monthFilter, 0, 100)), baseline));
        lines.add(line("page 1 of a month, rows only", median(() -> repo.rows(monthFilter, 0, 100)), baseline));
        int lastOffset = Math.max(0, (monthTotal - 1) / 100 * 100);
        lines.add(line("last page of a month (offset " + lastOffset + ")", median(() -> repo.page(monthFilter, lastOffset, 100)), baseline));
        lines.add(line("a month, one officer", median(() -> repo.page(new VisitFilter(officer, null, null, monthFilter.from(), monthFilter.to()), 0, 100)), baseline));
        lines.add(line("a month, one district", median(() -> repo.page(new VisitFilter(null, null, 3, monthFilter.from(), monthFilter.to()), 0, 100)), baseline));
        lines.add(line("one school, whole decade (school card)", median(() -> repo.page(VisitFilter.ofSchool(school), 0, 50)), baseline));
        lines.add(line("one officer, whole decade", median(() -> repo.page(new VisitFilter(officer, null, null, null, null), 0, 100)), baseline));
        EventService events = new EventService(db, new EventRepository(db), new DataChanges(), TestDatabases.head());
        EventFilter eventMonth = EventFilter.month(month);
        lines.add(line("events: page 1 of a month (count + 100 rows)", median(() -> events.page(eventMonth, 0, 100)), baseline));
        lines.add(line("events: a month, one district", median(() -> events.page(
                new EventFilter(null, 3, null, null, eventMonth.from(), eventMonth.to()), 0, 100)), baseline));
        lines.add(line("events: month view (" + events.calendar(eventMonth).size() + " events)", median(() -> events.calendar(eventMonth)), baseline));
        LookupService lookups = new LookupService(db, new LookupRepository(db), new DataChanges(), TestDatabases.head());
        lines.add(line("filter choices (officers, schools, districts)", median(() -> {
            lookups.activeOfficers();
            lookups.schools();
            return lookups.districts();
        }), baseline));
        lines.addAll(viewModel(db, today, baseline));
        lines.forEach(System.out::println);

        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used after the runs: %.1f MB (max heap %.0f MB); process RSS %s%n",
                (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576.0, rss());
    }

    /** The view model's load: from apply() to the page's rows set on the FX thread. */
    static List<String> viewModel(Database db, LocalDate today, double baseline) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        ExecutorTaskRunner tasks = new ExecutorTaskRunner(2);
        VisitService visits = new VisitService(db, new VisitRepository(db), new DataChanges(), Clock.systemDefaultZone(), TestDatabases.head());
        LookupService lookups = new LookupService(db, new LookupRepository(db), new DataChanges(), TestDatabases.head());
        VisitListViewModel[] holder = new VisitListViewModel[1];
        Platform.runLater(() -> holder[0] = new VisitListViewModel(visits, lookups, tasks, Clock.systemDefaultZone()));
        waitFx();
        VisitListViewModel vm = holder[0];
        List<String> out = new ArrayList<>();
        LocalDate month = today.minusMonths(6).withDayOfMonth(1);
        out.add(line("view model: open a month (apply)", median(() -> {
            load(vm, () -> {
                vm.fromProperty().set(month);
                vm.toProperty().set(month.plusMonths(1).minusDays(1));
                vm.apply();
            });
            return null;
        }), baseline));
        // Paging forward through the month like scrolling: every step timed, the worst reported.
        double[] steps = new double[20];
        for (int i = 0; i < steps.length; i++) {
            long t = System.nanoTime();
            load(vm, () -> vm.list().next());
            steps[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(steps);
        out.add(String.format("view model: next page x20: median %.2f ms, worst %.2f ms", steps[steps.length / 2], steps[steps.length - 1]));
        tasks.close();
        return out;
    }

    private static void load(VisitListViewModel vm, Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            int before = vm.list().loadsProperty().get();
            vm.list().loadsProperty().addListener(new ChangeListener<Number>() {
                @Override
                public void changed(ObservableValue<? extends Number> o, Number was, Number now) {
                    if (now.intValue() > before) {
                        vm.list().loadsProperty().removeListener(this);
                        done.countDown();
                    }
                }
            });
            action.run();
        });
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("page did not load");
        }
    }

    private static void waitFx() throws InterruptedException {
        CountDownLatch l = new CountDownLatch(1);
        Platform.runLater(l::countDown);
        l.await();
    }

    private static String line(String what, double ms, double baseline) {
        return String.format("%-48s %7.2f ms  (%.0f x COUNT baseline)", what + ":", ms, ms / baseline);
    }

    private static double median(Callable<?> work) throws Exception {
        for (int i = 0; i < 5; i++) {
            work.call();
        }
        double[] t = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long s = System.nanoTime();
            work.call();
            t[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(t);
        return t[RUNS / 2];
    }

    private static String rss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                    .map(l -> l.replaceAll("\\s+", " ").substring(6).trim()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
