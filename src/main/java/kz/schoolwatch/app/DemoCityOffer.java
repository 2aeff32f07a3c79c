// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.BackgroundJob;
import kz.schoolwatch.ui.common.TaskRunner;
import kz.schoolwatch.ui.shell.MainWindow;

/** The demo city offered to the administrator of an empty database, and its loading with a progress bar. */
final class DemoCityOffer {

    private final AppContext context;
    private final MainWindow window;
    private final Messages messages;
    private final TaskRunner tasks;
    private final Consumer<Throwable> failed;

    DemoCityOffer(AppContext context, MainWindow window, Messages messages, TaskRunner tasks, Consumer<Throwable> failed) {
        this.context = context;
        this.window = window;
        this.messages = messages;
        this.tasks = tasks;
        this.failed = failed;
    }

    /** Asks whether to load the demo city; true for «load». */
    boolean ask() {
        ButtonType load = new ButtonType(messages.get("demo.offer.load"), ButtonBar.ButtonData.YES);
        ButtonType empty = new ButtonType(messages.get("demo.offer.empty"), ButtonBar.ButtonData.NO);
        var plan = context.demoCity().plan();
        String text = messages.get("demo.offer.text", plan.schools(), plan.outdoorCameras() + plan.indoorCameras(),
                plan.schools() - plan.schoolsWithoutCameras(), plan.officers(), plan.leisureCentres());
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, load, empty);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("demo.offer.header"));
        alert.initOwner(window.getScene().getWindow());
        alert.getDialogPane().setId("demoOffer");
        alert.getDialogPane().lookupButton(load).setId("demoLoad");
        alert.getDialogPane().lookupButton(empty).setId("demoEmpty");
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == load;
    }

    /** Loads the demo city and its accounts in the background, then {@code then}. */
    void load(Runnable then) {
        AppContext ctx = context;
        window.showBusy(messages.get("demo.loading"), 0);
        BackgroundJob job = tasks.submit(progress -> {
            boolean loaded = ctx.demoCity().loadIfEmpty(progress::update);
            if (loaded) {
                DemoAccounts.create(ctx);
            }
            return loaded;
        }, loaded -> {
            // Only to the administrator who loaded it, and until they close it: not in the status bar of every session.
            window.showNotice(messages.get("demo.loaded", DemoAccounts.HEAD, DemoAccounts.INSPECTOR, DemoAccounts.PASSWORD));
            then.run();
        }, failed);
        job.progressProperty().addListener((obs, old, p) -> window.showBusy(messages.get("demo.loading"), p.doubleValue()));
    }
}
