// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.AssignmentRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.ReferenceRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.SchoolService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.ui.common.ExecutorTaskRunner;
import kz.schoolwatch.ui.schools.SchoolsView;
import kz.schoolwatch.ui.schools.SchoolsViewModel;

/**
 * Times the Schools screen on a large dataset (bench/national-dataset.sh): opening it until the first rows are painted,
 * and each keystroke in the search box until the filtered table is painted. Baselines from the same run: a
 * TableView given the same rows already in memory (opening), and a keystroke into an empty field (typing). Opening is
 * timed twice: with a new view model that reads the database (a cold open), and as the app opens it, with the list
 * already read in the background after sign-in.
 *
 * <p>Run: {@code bench/schools.sh DATA_DIR [rounds]}.
 */
public final class SchoolsScreenBench {

    private SchoolsScreenBench() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } finally {
            Platform.exit(); // also after a failure, or the FX thread keeps the JVM alive
        }
    }

    private static void run(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        FxBench.startHeadless();
        Messages messages = Messages.russian();
        TestSessions.prepare(folder, false);
        try (Database db = TestDatabases.open(folder); ExecutorTaskRunner tasks = new ExecutorTaskRunner(2)) {
            DataChanges changes = new DataChanges();
            Clock clock = Clock.systemDefaultZone();
            SchoolRepository repo = new SchoolRepository(db);
            SchoolService schools = new SchoolService(db, repo, new AssignmentRepository(db), new ReferenceRepository(db), changes, clock, TestDatabases.head());
            for (int i = 0; i < 5; i++) {
                long t = System.nanoTime();
                schools.firstRows(60);
                System.out.printf("first page query: %.1f ms%n", (System.nanoTime() - t) / 1e6);
            }
            SettingsService settings = new SettingsService(new SettingsRepository(db), changes, TestDatabases.head());
            List<SchoolRow> rows = schools.list();
            System.out.printf("dataset: %d schools, %d cameras%n", rows.size(), rows.stream().mapToInt(SchoolRow::camerasTotal).sum());

            StackPane root = new StackPane();
            Scene scene = onFx(() -> {
                Stage stage = new Stage();
                Scene s = new Scene(root, 1280, 800);
                stage.setScene(s);
                stage.show();
                return s;
            });

            List<Double> open = new ArrayList<>();
            List<Double> baseOpen = new ArrayList<>();
            List<Double> openPrefetched = new ArrayList<>();
            List<Double> key = new ArrayList<>();
            List<Double> baseKey = new ArrayList<>();
            for (int r = 0; r < rounds + 2; r++) {
                // Baseline: the same number of rows, already in memory, into a plain table.
                TableView<SchoolRow>[] plain = new TableView[1];
                double b = FxBench.timeUntilPainted(scene, () -> {
                    plain[0] = new TableView<>();
                    plain[0].getItems().setAll(rows);
                    plain[0].getColumns().add(new TableColumn<>("№"));
                    root.getChildren().setAll(plain[0]);
                }, () -> plain[0].getSkin() != null);

                SchoolsViewModel[] model = new SchoolsViewModel[1];
                SchoolsView[] view = new SchoolsView[1];
                double o = FxBench.timeUntilPainted(scene, () -> {
                    model[0] = new SchoolsViewModel(schools, settings, tasks, clock);
                    view[0] = new SchoolsView(model[0], messages, id -> { }, () -> { });
                    root.getChildren().setAll(view[0]);
                    model[0].load();
                }, () -> view[0].table().getItems().size() > 0);
                // As the app opens it: the list was read in the background after sign-in (SchoolWatchApp's prefetch).
                SchoolsViewModel ready = new SchoolsViewModel(schools, settings, tasks, clock);
                onFx(() -> {
                    ready.load();
                    return null;
                });
                while (onFx(() -> ready.loadingProperty().get())) {
                    Thread.sleep(20);
                }
                SchoolsView[] readyView = new SchoolsView[1];
                double p = FxBench.timeUntilPainted(scene, () -> {
                    readyView[0] = new SchoolsView(ready, messages, id -> { }, () -> { });
                    root.getChildren().setAll(readyView[0]);
                }, () -> readyView[0].table().getItems().size() > 0);
                onFx(() -> root.getChildren().setAll(view[0]));
                // Typing is timed on the whole list: wait until it has arrived.
                while (model[0].loadingProperty().get() || view[0].table().getItems().size() < rows.size() / 2) {
                    Thread.sleep(20);
                }

                TextField empty = new TextField();
                List<Double> typed = new ArrayList<>();
                List<Double> typedBase = new ArrayList<>();
                String[] steps = {"1", "12", "123", "1234", "123", "12", "1", ""};
                for (String text : steps) {
                    typed.add(FxBench.timeUntilPainted(scene, () -> model[0].searchProperty().set(text), () -> true));
                    typedBase.add(FxBench.timeUntilPainted(scene, () -> empty.setText(text), () -> true));
                }
                if (r >= 2) { // two warm-up rounds
                    open.add(o);
                    openPrefetched.add(p);
                    baseOpen.add(b);
                    key.addAll(typed);
                    baseKey.addAll(typedBase);
                }
            }
            double mo = FxBench.median(open);
            double mb = FxBench.median(baseOpen);
            double mk = FxBench.median(key);
            double mkb = FxBench.median(baseKey);
            System.out.printf("open Schools screen to first painted rows: median %.1f ms (target < 300); baseline table with rows in memory %.1f ms; ratio %.2f%n",
                    mo, mb, mo / mb);
            System.out.printf("open it as the app does (list read after sign-in): median %.1f ms (target < 300); ratio to baseline %.2f%n",
                    FxBench.median(openPrefetched), FxBench.median(openPrefetched) / mb);
            System.out.printf("search keystroke to repainted table:       median %.1f ms (target < 50); baseline keystroke in empty field %.1f ms; max %.1f ms%n",
                    mk, mkb, key.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        Object[] result = new Object[1];
        Exception[] error = new Exception[1];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result[0] = work.call();
            } catch (Exception e) {
                error[0] = e;
            }
            done.countDown();
        });
        done.await();
        if (error[0] != null) {
            throw error[0];
        }
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }
}
