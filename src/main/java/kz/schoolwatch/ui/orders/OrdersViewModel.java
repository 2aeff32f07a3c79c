// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.orders;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.CorrectionOrder;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.OrderFilter;
import kz.schoolwatch.service.InspectionService;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.ui.common.TaskRunner;

/** «Предписания»: the orders by district, by the officer who checked, open or overdue only. */
public final class OrdersViewModel {

    private final InspectionService service;
    private final LookupService lookups;
    private final TaskRunner tasks;

    // Properties
    private final ObservableList<CorrectionOrder> orders = FXCollections.observableArrayList();
    private final ObservableList<Lookup> districts = FXCollections.observableArrayList();
    private final ObservableList<Lookup> officers = FXCollections.observableArrayList();
    private final ObjectProperty<Lookup> district = new SimpleObjectProperty<>();
    private final ObjectProperty<Lookup> officer = new SimpleObjectProperty<>();
    private final BooleanProperty openOnly = new SimpleBooleanProperty(true);
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty();

    public OrdersViewModel(InspectionService service, LookupService lookups, TaskRunner tasks) {
        this.service = service;
        this.lookups = lookups;
        this.tasks = tasks;
        district.addListener((o, was, now) -> load());
        officer.addListener((o, was, now) -> load());
        openOnly.addListener((o, was, now) -> load());
        overdueOnly.addListener((o, was, now) -> load());
    }

    // Commands

    /** Reads the filters' choices once, then the orders. */
    public void start() {
        tasks.submit(() -> List.of(lookups.districts(), lookups.activeOfficers()), lists -> {
            districts.setAll(lists.get(0));
            officers.setAll(lists.get(1));
        }, error -> { });
        load();
    }

    public void load() {
        OrderFilter filter = new OrderFilter(district.get() == null ? null : (int) district.get().id(),
                officer.get() == null ? null : officer.get().id(), openOnly.get(), overdueOnly.get());
        tasks.submit(() -> service.orders(filter), orders::setAll, error -> { });
    }

    public LocalDate today() {
        return service.today();
    }

    public ObservableList<CorrectionOrder> orders() {
        return orders;
    }

    public ObservableList<Lookup> districts() {
        return districts;
    }

    public ObservableList<Lookup> officers() {
        return officers;
    }

    public ObjectProperty<Lookup> districtProperty() {
        return district;
    }

    public ObjectProperty<Lookup> officerProperty() {
        return officer;
    }

    public BooleanProperty openOnlyProperty() {
        return openOnly;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }
}
