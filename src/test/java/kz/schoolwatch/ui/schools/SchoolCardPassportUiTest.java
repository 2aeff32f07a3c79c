// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.TableView;
import javafx.stage.Window;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.WorkDriver;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Issue 21: «Паспорт безопасности (PDF)…» on a school's card saves the school's passport where the user says,
 * records the export in the audit trail, and the next save dialog opens in that folder.
 */
class SchoolCardPassportUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.signedInAs(TestSessions.HEAD).withDemoCity();

    @TempDir
    Path saved;

    @Test
    void thePassportButtonOnTheCardSavesTheSchoolsPassport() throws Exception {
        FxRobot robot = app;
        WorkDriver.waitUntil(90, () -> !robot.lookup("#navSchools").queryAll().isEmpty());
        robot.clickOn("#navSchools");
        TableView<SchoolRow> schools = robot.lookup("#schoolsTable").queryTableView();
        WorkDriver.waitUntil(30, () -> !schools.getItems().isEmpty());
        SchoolRow school = schools.getItems().get(0);
        robot.interact(() -> schools.getSelectionModel().select(0));
        robot.clickOn("#schoolsOpen");
        WorkDriver.waitUntil(20, () -> !robot.lookup("#schoolPassport").queryAll().isEmpty()
                && robot.lookup("#schoolPassport").query().isVisible());
        SchoolCardWindow card = (SchoolCardWindow) Window.getWindows().stream()
                .filter(w -> w instanceof SchoolCardWindow && w.isShowing()).findFirst().orElseThrow();
        List<Path> folders = new ArrayList<>();
        robot.interact(() -> card.passportExports().setSaveDialog((format, name, folder, owner) -> {
            folders.add(folder);
            return Optional.of(saved.resolve(name));
        }));

        robot.clickOn("#schoolPassport");
        robot.clickOn("#schoolPassportPdf");
        Path file = saved.resolve(Texts.of("passport.fileName", String.valueOf(school.number())));
        WorkDriver.waitUntil(60, () -> Files.exists(file)
                && Texts.of("passport.saved", file.getFileName()).equals(robot.lookup("#schoolCardMessage").queryLabeled().getText()));
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
            assertThat(text).contains(Texts.of("passport.title"), "№ " + school.number());
            assertThat(pdf.getNumberOfPages()).isBetween(1, 2);
        }
        try (Connection c = app.jdbc()) {
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND subject = 'school_passport'"))
                    .isEqualTo(1);
        }

        // The next save opens where the last one went.
        robot.clickOn("#schoolPassport");
        robot.clickOn("#schoolPassportPdf");
        WorkDriver.waitUntil(30, () -> folders.size() == 2);
        assertThat(folders.get(1)).isEqualTo(saved.toAbsolutePath());
    }
}
