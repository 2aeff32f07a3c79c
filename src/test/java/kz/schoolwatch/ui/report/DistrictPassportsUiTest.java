// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Optional;

import javafx.scene.control.ComboBox;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.report.ReportScope;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.WorkDriver;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Issue 21: the monthly summary's screen saves the passports of the district chosen as its scope, as one file. */
class DistrictPassportsUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.signedInAs(TestSessions.HEAD).withDemoCity();

    @TempDir
    Path saved;

    @Test
    @SuppressWarnings("unchecked")
    void aDistrictChosenAsTheScopeHasItsSchoolsPassportsSavedInOneFile() throws Exception {
        FxRobot robot = app;
        WorkDriver.waitUntil(90, () -> !robot.lookup("#navMonthlySummary").queryAll().isEmpty());
        robot.clickOn("#navMonthlySummary");
        WorkDriver.waitUntil(60, () -> !robot.lookup("#districtPassportsSave").queryAll().isEmpty());
        // Until a district is the scope there is nothing to save.
        assertThat(robot.lookup("#districtPassportsSave").query().isDisabled()).isTrue();
        MonthlySummaryView view = robot.lookup("#monthlySummaryView").queryAs(MonthlySummaryView.class);
        robot.interact(() -> {
            view.districtPassports().setSaveDialog((format, name, folder, owner) -> Optional.of(saved.resolve(name)));
            ((ComboBox<ReportScope.Kind>) robot.lookup("#reportScopeKind").query()).setValue(ReportScope.Kind.DISTRICT);
        });
        ComboBox<ReportScope> target = robot.lookup("#reportScopeTarget").query();
        WorkDriver.waitUntil(30, () -> target.getValue() != null && !robot.lookup("#districtPassportsSave").query().isDisabled());
        ReportScope district = target.getValue();

        robot.clickOn("#districtPassportsSave");
        WorkDriver.waitUntil(120, () -> robot.lookup("#districtPassportsStatus").queryLabeled().getText().startsWith(
                Texts.of("passport.saved", "").trim()));
        Path file;
        try (var files = Files.list(saved)) {
            file = files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        int schools;
        try (Connection c = app.jdbc()) {
            schools = WorkDriver.count(c, "SELECT COUNT(*) FROM school WHERE archived_on IS NULL AND district_id = " + district.id());
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND subject = 'district_passports'"))
                    .isEqualTo(1);
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(schools + 1);
            PDFTextStripper cover = new PDFTextStripper();
            cover.setEndPage(1);
            assertThat(cover.getText(pdf).replace('\u00a0', ' ')).contains(Texts.of("passport.district.title"),
                    Texts.of("passport.district.schools", schools));
        }
    }
}
