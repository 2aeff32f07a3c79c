// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.leisure;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.schoolwatch.domain.LeisureAttendance;
import kz.schoolwatch.service.EditConflictException;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.LeisureService;
import kz.schoolwatch.ui.common.AbstractFormViewModel;
import kz.schoolwatch.ui.common.ConflictFields;
import kz.schoolwatch.ui.common.ConflictViewModel;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * The month's counts of the chosen centre: attending teenagers registered with the police and children from
 * troubled families. Choosing another centre shows its counts; an empty field counts as none.
 */
public final class AttendanceCountsViewModel extends AbstractFormViewModel {

    private final LeisureService leisure;
    private final Supplier<YearMonth> month;
    /** The counts as last sent to be saved: "mine" if that save meets someone else's change. */
    private LeisureAttendance typed;

    // Properties
    private final ObjectProperty<LeisureAttendance> centre = new SimpleObjectProperty<>();
    private final StringProperty teenagers = new SimpleStringProperty("");
    private final StringProperty children = new SimpleStringProperty("");

    AttendanceCountsViewModel(LeisureService leisure, TaskRunner tasks, Supplier<YearMonth> month) {
        super(tasks);
        this.leisure = leisure;
        this.month = month;
        centre.addListener((o, was, now) -> {
            errors().clear();
            teenagers.set(now == null ? "" : Integer.toString(now.registeredTeenagers()));
            children.set(now == null ? "" : Integer.toString(now.troubledFamilyChildren()));
        });
    }

    /** Checks both counts are numbers and saves them for the shown month in the background. */
    @Override
    public void save() {
        LeisureAttendance row = centre.get();
        if (row == null) {
            return;
        }
        Integer teens = Formats.parseCount(teenagers.get());
        Integer kids = Formats.parseCount(children.get());
        List<FieldError> local = new ArrayList<>();
        if (teens == null) {
            local.add(FieldError.of("teenagers", "validation.number"));
        }
        if (kids == null) {
            local.add(FieldError.of("children", "validation.number"));
        }
        if (refuse(local)) {
            return;
        }
        YearMonth m = month.get();
        typed = row.withCounts(teens, kids);
        saveInBackground(() -> {
            leisure.putAttendance(row.centreId(), m.atDay(1), teens, kids, row.version());
            return Boolean.TRUE;
        });
    }

    /** A save counts the version up: a second save of the same centre goes over the first, not against it. */
    @Override
    protected void afterSave() {
        LeisureAttendance saved = typed;
        if (saved != null && centre.get() != null && centre.get().centreId() == saved.centreId()) {
            centre.set(saved.saved(saved.registeredTeenagers(), saved.troubledFamilyChildren()));
        }
    }

    /** The counts as stored now beside the ones opened and the ones typed; the officer's choice goes through this form. */
    @Override
    protected ConflictViewModel<?> conflictWith(EditConflictException changed) {
        LeisureAttendance theirs = changed.current(LeisureAttendance.class);
        LeisureAttendance opened = centre.get();
        return new ConflictViewModel<>(conflictFields(), opened, theirs, typed, centre::set, merged -> {
            // Their version becomes what the form opened; the fields hold the merge, saved over that version.
            centre.set(theirs);
            teenagers.set(Integer.toString(merged.registeredTeenagers()));
            children.set(Integer.toString(merged.troubledFamilyChildren()));
            save();
        });
    }

    private static ConflictFields<LeisureAttendance> conflictFields() {
        return ConflictFields.of(LeisureAttendance.class)
                .add("registeredTeenagers", "leisure.field.teenagers", LeisureAttendance::registeredTeenagers)
                .add("troubledFamilyChildren", "leisure.field.children", LeisureAttendance::troubledFamilyChildren);
    }

    /** The centre whose counts the form shows, or null. */
    public ObjectProperty<LeisureAttendance> centreProperty() {
        return centre;
    }

    public StringProperty teenagersProperty() {
        return teenagers;
    }

    public StringProperty childrenProperty() {
        return children;
    }
}
