// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.app.AppOptions;
import kz.schoolwatch.app.DatabaseOpening;
import kz.schoolwatch.app.SchoolWatchApp;
import kz.schoolwatch.app.StartupTiming;
import kz.schoolwatch.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole application on the benchmark's data folder (bench/worklog.sh generates it), driven headless: opens
 * the visits screen (click to first page shown), pages through it, visits every work screen, then reports the
 * heap in use after a GC and the process RSS. Run by bench/worklog.sh with the heap capped at 384 MB.
 */
public final class AppOnBigDataBenchmark {

    private AppOnBigDataBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Stage stage = FxToolkit.registerPrimaryStage();
        TestSessions.prepare(folder, false);
        DatabaseOpening opening = DatabaseOpening.of(folder);
        AppOptions options = AppOptions.parse(new String[0]);
        FxToolkit.setupStage(s -> new SchoolWatchApp(options, Messages.russian(), opening, new StartupTiming(), () -> { }).start(s));
        FxRobot robot = new FxRobot();
        TestSessions.signIn(robot, TestSessions.HEAD);
        long signedIn = System.nanoTime();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !robot.lookup("#navVisits").queryAll().isEmpty());
        // -Dbench.settleSeconds=N: let the work that follows sign-in (dashboard, charts, read-ahead) finish first,
        // which tells the screen's own cost from the wait behind that work.
        long settle = Long.getLong("bench.settleSeconds", 0);
        if (settle > 0) {
            // Meanwhile the app builds the visits screen behind the dashboard: how long does an event wait for the
            // FX thread (what a click would wait) during that time?
            Thread prepared = new Thread(() -> {
                try {
                    WaitForAsyncUtils.waitFor(settle, TimeUnit.SECONDS, () -> robot.lookup("#visitsTable").tryQuery()
                            .map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
                    System.out.printf("app: the visits screen was built behind the dashboard, its rows read, %.1f s after «Войти»%n",
                            (System.nanoTime() - signedIn) / 1e9);
                } catch (TimeoutException e) {
                    System.out.println("app: the visits screen was not built ahead within the settle time");
                }
            });
            prepared.start();
            double[] waits = FxBench.eventWaits(settle * 1000);
            System.out.printf("app: while the dashboard settles (%d s, the visits screen prepared behind it): an event waits for the FX thread "
                    + "median %.1f ms, worst %.0f ms, %d of %d probes over 100 ms%n", settle, waits[waits.length / 2], waits[waits.length - 1],
                    Arrays.stream(waits).filter(w -> w > 100).count(), waits.length);
        }

        // The button is fired, not clicked (the robot's mouse travel is not the screen's), and the time runs to the
        // first frame that shows the table with rows in the window.
        ButtonBase nav = robot.lookup("#navVisits").queryAs(ButtonBase.class);
        double open = FxBench.timeUntilPainted(stage.getScene(), nav::fire, () -> robot.lookup("#visitsTable").tryQuery()
                .map(n -> n.getScene() == stage.getScene() && !((TableView<?>) n).getItems().isEmpty()).orElse(false));
        TableView<?> table = robot.lookup("#visitsTable").queryTableView();
        // Buttons are fired, not clicked: the robot's mouse travel would be timed otherwise.
        double[] pages = time(robot, table, "#visitsPageNext", 15);
        double[] months = time(robot, table, "#filterMonthPrevious", 11);
        for (String screen : new String[] {"#navEvents", "#navOfficers", "#navLeisure", "#navOffences", "#navVisits"}) {
            robot.clickOn(screen);
            WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        }
        System.out.printf("app: click «Посещения» to the month's first page shown: %.0f ms (first open, includes building the screen%s)%n", open,
                settle > 0 ? ", " + settle + " s after sign-in" : ", right after sign-in");
        System.out.printf("app: next page (button) to rows shown x%d: median %.0f ms, worst %.0f ms%n", pages.length,
                pages[pages.length / 2], pages[pages.length - 1]);
        System.out.printf("app: previous month (button) to its first page shown x%d: median %.0f ms, worst %.0f ms%n", months.length,
                months[months.length / 2], months[months.length - 1]);
        // Baseline from the same run: switching between two screens already built, to the next frame painted.
        double[] switches = new double[9];
        for (int i = 0; i < switches.length; i++) {
            ButtonBase to = robot.lookup(i % 2 == 0 ? "#navDashboard" : "#navVisits")
                    .queryAs(ButtonBase.class);
            switches[i] = FxBench.timeUntilPainted(stage.getScene(), to::fire, () -> true);
        }
        Arrays.sort(switches);
        System.out.printf("app: baseline, switch between two built screens to the next frame x%d: median %.0f ms; first open / baseline %.1f%n",
                switches.length, switches[switches.length / 2], open / switches[switches.length / 2]);
        System.gc();
        Thread.sleep(500);
        Runtime rt = Runtime.getRuntime();
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .map(l -> l.replaceAll("\\s+", " ").substring(6).trim()).findFirst().orElse("?");
        System.out.printf("app: heap in use after visiting every screen: %.1f MB (cap %.0f MB); process RSS %s%n",
                (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576.0, rss);
        FxToolkit.setupFixture(stage::hide);
        System.exit(0);
    }

    /** Fires {@code button} {@code n} times, each time until the table shows other rows; sorted times in ms. */
    private static double[] time(FxRobot robot, TableView<?> table, String button, int n) throws Exception {
        Button b = robot.lookup(button).queryButton();
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            Object first = table.getItems().get(0);
            long s = System.nanoTime();
            robot.interact(b::fire);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty() && table.getItems().get(0) != first);
            t[i] = (System.nanoTime() - s) / 1e6;
            robot.interact(() -> table.scrollTo(table.getItems().size() - 1));
        }
        Arrays.sort(t);
        return t;
    }
}
