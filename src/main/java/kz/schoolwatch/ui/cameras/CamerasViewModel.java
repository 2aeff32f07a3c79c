// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.cameras;

import java.util.EnumSet;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.DistrictCameraTotals;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.service.CameraService;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.Rows;
import kz.schoolwatch.ui.common.TaskRunner;

/** State of the city-wide Cameras screen: totals by district and the schools without a working camera. */
public final class CamerasViewModel {

    private final CameraService service;
    private final TaskRunner tasks;

    // Properties
    private final ObservableList<DistrictCameraTotals> districts = FXCollections.observableArrayList();
    private final ObjectProperty<DistrictCameraTotals> city = new SimpleObjectProperty<>();
    private final ObservableList<SchoolRow> uncovered = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();

    /** Every committed change of data ({@code changes}) but one to a reference list may move the figures: they are read again. */
    public CamerasViewModel(CameraService service, TaskRunner tasks, DataChanges changes) {
        this.service = service;
        this.tasks = tasks;
        new ChangeFeed(changes, tasks).on(this::load,
                EnumSet.complementOf(EnumSet.of(DataChanges.Topic.REFERENCE, DataChanges.Topic.AUDIT)).toArray(DataChanges.Topic[]::new));
    }

    private record Loaded(List<DistrictCameraTotals> districts, List<SchoolRow> uncovered) {
    }

    // Commands

    public void load() {
        loading.set(true);
        tasks.submit(() -> new Loaded(service.totalsByDistrict(), service.schoolsWithoutWorkingCamera()), loaded -> {
            Rows.update(districts, loaded.districts());
            city.set(sum(loaded.districts()));
            Rows.update(uncovered, loaded.uncovered(), SchoolRow::id);
            failure.set(null);
            loading.set(false);
        }, error -> {
            failure.set(error);
            loading.set(false);
        });
    }

    /** The city's line: the districts added up (each school belongs to exactly one district). */
    static DistrictCameraTotals sum(List<DistrictCameraTotals> rows) {
        int schools = 0;
        int covered = 0;
        int outdoor = 0;
        int indoor = 0;
        int working = 0;
        int faulty = 0;
        int cou = 0;
        for (DistrictCameraTotals r : rows) {
            schools += r.schools();
            covered += r.schoolsCovered();
            outdoor += r.outdoor();
            indoor += r.indoor();
            working += r.working();
            faulty += r.faulty();
            cou += r.connectedToCou();
        }
        return new DistrictCameraTotals(null, schools, covered, outdoor, indoor, working, faulty, cou);
    }

    public ObservableList<DistrictCameraTotals> districts() {
        return districts;
    }

    public ObjectProperty<DistrictCameraTotals> cityProperty() {
        return city;
    }

    public ObservableList<SchoolRow> uncovered() {
        return uncovered;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ObjectProperty<Throwable> failureProperty() {
        return failure;
    }
}
