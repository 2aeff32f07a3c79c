// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.orders;

import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import kz.schoolwatch.domain.CorrectionOrder;
import kz.schoolwatch.domain.OrderFilter;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.InspectionService;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * The dashboard's counts of correction orders, open and overdue, read off the FX thread; read again whenever checks
 * and orders change, here or on another PC of the unit.
 */
public final class OrdersFigureViewModel {

    private final InspectionService service;
    private final TaskRunner tasks;

    // Properties
    private final SimpleIntegerProperty open = new SimpleIntegerProperty();
    private final SimpleIntegerProperty overdue = new SimpleIntegerProperty();
    private final SimpleBooleanProperty loaded = new SimpleBooleanProperty();

    public OrdersFigureViewModel(InspectionService service, TaskRunner tasks, DataChanges changes) {
        this.service = service;
        this.tasks = tasks;
        new ChangeFeed(changes, tasks).on(this::refresh, DataChanges.Topic.CHECKS, DataChanges.Topic.SCHOOLS);
    }

    // Commands

    public void refresh() {
        tasks.submit(() -> service.orders(OrderFilter.allOpen()), (List<CorrectionOrder> orders) -> {
            open.set(orders.size());
            overdue.set((int) orders.stream().filter(o -> o.overdue(service.today())).count());
            loaded.set(true);
        }, error -> { });
    }

    public ReadOnlyIntegerProperty openProperty() {
        return open;
    }

    public ReadOnlyIntegerProperty overdueProperty() {
        return overdue;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }
}
