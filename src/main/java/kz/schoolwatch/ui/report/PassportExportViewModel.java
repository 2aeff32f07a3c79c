// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.report;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.logging.ErrorSummary;
import kz.schoolwatch.report.ExportCancelledException;
import kz.schoolwatch.report.ExportProgress;
import kz.schoolwatch.report.ReportFormat;
import kz.schoolwatch.report.ReportFonts;
import kz.schoolwatch.report.chart.BarChartPainter;
import kz.schoolwatch.service.PassportService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.ui.common.BackgroundJob;
import kz.schoolwatch.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * «Паспорт безопасности школы» going out (issue 21): a school's passport saved as PDF or printed from its card, a
 * district's passports saved as one PDF with progress and cancel. The save dialog opens in the folder this account
 * saved in last, and remembers the new one, as the monthly summary's does; every save and print is audited by the
 * service.
 */
public final class PassportExportViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(PassportExportViewModel.class);

    private final PassportService passports;
    private final SettingsService settings;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ReportFonts fonts;
    private SaveFileDialog saveDialog;

    // Properties
    private final BooleanProperty exporting = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private BackgroundJob running;
    /** Where the save dialog opens: the folder this account saved in last, read once off the FX thread. */
    private Path lastFolder;

    public PassportExportViewModel(PassportService passports, SettingsService settings, TaskRunner tasks, Messages messages, ReportFonts fonts) {
        this.passports = passports;
        this.settings = settings;
        this.tasks = tasks;
        this.messages = messages;
        this.fonts = fonts;
        this.saveDialog = SaveFileDialog.system(messages);
        tasks.submit(() -> settings.lastSaveFolder().map(Path::of).orElse(null), folder -> {
            if (lastFolder == null) {
                lastFolder = folder;
            }
        }, e -> LOG.warn("Last save folder not read: {}", ErrorSummary.of(e)));
    }

    /** Replaces the system's save dialog (UI tests answer with a file of their own). */
    public void setSaveDialog(SaveFileDialog dialog) {
        this.saveDialog = dialog;
    }

    // Commands

    /** Asks where, then saves the school's passport of today in the background. */
    public void saveSchool(Node owner, long schoolId, int schoolNumber) {
        if (exporting.get()) {
            return;
        }
        ask(owner, messages.get("passport.fileName", String.valueOf(schoolNumber))).ifPresent(target ->
                run(target, p -> passports.exportSchool(schoolId, passports.today(), target, p)));
    }

    /** Asks where, then saves the passports of a district's schools as one file, with progress and cancel. */
    public void saveDistrict(Node owner, int districtId, String districtName) {
        if (exporting.get()) {
            return;
        }
        String name = districtName.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        ask(owner, messages.get("passport.district.fileName", name)).ifPresent(target ->
                run(target, p -> passports.exportDistrict(districtId, passports.today(), target, p)));
    }

    /** Stops the district's file being written; nothing is left on disk. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Reads the school's passport in the background, then prints it through the system's print dialog. */
    public void printSchool(Node owner, long schoolId) {
        status.set("");
        tasks.submit(() -> passports.document(schoolId, passports.today()), doc -> {
            PrinterJob job = PrinterJob.createPrinterJob();
            if (job == null) {
                // No printer installed: the PDF is the way to paper.
                status.set(messages.get("passport.noPrinter"));
                return;
            }
            if (!job.showPrintDialog(owner.getScene().getWindow())) {
                job.cancelJob();
                return;
            }
            String css = owner.getScene().getStylesheets().isEmpty() ? null : owner.getScene().getStylesheets().get(0);
            SummaryPrinter printer = new SummaryPrinter(new SummaryPreview(messages, new BarChartPainter(fonts)));
            boolean ok = printer.print(job, doc, css);
            String printerName = job.getPrinter().getName();
            status.set(messages.get(ok ? "passport.printed" : "passport.printFailed"));
            if (ok) {
                tasks.submit(() -> {
                    passports.recordPrint(schoolId, printerName);
                    return null;
                }, done -> { }, e -> LOG.warn("Print not recorded: {}", ErrorSummary.of(e)));
            }
        }, e -> {
            LOG.warn("Passport not read for printing: {}", ErrorSummary.of(e));
            status.set(messages.get("passport.printFailed"));
        });
    }

    private Optional<Path> ask(Node owner, String suggested) {
        return saveDialog.ask(ReportFormat.PDF, suggested, lastFolder, owner.getScene().getWindow());
    }

    /** What writes the file, given the progress to report to. */
    private interface Export {
        void run(ExportProgress progress) throws Exception;
    }

    private void run(Path target, Export export) {
        exporting.set(true);
        status.set(messages.get("passport.saving"));
        BackgroundJob job = tasks.submit(p -> {
            export.run(new ExportProgress() {
                @Override
                public void update(double fraction) {
                    p.update(fraction);
                }

                @Override
                public boolean isCancelled() {
                    return p.isCancelled();
                }
            });
            rememberFolder(target);
            return target;
        }, saved -> {
            done();
            lastFolder = target.toAbsolutePath().getParent();
            status.set(messages.get("passport.saved", target.getFileName()));
        }, failure -> {
            done();
            if (failure instanceof ExportCancelledException || failure instanceof CancellationException) {
                status.set(messages.get("passport.cancelled"));
            } else {
                LOG.warn("Passport export failed: {}", ErrorSummary.of(failure));
                status.set(messages.get("passport.saveFailed", target.toAbsolutePath()));
            }
        });
        if (exporting.get()) {
            running = job;
            progress.bind(job.progressProperty());
        }
    }

    private void rememberFolder(Path target) {
        try {
            settings.setLastSaveFolder(target.toAbsolutePath().getParent().toString());
        } catch (RuntimeException e) {
            LOG.warn("Save folder not remembered: {}", ErrorSummary.of(e));
        }
    }

    private void done() {
        progress.unbind();
        exporting.set(false);
        running = null;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** What the last save or print came to: saved where, cancelled, failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
