// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.WorkDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 21: the administrator sets the days a camera's fault may stay open, on the Settings screen at 1366×768. */
class FaultLimitSettingUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.notStarted().withDemoCity();

    @Test
    void theAdministratorSetsTheFaultLimitAndAWrongOneIsRefusedNextToTheField() throws Exception {
        app.startAs(TestSessions.ADMIN);
        app.interact(() -> {
            app.stage().setWidth(1366);
            app.stage().setHeight(768);
        });
        WorkDriver.waitUntil(60, () -> app.exists("#navSettings"));
        app.clickOn("#navSettings");
        WorkDriver.waitUntil(20, () -> "14".equals(app.lookup("#settingsFaultLimitDays").queryTextInputControl().getText()));
        app.retype("#settingsFaultLimitDays", "400");
        app.clickOn("#settingsSave");
        app.await(() -> app.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> Texts.of("validation.range", 0, 365).equals(l.getText())));
        app.retype("#settingsFaultLimitDays", "0");
        app.clickOn("#settingsSave");
        app.await(() -> Texts.of("settings.saved").equals(app.text("#settingsStatus")));
        app.screenshot("#settingsFaultLimitDays", "settings-fault-limit");
        try (Connection c = app.jdbc()) {
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM app_setting WHERE setting_key = 'camera.fault.limit.days'"
                    + " AND setting_value = '0'")).isEqualTo(1);
        }
    }
}
