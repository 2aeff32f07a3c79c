// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.domain.CorrectionOrder;
import kz.schoolwatch.domain.FindingResult;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.domain.SecurityCheck;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.WorkDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 22 through the card: a check by requirement with a failed item, an order on it with a deadline already
 * past, shown overdue on the card's «Предписания»; a follow-up check that finds the item met closes it.
 */
@SuppressWarnings("unchecked")
class InspectionActUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.signedInAs(TestSessions.HEAD).withDemoCity();

    private static Window newWindow(List<Window> before) {
        return Window.getWindows().stream().filter(w -> w.isShowing() && !before.contains(w)).reduce((a, b) -> b).orElse(null);
    }

    private void showTab(Window card, String id) {
        javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) card.getScene().lookup(".tab-pane");
        app.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
    }

    private void check(Window card, LocalDate on, FindingResult video, boolean followUp) throws Exception {
        DatePicker date = (DatePicker) card.getScene().lookup("#checkDate");
        app.interact(() -> date.setValue(on));
        WorkDriver.waitUntil(20, () -> card.getScene().lookup("#checkResultVIDEO") != null);
        ComboBox<FindingResult> result = (ComboBox<FindingResult>) card.getScene().lookup("#checkResultVIDEO");
        app.interact(() -> result.setValue(video));
        ComboBox<?> officer = (ComboBox<?>) card.getScene().lookup("#checkOfficer");
        if (officer.getValue() == null) {
            app.clickOn(officer).type(KeyCode.DOWN).type(KeyCode.ENTER);
        }
        if (followUp) {
            ComboBox<SecurityCheck> follows = (ComboBox<SecurityCheck>) card.getScene().lookup("#checkFollowsUp");
            app.interact(() -> follows.getSelectionModel().select(0));
        }
        // The form runs below the history and the act: the save button is pressed where it is, scrolled or not.
        javafx.scene.control.Button save = (javafx.scene.control.Button) card.getScene().lookup("#checkSave");
        app.interact(save::fire);
        WorkDriver.waitUntil(20, () -> Texts.of("check.saved").equals(app.lookup("#checkMessage").queryLabeled().getText()));
    }

    @Test
    void aFailedItemsOrderIsOverdueOnTheCardUntilAFollowUpCheckFindsItMet() throws Exception {
        WorkDriver.waitUntil(90, () -> !app.lookup("#navSchools").queryAll().isEmpty());
        app.clickOn("#navSchools");
        TableView<SchoolRow> schools = app.lookup("#schoolsTable").queryTableView();
        WorkDriver.waitUntil(30, () -> !schools.getItems().isEmpty());
        SchoolRow school = schools.getItems().get(0);
        List<Window> before = List.copyOf(Window.getWindows());
        app.interact(() -> schools.getSelectionModel().select(0));
        app.clickOn("#schoolsOpen");
        WorkDriver.waitUntil(20, () -> newWindow(before) != null && newWindow(before).getScene().lookup("#tabChecks") != null);
        Window card = newWindow(before);
        app.interact(() -> {
            card.setWidth(1366);
            card.setHeight(768);
        });
        showTab(card, "tabChecks");
        LocalDate today = LocalDate.now();

        // The check a month and a half ago: cameras at the entrances not met.
        check(card, today.minusDays(45), FindingResult.NOT_MET, false);
        TableView<SecurityCheck> history = (TableView<SecurityCheck>) card.getScene().lookup("#checkTable");
        WorkDriver.waitUntil(20, () -> !history.getItems().isEmpty());
        app.interact(() -> history.getSelectionModel().select(0));
        TableView<ActViewModel.FindingLine> findings = (TableView<ActViewModel.FindingLine>) card.getScene().lookup("#actFindings");
        WorkDriver.waitUntil(20, () -> findings.getItems().stream().anyMatch(l -> l.finding().result() == FindingResult.NOT_MET));
        int failed = findings.getItems().stream().map(l -> l.finding().result()).toList().indexOf(FindingResult.NOT_MET);
        app.interact(() -> findings.getSelectionModel().select(failed));
        app.screenshot("#actFindings", "school-card-act");

        // «Предписание…»: the text proposed, a deadline already past, the person answerable.
        List<Window> beforeOrder = List.copyOf(Window.getWindows());
        javafx.scene.control.Button order = (javafx.scene.control.Button) card.getScene().lookup("#actOrder");
        // The order dialog waits for its answer: pressed later on the FX thread, not inside interact.
        javafx.application.Platform.runLater(order::fire);
        WorkDriver.waitUntil(20, () -> newWindow(beforeOrder) != null && newWindow(beforeOrder).getScene().lookup("#orderSave") != null);
        Window dialog = newWindow(beforeOrder);
        assertThat(((javafx.scene.control.TextArea) dialog.getScene().lookup("#orderDescription")).getText()).isNotBlank();
        DatePicker deadline = (DatePicker) dialog.getScene().lookup("#orderDeadline");
        app.interact(() -> deadline.setValue(today.minusDays(5)));
        app.clickOn(dialog.getScene().lookup("#orderResponsible")).write("Директор Ахметова А. С.");
        app.clickOn(dialog.getScene().lookup("#orderSave"));
        WorkDriver.waitUntil(20, () -> !dialog.isShowing());

        // On the card's «Предписания»: overdue, in red, saying so.
        showTab(card, "tabOrders");
        TableView<CorrectionOrder> orders = (TableView<CorrectionOrder>) card.getScene().lookup("#schoolOrders");
        WorkDriver.waitUntil(20, () -> orders.getItems().size() == 1);
        assertThat(orders.getItems().get(0).overdue(today)).isTrue();
        WorkDriver.waitUntil(10, () -> app.from(orders).lookup(".table-cell").queryAll().stream()
                .anyMatch(c -> c instanceof javafx.scene.control.Labeled l && l.getText() != null
                        && l.getText().startsWith(Texts.prefix("order.state.overdue"))));
        app.screenshot("#schoolOrders", "school-card-orders");

        // The list «Предписания» of the main window has it, with its days overdue.
        javafx.scene.control.ButtonBase nav = (javafx.scene.control.ButtonBase) app.stage().getScene().lookup("#navOrders");
        app.interact(nav::fire);
        WorkDriver.waitUntil(20, () -> app.stage().getScene().lookup("#ordersTable") != null);
        TableView<CorrectionOrder> list = (TableView<CorrectionOrder>) app.stage().getScene().lookup("#ordersTable");
        WorkDriver.waitUntil(20, () -> list.getItems().stream().anyMatch(o -> o.schoolId() == school.id() && o.daysOverdue(today) == 5));
        app.snapshot("orders-list");

        // A follow-up check today finds the cameras in place: the order closes.
        showTab(card, "tabChecks");
        check(card, today, FindingResult.MET, true);
        WorkDriver.waitUntil(20, () -> orders.getItems().size() == 1 && !orders.getItems().get(0).open());
        try (Connection c = app.jdbc()) {
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM correction_order WHERE school_id = " + school.id()
                    + " AND closed_by_check_id IS NOT NULL AND closed_on = CURRENT_DATE")).isEqualTo(1);
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM security_check WHERE school_id = " + school.id()
                    + " AND act_number IS NOT NULL")).isEqualTo(2);
        }
    }
}
