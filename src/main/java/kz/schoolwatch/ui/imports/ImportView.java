// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.imports;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.ImportKind;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.imports.ImportPreview;
import kz.schoolwatch.ui.common.Converters;
import kz.schoolwatch.ui.common.Dialogs;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * «Импорт»: the kind of data and the file at the top, the mapping of its columns on the left, the preview of every
 * row in the middle, and at the bottom «Импортировать» (after a confirmation), the rows in error to save, and the
 * progress of the step running with «Отмена».
 */
public final class ImportView extends BorderPane {

    private final ImportViewModel model;
    private final Messages messages;
    private ImportFiles files;

    public ImportView(ImportViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.files = ImportFiles.system(messages);
        setId("importView");
        getStyleClass().add("screen");
        setPadding(new Insets(20, 24, 12, 24));
        setTop(new VBox(10, header(), fileBar(), messageLine()));
        MappingPane mapping = new MappingPane(model, messages);
        mapping.setPrefWidth(345);
        mapping.setMinWidth(320);
        PreviewPane preview = new PreviewPane(model, messages);
        HBox.setHgrow(preview, Priority.ALWAYS);
        HBox middle = new HBox(16, mapping, preview);
        BorderPane.setMargin(middle, new Insets(12, 0, 10, 0));
        setCenter(middle);
        setBottom(actionBar());
    }

    /** Replaces the system's file dialogs (UI tests answer with files of their own). */
    public void setFiles(ImportFiles files) {
        this.files = files;
    }

    private VBox header() {
        Label title = new Label(messages.get("import.screen.title"));
        title.getStyleClass().add("screen-title");
        Label subtitle = new Label(messages.get("import.screen.subtitle"));
        subtitle.getStyleClass().add("screen-subtitle");
        subtitle.setWrapText(true);
        return new VBox(2, title, subtitle);
    }

    private HBox fileBar() {
        ComboBox<ImportKind> kind = new ComboBox<>(model.kinds());
        kind.setId("importKind");
        kind.setConverter(Converters.of(model.texts()::kind, ""));
        kind.setValue(model.kindProperty().get());
        kind.setOnAction(e -> model.chooseKind(kind.getValue()));
        kind.disableProperty().bind(model.busyProperty());

        Button choose = new Button(messages.get("import.screen.chooseFile"), new FontIcon("mdi2f-folder-open-outline"));
        choose.setId("importChooseFile");
        choose.setOnAction(e -> files.source(getScene().getWindow()).ifPresent(model::open));
        choose.disableProperty().bind(model.busyProperty());

        Label fileName = new Label();
        fileName.setId("importFileName");
        fileName.setMinWidth(0);
        fileName.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null
                ? messages.get("import.screen.noFile") : model.fileProperty().get().getFileName().toString(), model.fileProperty()));

        ComboBox<String> sheet = new ComboBox<>(model.sheets());
        sheet.setId("importSheet");
        sheet.setPrefWidth(200);
        model.sheetProperty().addListener((obs, old, now) -> sheet.setValue(now));
        sheet.setOnAction(e -> model.chooseSheet(sheet.getValue()));
        sheet.disableProperty().bind(model.busyProperty());
        // A sheet to choose only when the workbook has several; a .csv or a one-sheet workbook has nothing to choose.
        VBox sheetBox = caption("import.screen.sheet", sheet);
        sheetBox.visibleProperty().bind(Bindings.size(model.sheets()).greaterThan(1));
        sheetBox.managedProperty().bind(sheetBox.visibleProperty());

        Button template = new Button(messages.get("import.screen.template"), new FontIcon("mdi2f-file-download-outline"));
        template.setId("importTemplate");
        template.setOnAction(e -> files.target(model.texts().templateName(model.kindProperty().get()), getScene().getWindow())
                .ifPresent(model::saveTemplate));
        template.disableProperty().bind(model.busyProperty());

        HBox fileRow = new HBox(8, choose, fileName);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        VBox fileBox = caption("import.screen.file", fileRow);
        HBox.setHgrow(fileBox, Priority.ALWAYS);
        for (Region r : new Region[] {kind, choose, template}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(16, caption("import.screen.kindCaption", kind), fileBox, sheetBox, template);
        bar.setAlignment(Pos.BOTTOM_LEFT);
        return bar;
    }

    private VBox caption(String key, Region control) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("field-caption");
        return new VBox(3, label, control);
    }

    private Label messageLine() {
        Label error = new Label();
        error.setId("importError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setGraphic(new FontIcon("mdi2a-alert-circle-outline"));
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private HBox actionBar() {
        Button write = new Button(messages.get("import.screen.write"), new FontIcon("mdi2d-database-import-outline"));
        write.setId("importWrite");
        write.getStyleClass().add("accent");
        write.disableProperty().bind(model.canWriteProperty().not());
        write.setOnAction(e -> confirmAndWrite());

        Button saveErrors = new Button(messages.get("import.screen.saveErrors"), new FontIcon("mdi2c-content-save-outline"));
        saveErrors.setId("importSaveErrors");
        saveErrors.disableProperty().bind(model.hasErrorsProperty().not());
        saveErrors.setOnAction(e -> {
            ImportPreview shown = model.previewProperty().get();
            files.target(model.texts().errorRowsName(shown.table().fileName()), getScene().getWindow()).ifPresent(model::saveErrorRows);
        });

        ProgressBar progress = new ProgressBar();
        progress.setId("importProgress");
        progress.setPrefWidth(180);
        progress.progressProperty().bind(model.progressProperty());
        Label step = new Label();
        step.setId("importStep");
        step.textProperty().bind(model.stepProperty());
        step.setMinWidth(Region.USE_PREF_SIZE);
        Button cancel = new Button(messages.get("import.screen.cancel"));
        cancel.setId("importCancel");
        cancel.setOnAction(e -> model.cancel());
        HBox running = new HBox(8, progress, step, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(model.busyProperty());
        running.managedProperty().bind(model.busyProperty());

        Label status = new Label();
        status.setId("importStatus");
        status.getStyleClass().add("footnote");
        status.setWrapText(true);
        status.setMinWidth(0);
        status.textProperty().bind(model.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        for (Button b : new Button[] {write, saveErrors, cancel}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(10, write, saveErrors, running, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Writes after the user agreed to the counts; the rows in error are skipped, as the question says. */
    private void confirmAndWrite() {
        ImportPreview shown = model.previewProperty().get();
        if (shown == null) {
            return;
        }
        String text = model.texts().confirmation(shown.kind(), shown.table().fileName(), shown.counts());
        if (Dialogs.confirm(this, messages, messages.get("import.screen.confirm.header"), text)) {
            model.importRows();
        }
    }
}
