// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.leisure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.LeisureAttendance;
import kz.schoolwatch.domain.LeisureCentre;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.DataChanges.Topic;
import kz.schoolwatch.service.LeisureService;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.Rows;
import kz.schoolwatch.ui.common.TaskRunner;

/** Leisure centres and, for the chosen month, each centre's attendance counts with the city's totals. */
public final class LeisureViewModel {

    private final LeisureService leisure;
    private final LookupService lookups;
    private final TaskRunner tasks;
    private final AttendanceCountsViewModel counts;

    // Properties
    private final ObservableList<LeisureCentre> centres = FXCollections.observableArrayList();
    private final ObservableList<LeisureAttendance> attendance = FXCollections.observableArrayList();
    private final ObservableList<Lookup> districts = FXCollections.observableArrayList();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final IntegerProperty totalTeenagers = new SimpleIntegerProperty();
    private final IntegerProperty totalChildren = new SimpleIntegerProperty();
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();

    public LeisureViewModel(LeisureService leisure, LookupService lookups, TaskRunner tasks, DataChanges changes, Clock clock) {
        this.leisure = leisure;
        this.lookups = lookups;
        this.tasks = tasks;
        month.set(YearMonth.from(LocalDate.now(clock)));
        counts = new AttendanceCountsViewModel(leisure, tasks, month::get);
        // Districts (a reference list) are the centre form's choices.
        new ChangeFeed(changes, tasks).on(this::load, Topic.LEISURE, Topic.REFERENCE);
    }

    private record Data(List<LeisureCentre> centres, List<Lookup> districts, List<LeisureAttendance> attendance) {
    }

    // Commands

    /** Reads the centres, the districts and the month's attendance. */
    public void load() {
        YearMonth m = month.get();
        tasks.submit(() -> new Data(leisure.centres(), lookups.districts(), leisure.attendance(m.atDay(1))), d -> {
            Rows.update(centres, d.centres(), LeisureCentre::id);
            districts.setAll(d.districts());
            if (m.equals(month.get())) {
                showAttendance(d.attendance());
            }
        }, failure::set);
    }

    private void showAttendance(List<LeisureAttendance> rows) {
        // In place: the row being typed into stays selected when another centre's counts changed.
        Rows.update(attendance, rows, LeisureAttendance::centreId);
        totalTeenagers.set(rows.stream().mapToInt(LeisureAttendance::registeredTeenagers).sum());
        totalChildren.set(rows.stream().mapToInt(LeisureAttendance::troubledFamilyChildren).sum());
    }

    public void shiftMonth(int months) {
        month.set(month.get().plusMonths(months));
        load();
    }

    /** The form of {@code centre}, or of a new centre when null. */
    public LeisureCentreFormViewModel centreForm(LeisureCentre centre) {
        return new LeisureCentreFormViewModel(leisure, tasks, districts, centre);
    }

    /** The counts of the chosen centre for the shown month. */
    public AttendanceCountsViewModel counts() {
        return counts;
    }

    public ObservableList<LeisureCentre> centres() {
        return centres;
    }

    public ObservableList<LeisureAttendance> attendance() {
        return attendance;
    }

    public ObservableList<Lookup> districts() {
        return districts;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public IntegerProperty totalTeenagersProperty() {
        return totalTeenagers;
    }

    public IntegerProperty totalChildrenProperty() {
        return totalChildren;
    }

    public ObjectProperty<Throwable> failureProperty() {
        return failure;
    }
}
