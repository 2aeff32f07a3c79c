// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.plan;

import java.time.LocalDate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.CheckAssignment;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.PlanRow;
import kz.schoolwatch.service.InspectionPlanService;
import kz.schoolwatch.ui.common.AbstractFormViewModel;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * Assigns a school's next security check to an officer by a day, or changes its open assignment. Proposes the day
 * the school's interval gives (today when overdue or never checked).
 */
public final class AssignCheckFormViewModel extends AbstractFormViewModel {

    private final InspectionPlanService plan;
    private final PlanRow row;
    private final Runnable afterSave;

    // Properties
    private final ObservableList<Lookup> officers;
    private final ObjectProperty<Lookup> officer = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> dueBy = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");

    AssignCheckFormViewModel(InspectionPlanService plan, TaskRunner tasks, PlanRow row, ObservableList<Lookup> officers,
                             Runnable afterSave) {
        super(tasks);
        this.plan = plan;
        this.row = row;
        this.officers = officers;
        this.afterSave = afterSave;
        LocalDate today = plan.today();
        CheckAssignment a = row.assignment();
        if (a != null) {
            officers.stream().filter(o -> o.id() == a.officerId()).findFirst().ifPresent(officer::set);
            dueBy.set(a.dueBy());
            note.set(a.note() == null ? "" : a.note());
        } else {
            LocalDate planned = row.plannedOn(today);
            dueBy.set(planned.isBefore(today) ? today : planned);
        }
    }

    @Override
    public void save() {
        CheckAssignment a = row.assignment();
        CheckAssignment edited = new CheckAssignment(a == null ? null : a.id(), row.schoolId(),
                officer.get() == null ? 0 : officer.get().id(), null, a == null ? null : a.assignedOn(), dueBy.get(), note.get(),
                a == null ? 0 : a.version());
        saveInBackground(() -> plan.assign(edited));
    }

    @Override
    protected void afterSave() {
        afterSave.run();
    }

    public boolean isNew() {
        return row.assignment() == null;
    }

    public PlanRow row() {
        return row;
    }

    public ObservableList<Lookup> officers() {
        return officers;
    }

    public ObjectProperty<Lookup> officerProperty() {
        return officer;
    }

    public ObjectProperty<LocalDate> dueByProperty() {
        return dueBy;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
