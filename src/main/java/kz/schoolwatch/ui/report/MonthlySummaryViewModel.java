// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.report;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.logging.ErrorSummary;
import kz.schoolwatch.report.ExportCancelledException;
import kz.schoolwatch.report.ExportProgress;
import kz.schoolwatch.report.MonthlySummary;
import kz.schoolwatch.report.ReportFormat;
import kz.schoolwatch.report.ReportScope;
import kz.schoolwatch.report.SummaryDocument;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.MonthlySummaryService;
import kz.schoolwatch.service.ReportExportService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.ValidationException;
import kz.schoolwatch.ui.common.BackgroundJob;
import kz.schoolwatch.ui.common.SignatureViewModel;
import kz.schoolwatch.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** State of the monthly-summary screen: the month and scope chosen, the previewed summary, a running export. */
public final class MonthlySummaryViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MonthlySummaryViewModel.class);
    /** Months offered in the chooser, counting back from the current one. */
    private static final int MONTHS_OFFERED = 24;

    private final MonthlySummaryService summaries;
    private final ReportExportService exports;
    private final SettingsService settings;
    private final SignatureViewModel signature;
    private final TaskRunner tasks;
    private final Messages messages;

    // Properties
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObjectProperty<ReportScope.Kind> scopeKind = new SimpleObjectProperty<>(ReportScope.Kind.CITY);
    private final ObservableList<ReportScope> targets = FXCollections.observableArrayList();
    private final ObjectProperty<ReportScope> target = new SimpleObjectProperty<>();
    private final ObjectProperty<MonthlySummary> summary = new SimpleObjectProperty<>();
    private final ObjectProperty<SummaryDocument> document = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty exporting = new SimpleBooleanProperty();
    private final DoubleProperty exportProgress = new SimpleDoubleProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<Path> lastFolder = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> savedFile = new SimpleObjectProperty<>();

    private List<ReportScope> districts = List.of();
    private List<ReportScope> officers = List.of();
    private BackgroundJob runningExport;
    private int previewRequest;
    private boolean listsLoaded;
    private Runnable pendingSelection;
    private boolean showing = true;
    private boolean stale;

    /**
     * @param changes saves elsewhere (a camera added, a visit logged, the signature changed) make the preview
     *                read again, at once when the screen is showing, else when it is shown next
     */
    public MonthlySummaryViewModel(MonthlySummaryService summaries, ReportExportService exports, SettingsService settings,
                                   TaskRunner tasks, Messages messages, DataChanges changes) {
        this.summaries = summaries;
        this.exports = exports;
        this.settings = settings;
        this.signature = new SignatureViewModel(summaries, settings, tasks);
        this.tasks = tasks;
        this.messages = messages;
        YearMonth current = summaries.currentMonth();
        for (int i = 0; i < MONTHS_OFFERED; i++) {
            months.add(current.minusMonths(i));
        }
        // The last full month: its figures are final, and it is the one a monthly summary is sent for.
        month.set(summaries.lastFullMonth());
        changes.subscribe(topic -> Platform.runLater(() -> {
            // The signature saved on the Settings screen shows here too (and in the preview read again below).
            if (topic == DataChanges.Topic.SETTINGS) {
                signature.refresh();
            }
            dataChanged();
        }));
    }

    /** Data changed elsewhere: read the preview again now if it is on screen, else when it comes back. */
    void dataChanged() {
        stale = true;
        if (showing && listsLoaded) {
            stale = false;
            preview();
        }
    }

    /** The screen came into view or went out of it; a preview that went stale meanwhile is read again. */
    public void setShowing(boolean now) {
        showing = now;
        if (now && stale && listsLoaded) {
            stale = false;
            preview();
        }
    }

    private record Lists(List<ReportScope> districts, List<ReportScope> officers, Path lastFolder) {
    }

    // Commands

    /** Loads the districts and officers to choose from, then previews the last full month for the city. */
    public void load() {
        loading.set(true);
        tasks.submit(() -> new Lists(summaries.districtScopes(), summaries.officerScopes(),
                settings.lastSaveFolder().map(Path::of).orElse(null)), lists -> {
            districts = lists.districts();
            officers = lists.officers();
            lastFolder.set(lists.lastFolder());
            listsLoaded = true;
            if (pendingSelection != null) {
                pendingSelection.run();
                pendingSelection = null;
            } else {
                updateTargets();
                preview();
            }
        }, this::failed);
    }

    /**
     * Chooses a month and a scope at once and previews it (a dashboard chart was clicked). Before the districts
     * and officers are loaded the choice waits for them.
     */
    public void select(YearMonth wanted, ReportScope.Kind kind, long id) {
        Runnable apply = () -> {
            if (!months.contains(wanted)) {
                months.add(wanted);
            }
            scopeKind.set(kind);
            updateTargets();
            targets.stream().filter(t -> t.id() == id).findFirst().ifPresent(target::set);
            month.set(wanted);
            preview();
        };
        if (listsLoaded) {
            apply.run();
        } else {
            pendingSelection = apply;
        }
    }

    /** Chooses whose figures: the city, a district or an officer (the first of the list until one is picked). */
    public void setScopeKind(ReportScope.Kind kind) {
        scopeKind.set(kind);
        updateTargets();
    }

    private void updateTargets() {
        List<ReportScope> list = switch (scopeKind.get()) {
            case CITY -> List.of();
            case DISTRICT -> districts;
            case OFFICER -> officers;
        };
        targets.setAll(list);
        target.set(list.isEmpty() ? null : list.get(0));
    }

    /** The scope the choices describe. */
    public ReportScope scope() {
        return scopeKind.get() == ReportScope.Kind.CITY || target.get() == null ? summaries.cityScope() : target.get();
    }

    /** Reads the summary of the chosen month and scope off the FX thread and shows it. */
    public void preview() {
        YearMonth m = month.get();
        ReportScope s = scope();
        int request = ++previewRequest;
        loading.set(true);
        error.set("");
        tasks.submit(() -> {
            MonthlySummary read = summaries.summarize(m, s);
            return new Object[] {read, exports.document(read)};
        }, result -> {
            if (request != previewRequest) {
                return; // a newer choice is on its way
            }
            summary.set((MonthlySummary) result[0]);
            document.set((SummaryDocument) result[1]);
            loading.set(false);
        }, e -> {
            if (request == previewRequest) {
                failed(e);
            }
        });
    }

    /** A file name for the summary on screen, e.g. {@code svodka-2026-10-gorod.pdf}. */
    public String suggestedFileName(ReportFormat format) {
        MonthlySummary s = summary.get();
        YearMonth m = s == null ? month.get() : s.month();
        String scope = s == null ? "" : switch (s.scope().kind()) {
            case CITY -> "";
            case DISTRICT -> "-" + s.scope().title().replaceAll("[^\\p{L}\\p{N}]+", "-");
            case OFFICER -> "-" + s.scope().id();
        };
        return messages.get("report.screen.fileName", m.toString() + scope, format.extension());
    }

    /** Saves the previewed summary in the background; progress and cancel through {@link #cancelExport()}. */
    public void export(ReportFormat format, Path target) {
        MonthlySummary s = summary.get();
        if (s == null || exporting.get()) {
            return;
        }
        exporting.set(true);
        status.set(messages.get("report.screen.saving"));
        error.set("");
        savedFile.set(null);
        BackgroundJob job = tasks.submit(progress -> {
            exports.export(s, format, target, new ExportProgress() {
                @Override
                public void update(double fraction) {
                    progress.update(fraction);
                }

                @Override
                public boolean isCancelled() {
                    return progress.isCancelled();
                }
            });
            rememberFolder(target);
            return target;
        }, saved -> {
            exportDone();
            // The file's name here; the whole path is in the status line's tooltip and behind «Открыть папку».
            status.set(messages.get("report.screen.saved", target.getFileName()));
            lastFolder.set(target.toAbsolutePath().getParent());
            savedFile.set(target.toAbsolutePath());
        }, failure -> {
            exportDone();
            if (failure instanceof ExportCancelledException || failure instanceof CancellationException) {
                status.set(messages.get("report.screen.cancelled"));
            } else {
                LOG.warn("Export failed: {}", ErrorSummary.of(failure));
                status.set("");
                error.set(messages.get("report.screen.saveFailed", target.toAbsolutePath()));
            }
        });
        if (exporting.get()) {
            // Still running: a runner in step has already finished it.
            runningExport = job;
            exportProgress.bind(job.progressProperty());
        }
    }

    /** The next save dialog opens where this account saved last; not remembered is no reason to fail the save. */
    private void rememberFolder(Path target) {
        try {
            settings.setLastSaveFolder(target.toAbsolutePath().getParent().toString());
        } catch (RuntimeException e) {
            LOG.warn("Save folder not remembered: {}", ErrorSummary.of(e));
        }
    }

    /** Opens the file just saved, or with {@code folder} the folder it is in, in the system's program. */
    public void openSaved(boolean folder, FileOpener opener) {
        Path file = savedFile.get();
        if (file == null) {
            return;
        }
        Path what = folder ? file.getParent() : file;
        tasks.submit(() -> {
            opener.open(what);
            return null;
        }, done -> { }, e -> {
            LOG.warn("Could not open the saved summary: {}", ErrorSummary.of(e));
            error.set(messages.get("report.screen.openFailed", what));
        });
    }

    private void exportDone() {
        exportProgress.unbind();
        exporting.set(false);
        runningExport = null;
    }

    /** Stops the running export; its half-written file is removed. */
    public void cancelExport() {
        if (runningExport != null) {
            runningExport.cancel();
        }
    }

    /** Records the outcome of a print job; a printed summary goes into the audit trail. */
    public void printed(boolean ok, String printer) {
        if (ok) {
            MonthlySummary printedSummary = summary.get();
            tasks.submit(() -> {
                exports.recordPrint(printedSummary, printer);
                return null;
            }, done -> { }, e -> LOG.warn("Print not recorded: {}", ErrorSummary.of(e)));
            status.set(messages.get("report.screen.printed"));
        } else {
            error.set(messages.get("report.screen.printFailed"));
        }
    }

    private void failed(Throwable e) {
        loading.set(false);
        if (e instanceof ValidationException v && !v.errors().isEmpty()) {
            error.set(messages.get(v.errors().get(0).messageKey()));
        } else {
            LOG.warn("Monthly summary failed: {}", ErrorSummary.of(e));
            error.set(messages.get("report.screen.loadFailed"));
        }
    }

    public ObservableList<YearMonth> months() {
        return months;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ReadOnlyObjectProperty<ReportScope.Kind> scopeKindProperty() {
        return scopeKind;
    }

    public ObservableList<ReportScope> targets() {
        return targets;
    }

    public ObjectProperty<ReportScope> targetProperty() {
        return target;
    }

    public ReadOnlyObjectProperty<MonthlySummary> summaryProperty() {
        return summary;
    }

    public ReadOnlyObjectProperty<SummaryDocument> documentProperty() {
        return document;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting;
    }

    public ReadOnlyDoubleProperty exportProgressProperty() {
        return exportProgress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** The folder this account last saved a summary in, or null: where the save dialog opens. */
    public ReadOnlyObjectProperty<Path> lastFolderProperty() {
        return lastFolder;
    }

    /** The file the last save wrote, or null: the screen offers to open it. */
    public ReadOnlyObjectProperty<Path> savedFileProperty() {
        return savedFile;
    }

    /** The signed-in account's signature under its summaries. */
    public SignatureViewModel signature() {
        return signature;
    }

    /** For the scope-kind chooser. */
    public List<ReportScope.Kind> scopeKinds() {
        return new ArrayList<>(List.of(ReportScope.Kind.values()));
    }
}
