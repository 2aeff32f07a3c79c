// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.imports;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import kz.schoolwatch.domain.ImportAction;
import kz.schoolwatch.domain.ImportField;
import kz.schoolwatch.domain.ImportKind;
import kz.schoolwatch.domain.ImportMapping;
import kz.schoolwatch.domain.ImportOptions;
import kz.schoolwatch.domain.ImportRow;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.logging.ErrorSummary;
import kz.schoolwatch.service.AccessDeniedException;
import kz.schoolwatch.service.SaveFailedException;
import kz.schoolwatch.service.imports.ImportPreview;
import kz.schoolwatch.service.imports.ImportResult;
import kz.schoolwatch.service.imports.ImportService;
import kz.schoolwatch.sheets.SheetCancelledException;
import kz.schoolwatch.sheets.SheetFileException;
import kz.schoolwatch.sheets.SheetProgress;
import kz.schoolwatch.sheets.SheetTable;
import kz.schoolwatch.ui.common.ProgressWork;
import kz.schoolwatch.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * «Импорт»: a file is read for a kind, its columns mapped to fields (proposed by the service, corrected by the
 * user), every row previewed, and the rows without errors written once the user confirms. Reading, previewing and
 * writing run in the background with progress and cancel; a newer step (another mapping, another sheet) cancels
 * the one still running and only the newest one's result is shown.
 */
