// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.compliance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

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
import kz.schoolwatch.domain.CityCompliance;
import kz.schoolwatch.domain.ComplianceStatus;
import kz.schoolwatch.domain.SchoolCompliance;
import kz.schoolwatch.i18n.DatabaseErrors;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.logging.ErrorSummary;
import kz.schoolwatch.report.ExportProgress;
import kz.schoolwatch.report.ReportFormat;
import kz.schoolwatch.report.ReportScope;
import kz.schoolwatch.report.SummaryDocument;
import kz.schoolwatch.report.SummaryDocument.Table;
import kz.schoolwatch.report.compliance.ComplianceFigures;
import kz.schoolwatch.report.compliance.ComplianceReport;
import kz.schoolwatch.report.compliance.ComplianceTables;
import kz.schoolwatch.service.ComplianceReportService;
import kz.schoolwatch.service.ValidationException;
import kz.schoolwatch.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * «Соответствие требованиям»: the schools of the account's scope judged on a chosen day (issue 21), as a district
 * table, a table by requirement and the list of schools with gaps; saved and printed as the quarterly table.
 */
public final class ComplianceViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ComplianceViewModel.class);

    private final ComplianceReportService reports;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ReportScope scope;

    // Properties
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final ObjectProperty<ComplianceReport> report = new SimpleObjectProperty<>();
    private final ObjectProperty<Table> districts = new SimpleObjectProperty<>();
    private final ObjectProperty<Table> items = new SimpleObjectProperty<>();
    private final ObservableList<SchoolCompliance> gaps = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final BooleanProperty exporting = new SimpleBooleanProperty();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<Path> savedFile = new SimpleObjectProperty<>();
    /** Each load has a number: a slow answer for a day since changed is dropped. */
    private long generation;

    public ComplianceViewModel(ComplianceReportService reports, TaskRunner tasks, Messages messages) {
        this.reports = reports;
        this.tasks = tasks;
        this.messages = messages;
        this.scope = reports.defaultScope();
        asOf.set(reports.today());
        asOf.addListener((o, was, now) -> {
            if (now != null && !now.equals(was)) {
                load();
            }
        });
    }

    // Commands

    /** Judges the scope's schools on the chosen day in the background. */
    public void load() {
        LocalDate day = asOf.get();
        if (day == null) {
            return;
        }
        long mine = ++generation;
        loading.set(true);
        error.set("");
        var job = tasks.submit(p -> {
            p.update(-1);
            ComplianceFigures figures = reports.figures(day, scope);
            return reports.report(scope, figures);
        }, loaded -> {
            if (mine == generation) {
                loading.set(false);
                show(loaded);
            }
        }, failure -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            if (failure instanceof ValidationException) {
                error.set(messages.get("compliance.error.futureDate"));
            } else {
                LOG.warn("Compliance not judged: {}", ErrorSummary.of(failure));
                error.set(DatabaseErrors.describeLoad(failure, messages, "compliance.screen.loadFailed"));
            }
        });
        if (loading.get()) {
            progress.bind(job.progressProperty());
        }
    }

    private void show(ComplianceReport loaded) {
        progress.unbind();
        progress.set(1);
        report.set(loaded);
        ComplianceTables tables = new ComplianceTables(messages);
        CityCompliance c = loaded.figures().compliance();
        districts.set(tables.districts("complianceByDistrict", loaded.figures()));
        items.set(tables.items("complianceByItem", c));
        gaps.setAll(c.withGaps());
        int all = c.schools().size();
        int met = (int) c.count(ComplianceStatus.MET);
        summary.set(messages.get("compliance.screen.summary", met, all, tables.share(met, all).text(),
                c.count(ComplianceStatus.NOT_MET), c.count(ComplianceStatus.UNKNOWN)));
    }

    /** The unmet items of a school with their reasons, as the table prints them. */
    public String unmet(SchoolCompliance school) {
        return new ComplianceTables(messages).unmet(school);
    }

    /** The district's name of a school in the list. */
    public String district(SchoolCompliance school) {
        ComplianceReport r = report.get();
        return r == null ? "" : r.figures().district(school.districtId());
    }

    /** The last quarters' ends, the latest first, for the buttons beside the date. */
    public List<LocalDate> quarterEnds() {
        return reports.lastQuarterEnds();
    }

    public LocalDate today() {
        return reports.today();
    }

    /** How the scope reads: «г. Алматы» or the head's district. */
    public String scopeTitle() {
        return scope.title();
    }

    /** A file name for the table on screen, e.g. {@code sootvetstvie-2026-09-30.pdf}. */
    public String suggestedFileName(ReportFormat format) {
        String suffix = scope.kind() == ReportScope.Kind.DISTRICT ? "-" + scope.title().replaceAll("[^\\p{L}\\p{N}]+", "-") : "";
        return messages.get("compliance.screen.fileName", asOf.get() + suffix, format.extension());
    }

    /** The table laid out for printing, in the language spoken now; null before it is read. */
    public SummaryDocument document() {
        return report.get() == null ? null : reports.document(report.get());
    }

    /** Saves the table on screen in the background. */
    public void export(ReportFormat format, Path target) {
        ComplianceReport r = report.get();
        if (r == null || exporting.get()) {
            return;
        }
        exporting.set(true);
        status.set(messages.get("compliance.screen.saving"));
        error.set("");
        tasks.submit(() -> {
            reports.export(r, format, target, ExportProgress.NONE);
            return target.toAbsolutePath();
        }, saved -> {
            exporting.set(false);
            savedFile.set(saved);
            status.set(messages.get("compliance.screen.saved", saved.getFileName()));
        }, failure -> {
            exporting.set(false);
            LOG.warn("Compliance table not saved: {}", ErrorSummary.of(failure));
            status.set("");
            error.set(messages.get("compliance.screen.saveFailed", target.toAbsolutePath()));
        });
    }

    /** Records the outcome of a print job; a printed table goes into the audit trail. */
    public void printed(boolean ok, String printer) {
        ComplianceReport r = report.get();
        if (!ok || r == null) {
            error.set(messages.get("compliance.screen.printFailed"));
            return;
        }
        tasks.submit(() -> {
            reports.recordPrint(r, printer);
            return null;
        }, done -> { }, e -> LOG.warn("Print not recorded: {}", ErrorSummary.of(e)));
        status.set(messages.get("compliance.screen.printed"));
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ReadOnlyObjectProperty<ComplianceReport> reportProperty() {
        return report;
    }

    public ReadOnlyObjectProperty<Table> districtsProperty() {
        return districts;
    }

    public ReadOnlyObjectProperty<Table> itemsProperty() {
        return items;
    }

    public ObservableList<SchoolCompliance> gaps() {
        return gaps;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyObjectProperty<Path> savedFileProperty() {
        return savedFile;
    }
}
