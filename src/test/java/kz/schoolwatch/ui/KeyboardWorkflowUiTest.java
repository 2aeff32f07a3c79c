// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.Visit;
import kz.schoolwatch.ui.common.Mnemonics;
import kz.schoolwatch.ui.report.MonthlySummaryView;
import kz.schoolwatch.ui.shell.MainWindow;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An officer with no mouse: signs in, opens the visits, fills a visit and saves it, opens it again from the table,
 * then opens the monthly summary, moves to this month and saves it as PDF — by key presses only (Tab, arrows,
 * Enter, Ctrl+digit, Alt with a caption's letter), checked in the table, the database and the file.
 */
class KeyboardWorkflowUiTest {

    private static final String FINDINGS = "Пост охраны на месте, журнал ведётся";
    private static final String ACTIONS = "Проверить видеонаблюдение через месяц";

    @TempDir
    Path saved;

    @RegisterExtension
    final RunningApp app = RunningApp.notStarted().withDemoCity();

    private Node focusOwner() {
        return app.stage().getScene().getFocusOwner();
    }

    private static boolean within(Node node, String id) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (id.equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    /** Presses Tab until the focus is in the control {@code id}, as a user tabs to a field. */
    private void tabTo(String id) throws Exception {
        for (int i = 0; i < 60; i++) {
            if (onFx(() -> within(focusOwner(), id))) {
                return;
            }
            app.type(KeyCode.TAB);
        }
        throw new AssertionError("Tab never reached #" + id + "; the focus is on " + onFx(this::focusOwner));
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    /** Holds Alt, presses the letter underlined in the caption of button {@code id}, lets Alt go. */
    private void altLetterOf(String id) throws Exception {
        Labeled button = app.lookup(id).queryAs(Labeled.class);
        app.press(KeyCode.ALT);
        app.await(() -> Mnemonics.keyOf(button).isPresent());
        KeyCode letter = onFx(() -> Mnemonics.keyOf(button).orElseThrow());
        app.type(letter).release(KeyCode.ALT);
    }

    private void ctrlScreenKey(String screen) throws Exception {
        MainWindow window = app.lookup("#mainWindow").queryAs(MainWindow.class);
        int place = onFx(() -> window.screenIds().indexOf(screen)) + 1;
        app.press(KeyCode.CONTROL).type(KeyCode.valueOf("DIGIT" + place)).release(KeyCode.CONTROL);
        app.await(() -> window.currentScreen().orElse("").equals(screen));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOfficerLogsAVisitAndSavesTheMonthlySummaryByKeyboardAlone() throws Exception {
        TestSessions.prepare(app.folder(), true);
        app.launch();
        // Sign in: the login field has the focus; Tab to the password; Enter signs in.
        app.await(() -> app.exists("#signInLogin") && app.lookup("#signInLogin").query().isFocused());
        app.write(TestSessions.HEAD).type(KeyCode.TAB).write(TestSessions.PASSWORD).type(KeyCode.ENTER);
        app.awaitDashboard();

        ctrlScreenKey("visits");
        TableView<Visit> table = app.lookup("#visitsTable").queryTableView();
        ComboBox<Lookup> officer = app.lookup("#visitOfficer").queryAs(ComboBox.class);
        app.await(() -> !table.getItems().isEmpty() && officer.getItems().size() > 1);
        int before;
        int schoolNumber;
        try (Connection c = app.jdbc()) {
            before = WorkDriver.count(c, "SELECT COUNT(*) FROM school_visit");
            schoolNumber = WorkDriver.count(c, "SELECT MAX(school_number) FROM school");
        }

        // The officer: F4 opens the list, Down and Enter take the first.
        tabTo("visitOfficer");
        app.type(KeyCode.F4).type(KeyCode.DOWN).type(KeyCode.ENTER);
        app.await(() -> officer.getValue() != null);
        String officerName = onFx(() -> officer.getValue().name());
        // The school by its number; date, time and purpose are filled in already.
        tabTo("visitSchool");
        // Down opens its list with the search field; the number, then Enter, picks the school.
        app.type(KeyCode.DOWN).write("№" + schoolNumber + " —").type(KeyCode.ENTER);
        app.await(() -> app.lookup("#visitSchool").queryAs(ComboBox.class).getValue() != null);
        tabTo("visitFindings");
        app.write(FINDINGS);
        // Tab leaves the findings for the agreed actions, and types no tab into the text.
        app.type(KeyCode.TAB);
        app.await(() -> within(focusOwner(), "visitActions"));
        app.write(ACTIONS);
        assertThat(app.lookup("#visitFindings").queryAs(TextArea.class).getText()).isEqualTo(FINDINGS);
        // «Сохранить» by Alt and its letter.
        altLetterOf("#visitSave");
        app.await(() -> app.lookup("#visitFindings").queryAs(TextArea.class).getText().isEmpty());

        try (Connection c = app.jdbc()) {
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM school_visit")).isEqualTo(before + 1);
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM school_visit v JOIN school s ON s.id = v.school_id "
                    + "WHERE s.school_number = " + schoolNumber + " AND v.findings = '" + FINDINGS + "' AND v.agreed_actions = '"
                    + ACTIONS + "'")).isEqualTo(1);
        }
        // In the table, first as the newest; Enter on it opens it in the form again.
        app.await(() -> table.getItems().stream().anyMatch(v -> FINDINGS.equals(v.findings())));
        Visit logged = onFx(() -> table.getItems().stream().filter(v -> FINDINGS.equals(v.findings())).findFirst().orElseThrow());
        assertThat(logged.schoolNumber()).isEqualTo(schoolNumber);
        assertThat(logged.officerName()).isEqualTo(officerName);
        tabTo("visitsTable");
        app.type(KeyCode.HOME);
        int row = onFx(() -> table.getItems().indexOf(logged));
        for (int i = 0; i < row; i++) {
            app.type(KeyCode.DOWN);
        }
        app.await(() -> table.getSelectionModel().getSelectedItem() == logged);
        app.type(KeyCode.ENTER);
        app.await(() -> app.lookup("#visitFindings").queryAs(TextArea.class).getText().equals(FINDINGS));

        // The monthly summary: Ctrl+digit, Alt+→ to this month, «Сохранить PDF» by Alt and its letter.
        ctrlScreenKey("monthlySummary");
        app.await(() -> app.exists("#reportSection-leisure"));
        app.interact(() -> app.lookup("#monthlySummaryView").queryAs(MonthlySummaryView.class)
                .setSaveDialog((format, name, folder, owner) -> Optional.of(saved.resolve(name))));
        ComboBox<YearMonth> month = app.lookup("#reportMonth").queryAs(ComboBox.class);
        app.await(() -> month.getValue() != null && !app.lookup("#reportSavePdf").query().isDisabled());
        app.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        app.await(() -> YearMonth.now().equals(month.getValue()) && !app.lookup("#reportLoading").query().isVisible()
                && !app.lookup("#reportSavePdf").query().isDisabled());
        altLetterOf("#reportSavePdf");
        Path pdf = saved.resolve("svodka-" + YearMonth.now() + ".pdf");
        app.await(() -> Files.exists(pdf) && app.text("#reportStatus").contains(pdf.getFileName().toString()));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Алматы (весь город)", "подготовил: Начальник (демо)");
        }
    }
}
