// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.cameras;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.FaultRow;
import kz.schoolwatch.service.CameraFaultService;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * The city's open faults of cameras (issue 21): filtered by district and to those open longer than the limit, with
 * the median days to repair of the faults closed this year in the same district (or the city).
 */
public final class OpenFaultsViewModel {

    private final CameraFaultService service;
    private final SettingsService settings;
    private final TaskRunner tasks;
    private final Clock clock;
    private Loaded loaded = new Loaded(List.of(), List.of(), SettingsService.FAULT_LIMIT_DEFAULT);

    // Properties
    private final ObservableList<FaultRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> districts = FXCollections.observableArrayList();
    /** The district shown, or null for the whole city. */
    private final StringProperty district = new SimpleStringProperty();
    private final BooleanProperty onlyOverdue = new SimpleBooleanProperty();
    private final IntegerProperty limitDays = new SimpleIntegerProperty(SettingsService.FAULT_LIMIT_DEFAULT);
    /** The median days to repair this year, or null when no fault was repaired this year. */
    private final ObjectProperty<Double> medianDays = new SimpleObjectProperty<>();
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();

    public OpenFaultsViewModel(CameraFaultService service, SettingsService settings, TaskRunner tasks, Clock clock, DataChanges changes) {
        this.service = service;
        this.settings = settings;
        this.tasks = tasks;
        this.clock = clock;
        district.addListener(o -> show());
        onlyOverdue.addListener(o -> show());
        new ChangeFeed(changes, tasks).on(this::load, DataChanges.Topic.CAMERAS, DataChanges.Topic.SCHOOLS, DataChanges.Topic.SETTINGS);
    }

    private record Loaded(List<FaultRow> open, List<FaultRow> repaired, int limit) {
    }

    // Commands

    public void load() {
        tasks.submit(() -> new Loaded(service.open(null), service.repairedThisYear(null), settings.faultLimitDays()), l -> {
            loaded = l;
            limitDays.set(l.limit());
            String chosen = district.get();
            districts.setAll(l.open().stream().map(FaultRow::district).distinct().sorted().toList());
            if (chosen != null && !districts.contains(chosen)) {
                districts.add(chosen);
            }
            failure.set(null);
            show();
        }, failure::set);
    }

    private void show() {
        String d = district.get();
        rows.setAll(loaded.open().stream()
                .filter(r -> d == null || d.equals(r.district()))
                .filter(r -> !onlyOverdue.get() || overdue(r))
                .toList());
        Optional<Double> median = CameraFaultService.medianDays(loaded.repaired().stream()
                .filter(r -> d == null || Objects.equals(d, r.district())).map(FaultRow::fault).toList());
        medianDays.set(median.orElse(null));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public boolean overdue(FaultRow r) {
        return r.fault().overdue(today(), limitDays.get());
    }

    public long daysOpen(FaultRow r) {
        return r.fault().days(today());
    }

    public ObservableList<FaultRow> rows() {
        return rows;
    }

    public ObservableList<String> districts() {
        return districts;
    }

    public StringProperty districtProperty() {
        return district;
    }

    public BooleanProperty onlyOverdueProperty() {
        return onlyOverdue;
    }

    public IntegerProperty limitDaysProperty() {
        return limitDays;
    }

    public ObjectProperty<Double> medianDaysProperty() {
        return medianDays;
    }

    public ObjectProperty<Throwable> failureProperty() {
        return failure;
    }
}
