// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.domain.SchoolCompliance;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.report.MonthlySummaryUiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A head opens «Соответствие требованиям» on the demo city at laptop size, moves the date back, saves the table. */
class ComplianceUiTest {

    @TempDir
    Path saved;

    @RegisterExtension
    final RunningApp app = RunningApp.notStarted().withDemoCity();

    private final FxRobot robot = app;

    private boolean present(String query) {
        return !robot.lookup(query).queryAll().isEmpty();
    }

    @SuppressWarnings("unchecked")
    private TableView<List<Object>> table(String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void changingTheDateChangesTheTablesAndTheTableIsSaved() throws Exception {
        TestSessions.prepare(app.folder(), true);
        app.launch().signIn(TestSessions.HEAD);
        robot.interact(() -> {
            app.stage().setWidth(1366);
            app.stage().setHeight(768);
        });
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> present("#navCompliance"));
        robot.clickOn("#navCompliance");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> present("#complianceDistricts")
                && !table("#complianceDistricts").getItems().isEmpty());
        robot.interact(() -> robot.lookup("#complianceView").queryAs(ComplianceView.class)
                .setSaveDialog((format, name, folder, owner) -> Optional.of(saved.resolve(name))));

        // Today: the city's total row counts every open school of the demo city.
        TableView<List<Object>> districts = table("#complianceDistricts");
        List<Object> total = districts.getItems().get(districts.getItems().size() - 1);
        assertThat(total.get(0)).isEqualTo(Texts.of("report.total"));
        assertThat(total.get(1)).isEqualTo(201);
        assertThat(table("#complianceItems").getItems()).hasSize(12);
        TableView<SchoolCompliance> gaps = robot.lookup("#complianceGaps").queryAs(TableView.class);
        assertThat(gaps.getItems()).isNotEmpty();
        MonthlySummaryUiTest.snapshot(robot.lookup("#complianceView").query(), "compliance");
        // Every part of the screen is inside the window at 1366×768.
        var bounds = robot.lookup("#complianceSavePdf").query().localToScene(robot.lookup("#complianceSavePdf").query().getBoundsInLocal());
        assertThat(bounds.getMaxY()).isLessThanOrEqualTo(robot.lookup("#complianceView").query().getScene().getHeight());

        // Before the requirements were in force: nothing is judged, the tables change.
        robot.interact(() -> robot.lookup("#complianceAsOf").queryAs(DatePicker.class).setValue(LocalDate.of(2020, 12, 31)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table("#complianceItems").getItems().isEmpty()
                && gaps.getItems().isEmpty() && !robot.lookup("#complianceProgress").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#complianceSummary").queryAs(Label.class).getText()).startsWith(Texts.prefix("compliance.screen.summary"));

        // A quarter's end in one click, then the PDF.
        robot.clickOn("#complianceQuarter0");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table("#complianceItems").getItems().size() == 12
                && !robot.lookup("#complianceProgress").query().isVisible());
        robot.clickOn("#complianceSavePdf");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#complianceStatus").queryAs(Label.class).getText()
                .startsWith(Texts.prefix("compliance.screen.saved")));
        try (var files = Files.list(saved)) {
            assertThat(files.map(f -> f.getFileName().toString())).singleElement().asString().startsWith("sootvetstvie-").endsWith(".pdf");
        }
    }
}