public final class ImportViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ImportViewModel.class);

    private final ImportService imports;
    private final Messages messages;
    private final ImportTexts texts;
    private final ImportSteps steps;

    private final ObservableList<ImportKind> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<ImportKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<String> sheet = new SimpleObjectProperty<>();
    private final ObjectProperty<SheetTable> table = new SimpleObjectProperty<>();
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList(ColumnChoice.NONE);
    private final ObservableList<ImportField> fields = FXCollections.observableArrayList();
    private final ObjectProperty<ImportMapping> mapping = new SimpleObjectProperty<>();
    private final ObservableList<ImportField> missing = FXCollections.observableArrayList();
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<ImportRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<ImportRow> rows = new FilteredList<>(allRows);
    private final ObjectProperty<ImportAction> filter = new SimpleObjectProperty<>();
    private final BooleanProperty removeMissing = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty counts = new SimpleStringProperty("");
    private final BooleanBinding canWrite;
    private final BooleanBinding hasErrors;
    /** Whether the read running is of a sheet the user chose, rather than of a file just opened. */
    private boolean sheetChosen;


    public ImportViewModel(ImportService imports, TaskRunner tasks, Messages messages) {
        this.imports = imports;
        this.messages = messages;
        this.texts = new ImportTexts(messages);
        this.steps = new ImportSteps(tasks, messages);
        ReadOnlyBooleanProperty busy = steps.busyProperty();
        kinds.setAll(Arrays.stream(ImportKind.values()).filter(imports::canImport).toList());
        kind.set(kinds.isEmpty() ? ImportKind.SCHOOLS : kinds.get(0));
        fields.setAll(ImportField.of(kind.get()));
        canWrite = Bindings.createBooleanBinding(() -> !busy.get() && preview.get() != null
                && (preview.get().counts().changing() > 0 || preview.get().counts().camerasRemoved() > 0), busy, preview);
        hasErrors = Bindings.createBooleanBinding(() -> !busy.get() && preview.get() != null && preview.get().counts().errors() > 0,
                busy, preview);
        filter.addListener((obs, old, now) -> rows.setPredicate(now == null ? null : r -> r.action() == now));
        removeMissing.addListener((obs, old, now) -> {
            if (kind.get() == ImportKind.CAMERAS) {
                checkRows();
            }
        });
    }

    /** Another kind of data: the file (if any) is read again, its header scored for this kind's fields. */
    public void chooseKind(ImportKind next) {
        if (next == null || next == kind.get()) {
            return;
        }
        kind.set(next);
        fields.setAll(ImportField.of(next));
        // Set after the kind: the tick belongs to cameras, and clearing it must not preview the old kind's table.
        removeMissing.set(false);
        clearTable();
        if (file.get() != null) {
            read(null);
        }
    }

    /** Reads {@code path}: the sheet whose header names this kind's fields, a proposed mapping, the preview. */
    public void open(Path path) {
        file.set(path);
        status.set("");
        read(null);
    }

    /** Reads the named sheet of the file instead of the one found by its header. */
    public void chooseSheet(String name) {
        if (name != null && file.get() != null && !name.equals(sheet.get())) {
            read(name);
        }
    }

    /** Reads {@code fields} of the current kind from {@code column}, or from none when it is null; previews again. */
    public void map(ImportField field, Integer column) {
        if (mapping.get() == null || java.util.Objects.equals(mapping.get().column(field).orElse(null), column)) {
            return;
        }
        mapping.set(mapping.get().with(field, column));
        checkRows();
    }

    /** Writes the rows without errors in one transaction, then previews again: the table shows what is stored now. */
    public void importRows() {
        ImportPreview planned = preview.get();
        if (planned == null || !canWrite.get()) {
            return;
        }
        String fileName = planned.table().fileName();
        start("import.screen.step.writing", work -> {
            ImportResult result = imports.write(planned, ImportSteps.sheetProgress(work));
            ImportPreview after = imports.preview(planned.table(), planned.mapping(), planned.options(), SheetProgress.NONE);
            return new Written(result, after);
        }, written -> {
            showPreview(written.after());
            status.set(messages.get("import.screen.written", fileName, written.result().counts().created(),
                    written.result().counts().updated(), written.result().counts().errors()));
        });
    }

    /** Saves the rows in error with the file's columns and an «Ошибка» column, to fix and import again. */
    public void saveErrorRows(Path target) {
        ImportPreview shown = preview.get();
        if (shown == null) {
            return;
        }
        start("import.screen.step.saving", work -> {
            imports.saveErrorRows(shown, target);
            return target;
        }, saved -> status.set(messages.get("import.screen.errorRowsSaved", shown.errors().size(), saved.getFileName())));
    }

    /** Writes an .xlsx with the headers of the kind chosen and one example row. */
    public void saveTemplate(Path target) {
        ImportKind k = kind.get();
        start("import.screen.step.saving", work -> {
            imports.saveTemplate(k, target);
            return target;
        }, saved -> status.set(messages.get("import.screen.templateSaved", saved.getFileName())));
    }

    /** Stops the step running; what was shown before it stays. */
    public void cancel() {
        steps.cancel();
    }

    private void read(String sheetName) {
        Path path = file.get();
        sheetChosen = sheetName != null;
        ImportKind k = kind.get();
        ImportOptions options = options();
        start("import.screen.step.reading", work -> {
            List<String> names = imports.sheetNames(path);
            SheetTable read = imports.read(k, path, sheetName, ImportSteps.sheetProgress(work));
            ImportMapping proposed = imports.propose(k, read.header());
            List<ImportField> absent = imports.missing(proposed);
            if (!absent.isEmpty()) {
                return new Loaded(names, read, proposed, absent, null);
            }
            steps.now("import.screen.step.checking");
            return new Loaded(names, read, proposed, absent, imports.preview(read, proposed, options, ImportSteps.sheetProgress(work)));
        }, loaded -> {
            sheets.setAll(loaded.sheets());
            sheet.set(loaded.table().sheetName());
            table.set(loaded.table());
            columns.setAll(ColumnChoice.of(loaded.table()));
            mapping.set(loaded.mapping());
            missing.setAll(loaded.missing());
            showPreview(loaded.preview());
        });
    }

    /** Previews the table again under the mapping and options as they are now, once the key fields are mapped. */
    private void checkRows() {
        SheetTable shown = table.get();
        ImportMapping m = mapping.get();
        if (shown == null || m == null) {
            return;
        }
        missing.setAll(imports.missing(m));
        if (!missing.isEmpty()) {
            steps.forget();
            showPreview(null);
            return;
        }
        ImportOptions options = options();
        start("import.screen.step.checking", work -> imports.preview(shown, m, options, ImportSteps.sheetProgress(work)), this::showPreview);
    }

    private void showPreview(ImportPreview next) {
        preview.set(next);
        allRows.setAll(next == null ? List.of() : next.rows());
        counts.set(next == null ? "" : texts.counts(next.kind(), next.counts()));
    }

    /** Forgets the table read: another kind reads the file again, a file that cannot be read shows nothing. */
    private void clearTable() {
        table.set(null);
        columns.setAll(ColumnChoice.NONE);
        mapping.set(null);
        missing.clear();
        showPreview(null);
    }

    private ImportOptions options() {
        return new ImportOptions(kind.get() == ImportKind.CAMERAS && removeMissing.get());
    }

    /** Runs one step in the background; a step started before it is cancelled and its outcome never shown. */
    private <T> void start(String stepKey, ProgressWork<T> work, Consumer<T> done) {
        error.set("");
        steps.start(stepKey, work, done, this::failed);
    }

    private void failed(Throwable failure) {
        if (failure instanceof SheetCancelledException || failure instanceof CancellationException) {
            status.set(messages.get("import.screen.cancelled"));
        } else if (failure instanceof SheetFileException bad) {
            // The file cannot be read: nothing of it is shown, the file chosen stays named so the user knows which.
            clearTable();
            // A sheet chosen by hand that cannot be read leaves the others to choose; a bad file has none.
            if (!sheetChosen) {
                sheets.clear();
            }
            sheet.set(null);
            error.set(messages.get(bad.messageKey(), bad.args().toArray()));
        } else if (failure instanceof SaveFailedException refused) {
            error.set(messages.get("import.screen.writeFailed", messages.get(refused.messageKey(), refused.args().toArray())));
        } else if (failure instanceof AccessDeniedException denied) {
            error.set(messages.get(denied.messageKey()));
        } else if (failure instanceof java.io.IOException) {
            LOG.warn("Import file not saved: {}", ErrorSummary.of(failure));
            error.set(messages.get("import.screen.saveFailed"));
        } else {
            LOG.warn("Import step failed: {}", ErrorSummary.of(failure));
            error.set(messages.get("import.screen.failed"));
        }
    }

    private record Loaded(List<String> sheets, SheetTable table, ImportMapping mapping, List<ImportField> missing,
                          ImportPreview preview) {
    }

    private record Written(ImportResult result, ImportPreview after) {
    }

    // State

    /** The screen's texts of kinds, fields, columns, rows and counts. */
    public ImportTexts texts() {
        return texts;
    }

    /** The kinds this account may import. */
    public ObservableList<ImportKind> kinds() {
        return kinds;
    }

    public ReadOnlyObjectProperty<ImportKind> kindProperty() {
        return kind;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    /** The sheets of the chosen .xlsx (one for a .csv). */
    public ObservableList<String> sheets() {
        return sheets;
    }

    /** The sheet read: the one found by its header, or the one chosen. */
    public ReadOnlyObjectProperty<String> sheetProperty() {
        return sheet;
    }

    public ReadOnlyObjectProperty<SheetTable> tableProperty() {
        return table;
    }

    /** «— не загружать —» and the file's columns with a sample value each. */
    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    /** The fields of the kind chosen, in the mapping's order. */
    public ObservableList<ImportField> fields() {
        return fields;
    }

    public ReadOnlyObjectProperty<ImportMapping> mappingProperty() {
        return mapping;
    }

    /** Key fields the mapping does not give yet: no preview until they are chosen. */
    public ObservableList<ImportField> missing() {
        return missing;
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview;
    }

    /** The preview's rows, as the action filter lets them through. */
    public ObservableList<ImportRow> rows() {
        return rows;
    }

    /** The action shown, or null for every row. */
    public ObjectProperty<ImportAction> filterProperty() {
        return filter;
    }

    /** «Снять отсутствующие» (cameras): previews again when changed. */
    public BooleanProperty removeMissingProperty() {
        return removeMissing;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return steps.busyProperty();
    }

    /** From 0 to 1, or -1 while the length of the step is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return steps.progressProperty();
    }

    /** What the running step does: «Чтение файла…», «Проверка строк…», «Запись…». */
    public ReadOnlyStringProperty stepProperty() {
        return steps.stepProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** The outcome of the last step that finished: written, saved, cancelled. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** «Новых: 12 · изменений: 3 · без изменений: 175 · с ошибками: 2». */
    public ReadOnlyStringProperty countsProperty() {
        return counts;
    }

    /** A preview with something to write, and nothing running. */
    public BooleanBinding canWriteProperty() {
        return canWrite;
    }

    /** A preview with rows in error, to save and fix. */
    public BooleanBinding hasErrorsProperty() {
        return hasErrors;
    }
}
