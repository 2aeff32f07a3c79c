// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.domain.RequirementItem;
import kz.schoolwatch.domain.RequirementSet;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.WorkDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * «Требования» as the administrator uses it at 1366×768: the figure of the archive requirement changed through its
 * dialog (a wrong one refused next to the field), then a new edition from a later day, copying the items.
 */
class RequirementsUiTest {

    @RegisterExtension
    final RunningApp driver = RunningApp.notStarted().withDemoCity();
    private FxRobot robot;

    @SuppressWarnings("unchecked")
    private TableView<RequirementItem> items() {
        return robot.lookup("#requirementItems").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<RequirementSet> sets() {
        return robot.lookup("#requirementSets").queryAs(TableView.class);
    }

    private boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(n -> n.isVisible()).orElse(false);
    }

    private Integer storedArchiveDays(String validFrom) throws Exception {
        try (Connection c = driver.jdbc(); var s = c.prepareStatement("SELECT i.threshold FROM requirement_item i"
                + " JOIN requirement_set s ON s.id = i.set_id WHERE i.code = 'ARCHIVE' AND s.valid_from = DATE '" + validFrom + "'");
             var rs = s.executeQuery()) {
            return rs.next() ? rs.getInt(1) : null;
        }
    }

    @Test
    void theAdministratorChangesTheArchiveDaysAndAddsANewEdition() throws Exception {
        robot = driver.startAs(TestSessions.ADMIN);
        Stage stage = driver.stage();
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        robot.clickOn("#navRequirements");
        WorkDriver.waitUntil(30, () -> exists("#requirementItems") && items().getItems().size() == 12);
        assertThat(sets().getItems()).hasSize(1);
        assertThat(robot.lookup("#requirementsRegionalCentre").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        driver.snapshot("requirements-1366x768");

        RequirementItem archive = items().getItems().get(6);
        assertThat(archive.code()).isEqualTo("ARCHIVE");
        robot.interact(() -> items().getSelectionModel().select(archive));
        robot.clickOn("#requirementEdit");
        WorkDriver.waitUntil(20, () -> visible("#requirementThreshold"));
        assertThat(driver.text("#requirementTitle")).isEqualTo(Texts.of("requirement.item.ARCHIVE"));
        driver.retype("#requirementThreshold", "0");
        robot.clickOn("#requirementItemSave");
        WorkDriver.waitUntil(20, () -> visible("#requirementThresholdError"));
        assertThat(robot.lookup("#requirementThresholdError").queryAs(Label.class).getText())
                .isEqualTo(Texts.of("validation.range", 1, 3650));
        driver.screenshot("#requirementThreshold", "requirement-item-dialog");
        assertThat(storedArchiveDays("2021-05-06")).isEqualTo(30);

        driver.retype("#requirementThreshold", "60");
        robot.clickOn("#requirementItemSave");
        WorkDriver.waitUntil(20, () -> !exists("#requirementThreshold") && items().getItems().size() == 12
                && Integer.valueOf(60).equals(items().getItems().get(6).threshold()));
        assertThat(storedArchiveDays("2021-05-06")).isEqualTo(60);

        robot.clickOn("#requirementsNewEdition");
        WorkDriver.waitUntil(20, () -> visible("#editionValidFromText"));
        driver.retype("#editionName", "Требования 2030 года");
        driver.retype("#editionValidFromText", "01.01.2030");
        robot.clickOn("#editionSave");
        WorkDriver.waitUntil(20, () -> !exists("#editionValidFromText") && sets().getItems().size() == 2
                && sets().getSelectionModel().getSelectedItem() != null
                && "Требования 2030 года".equals(sets().getSelectionModel().getSelectedItem().name())
                && items().getItems().size() == 12);
        assertThat(storedArchiveDays("2030-01-01")).isEqualTo(60);
        assertThat(WorkDriver.count(driver.jdbc(), "SELECT COUNT(*) FROM requirement_set")).isEqualTo(2);
        assertThat(robot.lookup("#requirementsDeleteSet").query().isDisabled()).as("the new edition is not in force yet").isFalse();
        driver.snapshot("requirements-new-edition-1366x768");
    }

    private boolean exists(String query) {
        return !robot.lookup(query).queryAll().isEmpty();
    }
}
