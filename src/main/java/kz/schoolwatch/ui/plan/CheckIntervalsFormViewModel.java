// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.plan;

import java.util.EnumMap;
import java.util.Map;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.service.InspectionPlanService;
import kz.schoolwatch.ui.common.AbstractFormViewModel;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.TaskRunner;

/** The days between security checks of each school type, as the plan counts them. */
public final class CheckIntervalsFormViewModel extends AbstractFormViewModel {

    private final InspectionPlanService plan;
    private final Runnable afterSave;

    // Properties
    private final Map<SchoolType, StringProperty> days = new EnumMap<>(SchoolType.class);

    CheckIntervalsFormViewModel(InspectionPlanService plan, TaskRunner tasks, Map<SchoolType, Integer> current, Runnable afterSave) {
        super(tasks);
        this.plan = plan;
        this.afterSave = afterSave;
        for (SchoolType t : SchoolType.values()) {
            days.put(t, new SimpleStringProperty(Integer.toString(current.get(t))));
        }
    }

    @Override
    public void save() {
        Map<SchoolType, Integer> typed = new EnumMap<>(SchoolType.class);
        // An unreadable number goes on as null, which the service refuses next to its field.
        days.forEach((t, text) -> typed.put(t, Formats.parseCount(text.get())));
        saveInBackground(() -> {
            plan.setIntervals(typed);
            return null;
        });
    }

    @Override
    protected void afterSave() {
        afterSave.run();
    }

    public StringProperty daysProperty(SchoolType type) {
        return days.get(type);
    }
}
