// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.settings;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kz.schoolwatch.i18n.Language;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import kz.schoolwatch.domain.BackupFile;
import kz.schoolwatch.domain.CheckedBackup;
import kz.schoolwatch.domain.ReferenceList;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.shell.LanguagePicker;
import kz.schoolwatch.ui.common.Columns;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.ScreenActions;
import kz.schoolwatch.ui.common.SignatureForm;
import kz.schoolwatch.ui.common.SignatureViewModel;

/**
 * «Настройки», for every role: the signed-in officer's own signature under the monthly summary; and for the
 * administrator alone the program's settings (idle lock, backups kept, overdue-check days, reference lists, a
 * backup now, and restoring one). The services refuse the administrator's settings to anyone else.
 */
public final class SettingsView extends VBox implements ScreenActions {

    /** Asks for a backup file to restore; a seam for tests. */
    @FunctionalInterface
    public interface BackupChooser {
        Optional<Path> ask(Path folder, Window owner);

        static BackupChooser system(Messages messages) {
            return (folder, owner) -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(messages.get("restore.choose"));
                if (folder.toFile().isDirectory()) {
                    chooser.setInitialDirectory(folder.toFile());
                }
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("restore.filter"), "*.backup"));
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            };
        }
    }

    /** Settings for an account that is not the administrator's: its own signature under the summary. */
    public SettingsView(SignatureViewModel signature, Messages messages) {
        this(signature, messages, null);
    }

    /**
     * Settings for the administrator: the own signature, and the program's settings (lock time, backups kept,
     * overdue-check days, reference lists, backups and restore).
     */
    public SettingsView(SignatureViewModel signature, SettingsViewModel model, Messages messages, Path backupFolder,
                        BackupChooser chooser, Consumer<CheckedBackup> restore, Consumer<ReferenceList> editList) {
        this(signature, messages, new AdminPart(model, backupFolder, chooser, restore, editList));
    }

    private record AdminPart(SettingsViewModel model, Path backupFolder, BackupChooser chooser,
                             Consumer<CheckedBackup> restore, Consumer<ReferenceList> editList) {
    }

    private SettingsView(SignatureViewModel signature, Messages messages, AdminPart admin) {
        super(12);
        setId("settingsView");
        setPadding(new Insets(20));
        Label title = new Label(messages.get("settings.title"));
        title.getStyleClass().add("screen-title");
        Label signatureTitle = new Label(messages.get("settings.signature.title"));
        signatureTitle.getStyleClass().add("section-title");
        VBox signatureSection = new VBox(8, signatureTitle, new SignatureForm(signature, messages));
        signatureSection.setId("settingsSignatureSection");
        getChildren().addAll(title, signatureSection);
        if (admin != null) {
            VBox adminSection = adminSection(admin.model(), messages, admin.backupFolder(), admin.chooser(), admin.restore(),
                    admin.editList());
            VBox.setVgrow(adminSection, Priority.ALWAYS);
            getChildren().addAll(new Separator(), adminSection);
        }
    }

    /** Lock time, backups kept, overdue-check days, reference lists, backups and restore: the administrator's alone. */
    private VBox adminSection(SettingsViewModel model, Messages messages, Path backupFolder, BackupChooser chooser,
                              Consumer<CheckedBackup> restore, Consumer<ReferenceList> editList) {
        Label adminTitle = new Label(messages.get("settings.admin.title"));
        adminTitle.getStyleClass().add("section-title");
        FormErrors errors = new FormErrors(messages);
        TextField idle = new TextField();
        idle.setId("settingsIdleMinutes");
        idle.setPrefColumnCount(6);
        idle.setMaxWidth(Region.USE_PREF_SIZE);
        idle.textProperty().bindBidirectional(model.idleMinutesProperty());
        TextField keep = new TextField();
        keep.setId("settingsKeep");
        keep.setPrefColumnCount(6);
        keep.setMaxWidth(Region.USE_PREF_SIZE);
        keep.textProperty().bindBidirectional(model.keepProperty());
        TextField overdue = new TextField();
        overdue.setId("settingsOverdueDays");
        overdue.setPrefColumnCount(6);
        overdue.setMaxWidth(Region.USE_PREF_SIZE);
        overdue.textProperty().bindBidirectional(model.overdueDaysProperty());
        TextField faultLimit = new TextField();
        faultLimit.setId("settingsFaultLimitDays");
        faultLimit.setPrefColumnCount(6);
        faultLimit.setMaxWidth(Region.USE_PREF_SIZE);
        faultLimit.textProperty().bindBidirectional(model.faultLimitDaysProperty());
        Button save = new Button(messages.get("common.save"));
        save.setId("settingsSave");
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        model.errors().addListener((ListChangeListener<Object>) c -> {
            errors.clear();
            errors.show(model.errors());
        });
        // A flow, not a row: with the fault limit (issue 21) the captions need more than 1366 px in one line.
        FlowPane fields = new FlowPane(16, 8, errors.register("idleMinutes", new FormField(messages.get("settings.idleMinutes"), idle)),
                errors.register("keep", new FormField(messages.get("settings.keep"), keep)),
                errors.register("overdueDays", new FormField(messages.get("settings.overdueDays"), overdue)),
                errors.register("faultLimitDays", new FormField(messages.get("settings.faultLimitDays"), faultLimit)), save);
        fields.setAlignment(Pos.BOTTOM_LEFT);
        Label backupsTitle = new Label(messages.get("backup.title"));
        backupsTitle.getStyleClass().add("section-title");
        TableView<BackupFile> table = new TableView<>(model.files());
        table.setId("backupsTable");
        table.getColumns().add(Columns.of(messages.get("backup.column.made"), 180, b -> Formats.dateTime(b.madeAt())));
        table.getColumns().add(Columns.of(messages.get("backup.column.file"), 320, b -> b.path().getFileName().toString()));
        table.getColumns().add(Columns.of(messages.get("backup.column.size"), 120, b -> messages.get("backup.size", Math.max(1, b.bytes() / 1024))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        // Grows into what the screen leaves, but never below a few rows: on a 768-pixel screen the page scrolls
        // instead of squeezing the list to one row.
        table.setMinHeight(170);
        Button now = new Button(messages.get("backup.now"));
        now.setId("backupNow");
        now.disableProperty().bind(model.busyProperty());
        now.setOnAction(e -> model.backupNow());
        Button restoreSelected = new Button(messages.get("restore.selected"));
        restoreSelected.setId("restoreSelected");
        restoreSelected.disableProperty().bind(model.busyProperty().or(table.getSelectionModel().selectedItemProperty().isNull()));
        restoreSelected.setOnAction(e -> model.check(table.getSelectionModel().getSelectedItem().path(), restore));
        Button restoreFile = new Button(messages.get("restore.fromFile"));
        restoreFile.setId("restoreFromFile");
        restoreFile.disableProperty().bind(model.busyProperty());
        restoreFile.setOnAction(e -> chooser.ask(backupFolder, getScene().getWindow()).ifPresent(p -> model.check(p, restore)));
        Label status = new Label();
        status.setId("settingsStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        HBox buttons = new HBox(8, now, restoreSelected, restoreFile);
        Label where = new Label(messages.get("backup.where", backupFolder));
        where.getStyleClass().add("hint-text");
        Label listsTitle = new Label(messages.get("settings.lists"));
        listsTitle.getStyleClass().add("section-title");
        HBox lists = new HBox(8);
        for (ReferenceList list : ReferenceList.values()) {
            Button b = new Button(messages.of("settings.list", list));
            b.setId("settingsList" + list.name());
            b.setOnAction(e -> editList.accept(list));
            lists.getChildren().add(b);
        }
        VBox section = new VBox(12, adminTitle, fields, listsTitle, lists, backupsTitle);
        if (model.server().isEmpty()) {
            section.getChildren().addAll(where, buttons, status, table);
        } else {
            // On the unit's server the backups are the server's: no PC backup to make, list or restore.
            keep.getParent().setVisible(false);
            keep.getParent().setManaged(false);
            Label serverBackups = new Label(messages.get("settings.backup.server"));
            serverBackups.setId("settingsServerBackups");
            serverBackups.setWrapText(true);
            Label connected = new Label(messages.get("settings.backup.serverConnected", model.server()));
            connected.setId("settingsServer");
            connected.getStyleClass().add("hint-text");
            section.getChildren().addAll(serverBackups, connected);
            if (model.serverUnencrypted()) {
                Label unencrypted = new Label(messages.get("serverForm.warning.unencrypted"));
                unencrypted.setId("settingsServerUnencrypted");
                unencrypted.getStyleClass().add("error-text");
                unencrypted.setWrapText(true);
                section.getChildren().add(unencrypted);
            }
            section.getChildren().add(status);
        }
        section.setId("settingsAdminSection");
        section.getStyleClass().add("settings-admin");
        model.load();
        return section;
    }

    /**
     * Adds «Перенести на сервер…» to the administrator's part, for a program that works on the PC's own file:
     * {@code open} shows the move's dialog. Nothing is added to the settings of other roles.
     */
    public SettingsView offerServerMove(Messages messages, Runnable open) {
        Node admin = lookup("#settingsAdminSection");
        if (admin instanceof VBox section) {
            Label title = new Label(messages.get("move.section"));
            title.getStyleClass().add("section-title");
            Button move = new Button(messages.get("move.open"));
            move.setId("settingsMoveToServer");
            move.setOnAction(e -> open.run());
            section.getChildren().addAll(title, move);
        }
        return this;
    }

    /**
     * Adds the language of the program under the title, for every role: {@code pick} switches it at once and
     * remembers it for the account, as the buttons under the program's name do.
     */
    public SettingsView offerLanguage(Messages messages, Consumer<Language> pick) {
        Label title = new Label(messages.get("settings.language.title"));
        title.getStyleClass().add("section-title");
        LanguagePicker picker = new LanguagePicker(messages, false);
        picker.setId("settingsLanguage");
        picker.setOnChosen(pick);
        Label hint = new Label(messages.get("settings.language.hint"));
        hint.getStyleClass().add("hint-text");
        hint.setWrapText(true);
        VBox section = new VBox(8, title, picker, hint);
        section.setId("settingsLanguageSection");
        getChildren().add(1, section);
        return this;
    }

    /** Ctrl+S saves the part the focus is in: the signature, or the administrator's settings (the signature alone for other roles). */
    @Override
    public ButtonBase saveButton() {
        ButtonBase admin = ScreenActions.button(this, "settingsSave");
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        boolean inSignature = false;
        for (Node n = focus; n != null; n = n.getParent()) {
            inSignature |= n instanceof SignatureForm;
        }
        return admin != null && !inSignature ? admin : ScreenActions.button(this, "signatureSave");
    }
}
