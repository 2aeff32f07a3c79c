// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.report;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.logging.ErrorSummary;
import kz.schoolwatch.report.MonthlySummary;
import kz.schoolwatch.report.ReportScope;
import kz.schoolwatch.report.SummaryDocument;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.MonthlySummaryService;
import kz.schoolwatch.service.ReportExportService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.ValidationException;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.SignatureViewModel;
import kz.schoolwatch.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** State of the monthly-summary screen: the month and scope chosen, the previewed summary; saving and printing it in {@link SummaryExportViewModel}. */
public final class MonthlySummaryViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MonthlySummaryViewModel.class);
    /** Months offered in the chooser, counting back from the current one. */
    private static final int MONTHS_OFFERED = 24;

    private final MonthlySummaryService summaries;
    private final ReportExportService exports;
    private final SettingsService settings;
    private final SignatureViewModel signature;
    private final SummaryExportViewModel export;
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
    private final StringProperty error = new SimpleStringProperty("");

    private List<ReportScope> districts = List.of();
    private List<ReportScope> officers = List.of();
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
        this.signature = new SignatureViewModel(summaries, settings, tasks, changes);
        this.tasks = tasks;
        this.messages = messages;
        this.export = new SummaryExportViewModel(exports, settings, tasks, messages, summary, month, error);
        YearMonth current = summaries.currentMonth();
        for (int i = 0; i < MONTHS_OFFERED; i++) {
            months.add(current.minusMonths(i));
        }
        // The last full month: its figures are final, and it is the one a monthly summary is sent for.
        month.set(summaries.lastFullMonth());
        // The signature follows the settings itself; the preview (which prints it) is read again here.
        new ChangeFeed(changes, tasks).on(this::dataChanged);
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
            export.setLastFolder(lists.lastFolder());
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

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** Saving, printing and opening the summary on screen. */
    public SummaryExportViewModel export() {
        return export;
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
