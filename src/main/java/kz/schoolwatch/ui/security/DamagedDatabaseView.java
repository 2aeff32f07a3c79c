// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import kz.schoolwatch.i18n.Messages;

/**
 * In place of the sign-in form when the database file is damaged: what happened, the newest backup if there is
 * one, and the three ways on. The restore button is not shown at all without a backup.
 */
public final class DamagedDatabaseView extends StackPane {

    public DamagedDatabaseView(DamagedDatabaseViewModel model, Messages messages) {
        setId("damagedView");
        getStyleClass().add("sign-in");
        Label title = new Label(messages.get("damaged.title"));
        title.getStyleClass().add("sign-in-title");
        Label text = wrapping("damagedText", model.fileTextProperty().get());
        Label backup = wrapping("damagedBackup", "");
        backup.textProperty().bind(model.backupTextProperty());
        backup.getStyleClass().add("hint-text");

        Button restore = new Button(messages.get("damaged.restore"));
        restore.setId("damagedRestore");
        restore.visibleProperty().bind(model.backupAvailableProperty());
        restore.managedProperty().bind(restore.visibleProperty());
        restore.disableProperty().bind(model.busyProperty());
        restore.setOnAction(e -> model.restore());
        Button export = new Button(messages.get("damaged.export"));
        export.setId("damagedExport");
        export.disableProperty().bind(model.busyProperty());
        export.setOnAction(e -> model.export());
        Button exit = new Button(messages.get("damaged.exit"));
        exit.setId("damagedExit");
        exit.disableProperty().bind(model.busyProperty().and(model.progressTextProperty().isNotEmpty()));
        exit.setOnAction(e -> model.exit());
        for (Button b : new Button[] {restore, export, exit}) {
            b.setMinWidth(USE_PREF_SIZE);
        }
        // Long Russian captions: the buttons wrap onto a second line rather than cut their text.
        FlowPane buttons = new FlowPane(10, 10, restore, export, exit);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label working = new Label();
        working.setId("damagedProgressText");
        working.textProperty().bind(model.progressTextProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("damagedProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        VBox progress = new VBox(6, working, bar);
        progress.visibleProperty().bind(model.progressTextProperty().isNotEmpty());
        progress.managedProperty().bind(progress.visibleProperty());

        Label message = wrapping("damagedMessage", "");
        message.textProperty().bind(model.messageProperty());
        model.failedProperty().addListener((obs, was, now) -> {
            message.getStyleClass().remove("error-text");
            if (now) {
                message.getStyleClass().add("error-text");
            }
        });

        // Once the choice is known, Enter means the safe way on, never the exit.
        model.busyProperty().addListener((obs, was, now) -> {
            if (!now) {
                (restore.isVisible() ? restore : export).requestFocus();
            }
        });

        VBox card = new VBox(12, title, text, backup, buttons, progress, message);
        card.setPadding(new Insets(28));
        card.setMaxWidth(640);
        card.setMaxHeight(USE_PREF_SIZE);
        card.getStyleClass().add("sign-in-card");
        getChildren().add(card);
        setAlignment(Pos.CENTER);
    }

    private static Label wrapping(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
