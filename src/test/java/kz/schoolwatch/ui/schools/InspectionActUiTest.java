// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

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
import kz.schoolwatch.ui.photos.PhotoStrip;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 22 through the card: a check by requirement with a failed item and a photo of it, an order on it with a
 * deadline already past, the act's PDF read back (the order, the photo), the order overdue on the card's
 * «Предписания», in the list and on the dashboard; a follow-up check that finds the item met closes it.
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
            app.reveal("#checkOfficer").clickOn(officer).type(KeyCode.DOWN).type(KeyCode.ENTER);
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

        // A photo of what was found, added to the failed finding: kept in the database, shown as a thumbnail.
        Path photo = app.folder().resolve("вход-2.jpg");
        BufferedImage picture = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, 0, 800, 600);
        g.setColor(Color.ORANGE);
        g.fillRect(200, 150, 400, 300);
        g.dispose();
        ImageIO.write(picture, "jpg", photo.toFile());
        PhotoStrip strip = (PhotoStrip) card.getScene().lookup("#findingPhotos");
        long findingId = findings.getItems().get(failed).finding().id();
        app.interact(() -> strip.setFiles(owner -> List.of(photo)));
        javafx.scene.control.Button addPhoto = (javafx.scene.control.Button) strip.lookup("#photoAdd");
        WorkDriver.waitUntil(20, () -> !addPhoto.isDisabled());
        app.interact(addPhoto::fire);
        WorkDriver.waitUntil(20, () -> strip.lookupAll(".photo-thumb").size() == 1);
        app.reveal("#findingPhotos");
        app.screenshot("#findingPhotos", "school-card-act-photo");
        try (Connection c = app.jdbc()) {
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM inspection_photo WHERE finding_id = " + findingId)).isEqualTo(1);
        }

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

        // The act as PDF: the failed item with its order, and the photo printed small.
        Path pdf = app.folder().resolve("act.pdf");
        ActPane.saveDialog = (format, name, folder, owner) -> Optional.of(pdf);
        try {
            app.interact(() -> findings.getSelectionModel().select(failed));
            javafx.scene.control.Button savePdf = (javafx.scene.control.Button) card.getScene().lookup("#actPdf");
            app.interact(savePdf::fire);
            WorkDriver.waitUntil(30, () -> Files.exists(pdf) && app.lookup("#actMessage").queryLabeled().getText()
                    .equals(Texts.of("act.saved", pdf)));
        } finally {
            ActPane.saveDialog = null;
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replaceAll("\\s+", " ");
            assertThat(text).contains(String.valueOf(school.number()), "Директор Ахметова А. С.");
            int images = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().isImageXObject(name)) {
                        images++;
                    }
                }
            }
            assertThat(images).isEqualTo(1);
        }

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

        // The dashboard counts it among the overdue orders (the demo city has some of its own), in red.
        int overdueBefore;
        try (Connection c = app.jdbc()) {
            overdueBefore = WorkDriver.count(c, "SELECT COUNT(*) FROM correction_order WHERE closed_on IS NULL AND deadline < CURRENT_DATE"
                    + " AND school_id <> " + school.id());
        }
        javafx.scene.control.ButtonBase home = (javafx.scene.control.ButtonBase) app.stage().getScene().lookup("#navDashboard");
        app.interact(home::fire);
        WorkDriver.waitUntil(30, () -> app.stage().getScene().lookup("#dashboardOrdersOverdue") instanceof javafx.scene.control.Labeled l
                && Texts.of("dashboard.orders.overdue", overdueBefore + 1).equals(l.getText()) && l.getStyleClass().contains("text-danger"));

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
        WorkDriver.waitUntil(30, () -> app.stage().getScene().lookup("#dashboardOrdersOverdue") instanceof javafx.scene.control.Labeled l
                && Texts.of("dashboard.orders.overdue", overdueBefore).equals(l.getText()));
    }
}
