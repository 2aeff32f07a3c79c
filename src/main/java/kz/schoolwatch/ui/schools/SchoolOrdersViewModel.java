// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.CorrectionOrder;
import kz.schoolwatch.service.InspectionService;
import kz.schoolwatch.ui.common.TaskRunner;

/** A school's correction orders for the card's tab «Предписания», read with the card's checks; their recorded fixes. */
final class SchoolOrdersViewModel {

    private final InspectionService service;
    private final ObservableList<CorrectionOrder> orders = FXCollections.observableArrayList();

    SchoolOrdersViewModel(InspectionService service) {
        this.service = service;
    }

    void load(long schoolId, TaskRunner tasks) {
        tasks.submit(() -> service.ordersOfSchool(schoolId), orders::setAll, error -> { });
    }

    ObservableList<CorrectionOrder> orders() {
        return orders;
    }

    /** The day orders are judged overdue on. */
    LocalDate today() {
        return service.today();
    }

    /** The save of «Отметить устранение…»: run by the dialog off the FX thread; a refusal names the field. */
    Callable<Void> markFixed(CorrectionOrder order, LocalDate on, String note) {
        return () -> {
            service.markFixed(order, on, note);
            return null;
        };
    }
}
