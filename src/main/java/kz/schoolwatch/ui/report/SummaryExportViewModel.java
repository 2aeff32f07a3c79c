// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.report;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.CancellationException;

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
import javafx.beans.value.ObservableValue;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.logging.ErrorSummary;
import kz.schoolwatch.report.ExportCancelledException;
import kz.schoolwatch.report.ExportProgress;
import kz.schoolwatch.report.MonthlySummary;
import kz.schoolwatch.report.ReportFormat;
import kz.schoolwatch.service.ReportExportService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.ui.common.BackgroundJob;
import kz.schoolwatch.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monthly summary on screen going out: saved as a file in the background (with progress and cancel), opened
 * in the system's program, printed (and recorded in the audit trail). Failures share the screen's error line.
 */
public final class SummaryExportViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SummaryExportViewModel.class);

    private final ReportExportService exports;
    private final SettingsService settings;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ObservableValue<MonthlySummary> summary;
    private final ObservableValue<YearMonth> month;
    private final StringProperty error;

    // Properties
    private final BooleanProperty exporting = new SimpleBooleanProperty();
    private final DoubleProperty exportProgress = new SimpleDoubleProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Path> lastFolder = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> savedFile = new SimpleObjectProperty<>();

    private BackgroundJob runningExport;

    /**
     * @param summary the summary on screen
     * @param month   the month chosen, for a file name before a summary is read
     * @param error   the screen's error line
     */
    SummaryExportViewModel(ReportExportService exports, SettingsService settings, TaskRunner tasks, Messages messages,
                           ObservableValue<MonthlySummary> summary, ObservableValue<YearMonth> month, StringProperty error) {
        this.exports = exports;
        this.settings = settings;
        this.tasks = tasks;
        this.messages = messages;
        this.summary = summary;
        this.month = month;
        this.error = error;
    }

    // Commands

    /** A file name for the summary on screen, e.g. {@code svodka-2026-10-gorod.pdf}. */
    public String suggestedFileName(ReportFormat format) {
        MonthlySummary s = summary.getValue();
        YearMonth m = s == null ? month.getValue() : s.month();
        String scope = s == null ? "" : switch (s.scope().kind()) {
            case CITY -> "";
            case DISTRICT -> "-" + s.scope().title().replaceAll("[^\\p{L}\\p{N}]+", "-");
            case OFFICER -> "-" + s.scope().id();
        };
        return messages.get("report.screen.fileName", m.toString() + scope, format.extension());
    }

    /** Saves the previewed summary in the background; progress and cancel through {@link #cancelExport()}. */
    public void export(ReportFormat format, Path target) {
        MonthlySummary s = summary.getValue();
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
            MonthlySummary printedSummary = summary.getValue();
            tasks.submit(() -> {
                exports.recordPrint(printedSummary, printer);
                return null;
            }, done -> { }, e -> LOG.warn("Print not recorded: {}", ErrorSummary.of(e)));
            status.set(messages.get("report.screen.printed"));
        } else {
            error.set(messages.get("report.screen.printFailed"));
        }
    }

    void setLastFolder(Path folder) {
        lastFolder.set(folder);
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

    /** The folder this account last saved a summary in, or null: where the save dialog opens. */
    public ReadOnlyObjectProperty<Path> lastFolderProperty() {
        return lastFolder;
    }

    /** The file the last save wrote, or null: the screen offers to open it. */
    public ReadOnlyObjectProperty<Path> savedFileProperty() {
        return savedFile;
    }
}
