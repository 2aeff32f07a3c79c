// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.WorkDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * «Настройки» as each role meets it: every officer finds «Моя подпись под сводкой» there and signs with it (kept
 * with their own account, shown on the summary screen); the lock time, backups, overdue-check days and restore
 * are the administrator's alone.
 */
class SettingsUiTest {

    private static final String[] ADMIN_PARTS = {"#settingsAdminSection", "#settingsIdleMinutes", "#settingsKeep",
            "#settingsOverdueDays", "#backupNow", "#restoreSelected", "#restoreFromFile", "#backupsTable"};

    @RegisterExtension
    final RunningApp driver = RunningApp.notStarted().withDemoCity();
    private FxRobot robot;

    private void start(String login) throws Exception {
        robot = driver.startAs(login);
        Stage stage = driver.stage();
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
    }

    private boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private String field(String query) {
        return robot.lookup(query).queryTextInputControl().getText();
    }

    /** The signature kept for {@code login}'s account, by setting key. */
    private Map<String, String> storedSignature(String login) throws Exception {
        Map<String, String> values = new HashMap<>();
        try (Connection c = driver.jdbc(); PreparedStatement s = c.prepareStatement(
                "SELECT a.setting_key, a.setting_value FROM account_setting a JOIN app_user u ON u.id = a.user_id"
                        + " WHERE u.login = ? AND a.setting_key LIKE 'report.signature.%'")) {
            s.setString(1, login);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return values;
    }

    private void openSettings() throws Exception {
        robot.clickOn("#navSettings");
        WorkDriver.waitUntil(20, () -> visible("#settingsView #signatureRank") && !field("#settingsView #signatureName").isBlank());
    }

    @Test
    void anInspectorSignsInSettingsWithoutSeeingTheAdministratorsPart() throws Exception {
        start(TestSessions.INSPECTOR);
        openSettings();
        assertThat(visible("#settingsSignatureSection")).isTrue();
        assertThat(robot.lookup("#settingsSignatureSection .section-title").queryAs(Label.class).getText())
                .isEqualTo(Texts.of("settings.signature.title"));
        for (String part : ADMIN_PARTS) {
            assertThat(robot.lookup(part).queryAll()).as(part).isEmpty();
        }
        driver.snapshot("settings-inspector-1366x768");

        // Both fields are required: the message stands next to the field, and nothing is saved.
        driver.retype("#settingsView #signatureRank", "");
        robot.clickOn("#settingsView #signatureSave");
        WorkDriver.waitUntil(10, () -> visible("#signatureRankError"));
        assertThat(robot.lookup("#signatureRankError").queryAs(Label.class).getText()).isEqualTo(Texts.of("validation.required"));
        assertThat(storedSignature(TestSessions.INSPECTOR)).isEmpty();

        driver.retype("#settingsView #signatureRank", "лейтенант полиции");
        assertThat(visible("#signatureRankError")).as("the message goes once the field is filled").isFalse();
        driver.retype("#settingsView #signatureName", "А. Бекетов");
        robot.clickOn("#settingsView #signatureSave");
        WorkDriver.waitUntil(20, () -> visible("#settingsView #signatureSaved"));
        assertThat(storedSignature(TestSessions.INSPECTOR)).containsOnly(
                Map.entry("report.signature.rank", "лейтенант полиции"), Map.entry("report.signature.name", "А. Бекетов"));
        // The head's account keeps its own signature (none set).
        assertThat(storedSignature(TestSessions.HEAD)).isEmpty();
        driver.snapshot("settings-inspector-saved-1366x768");
    }

    @Test
    void theSignatureSavedInSettingsIsTheOneTheSummaryScreenShows() throws Exception {
        start(TestSessions.HEAD);
        // The summary screen, once opened, stays built: it must follow a save made in Settings.
        robot.clickOn("#navMonthlySummary");
        WorkDriver.waitUntil(60, () -> !robot.lookup("#signaturePane").queryAll().isEmpty());
        openSettings();
        for (String part : ADMIN_PARTS) {
            assertThat(robot.lookup(part).queryAll()).as(part).isEmpty();
        }
        driver.retype("#settingsView #signatureRank", "подполковник полиции");
        driver.retype("#settingsView #signatureName", "Т. Исин");
        robot.clickOn("#settingsView #signatureSave");
        WorkDriver.waitUntil(20, () -> visible("#settingsView #signatureSaved"));
        assertThat(storedSignature(TestSessions.HEAD)).containsOnly(
                Map.entry("report.signature.rank", "подполковник полиции"), Map.entry("report.signature.name", "Т. Исин"));

        robot.clickOn("#navMonthlySummary");
        WorkDriver.waitUntil(20, () -> robot.lookup("#signaturePane").queryAs(TitledPane.class).getText()
                .equals(Texts.of("report.signature.summary", "подполковник полиции Т. Исин")));
        assertThat(field("#signaturePane #signatureRank")).isEqualTo("подполковник полиции");
        assertThat(field("#signaturePane #signatureName")).isEqualTo("Т. Исин");
    }

    @Test
    void theAdministratorSeesTheSignatureAndTheProgramsSettings() throws Exception {
        start(TestSessions.ADMIN);
        openSettings();
        WorkDriver.waitUntil(20, () -> "90".equals(field("#settingsOverdueDays")));
        assertThat(visible("#settingsSignatureSection")).isTrue();
        for (String part : ADMIN_PARTS) {
            assertThat(visible(part)).as(part).isTrue();
        }
        assertThat(robot.lookup("#settingsAdminSection .section-title").queryAs(Label.class).getText())
                .isEqualTo(Texts.of("settings.admin.title"));
        driver.snapshot("settings-admin-1366x768");
    }
}
