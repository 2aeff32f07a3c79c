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
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.LeisureService;
import kz.schoolwatch.ui.common.AbstractFormViewModel;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * The month's counts of the chosen centre: attending teenagers registered with the police and children from
 * troubled families. Choosing another centre shows its counts; an empty field counts as none.
 */
public final class AttendanceCountsViewModel extends AbstractFormViewModel {

    private final LeisureService leisure;
    private final Supplier<YearMonth> month;

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
        saveInBackground(() -> {
            leisure.putAttendance(row.centreId(), m.atDay(1), teens, kids);
            return Boolean.TRUE;
        });
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
