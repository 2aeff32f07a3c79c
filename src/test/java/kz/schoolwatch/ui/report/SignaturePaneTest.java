// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.Texts;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.report.MonthlySummaryRepository;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.MonthlySummaryService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.ui.SceneFixture;
import kz.schoolwatch.ui.WorkDriver;
import kz.schoolwatch.ui.common.ExecutorTaskRunner;
import kz.schoolwatch.ui.common.SignatureViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A head sets the signature of their summaries on the summary screen: wrong values are explained next to their
 * field and nothing is saved; right ones are saved for their account and sign the next summary.
 */
class SignaturePaneTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @AfterEach
    void hide() throws Exception {
        if (stage != null) {
            SceneFixture.hide(stage);
        }
    }

    private void retype(String id, String text) {
        robot.clickOn(id).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            robot.write(text);
        }
    }

    private boolean errorShown(String id, String text) {
        return robot.lookup(id).tryQuery().filter(Node::isVisible).map(n -> ((Label) n).getText().equals(text)).orElse(false);
    }

    @Test
    void wrongSignatureIsExplainedAtTheFieldAndARightOneSignsTheNextSummary() throws Exception {
        Clock clock = Clock.systemDefaultZone();
        try (Database db = TestDatabases.open(folder); ExecutorTaskRunner tasks = new ExecutorTaskRunner(1)) {
            Access head = new Access(new UserAccount(7, "beketov", "Бекетов А. С.", Role.HEAD, null, null, true, false,
                    LocalDateTime.now()), id -> null);
            SettingsService settings = new SettingsService(new SettingsRepository(db), new DataChanges(), head);
            MonthlySummaryService summaries = new MonthlySummaryService(new MonthlySummaryRepository(db), settings, clock, "г. Алматы", head);
            Messages messages = Messages.russian();
            stage = SceneFixture.show(() -> new VBox(new SignaturePane(new SignatureViewModel(summaries, settings, tasks, new DataChanges()), messages)));
            // Folded, it says who signs now: the account's name until it sets a signature.
            WorkDriver.waitUntil(10, () -> robot.lookup("#signaturePane").queryAs(TitledPane.class).getText()
                    .equals(Texts.of("report.signature.summary", "Бекетов А. С.")));
            robot.clickOn("#signaturePane .title");
            WorkDriver.waitUntil(10, () -> robot.lookup("#signatureRank").tryQuery().map(Node::isVisible).orElse(false));

            retype("#signatureRank", "");
            retype("#signatureName", "Б".repeat(101));
            robot.clickOn("#signatureSave");
            WorkDriver.waitUntil(10, () -> errorShown("#signatureRankError", Texts.of("validation.required"))
                    && errorShown("#signatureNameError", Texts.of("validation.tooLong", 100)));
            assertThat(settings.signatureName()).isEmpty();
            assertThat(settings.signatureRank()).isEmpty();

            retype("#signatureRank", "подполковник полиции");
            retype("#signatureName", "А. Бекетов");
            robot.clickOn("#signatureSave");
            WorkDriver.waitUntil(10, () -> robot.lookup("#signatureSaved").queryAs(Label.class).isVisible());
            assertThat(robot.lookup("#signatureRankError").queryAs(Label.class).isVisible()).isFalse();
            assertThat(settings.signatureRank()).isEqualTo("подполковник полиции");
            assertThat(settings.signatureName()).isEqualTo("А. Бекетов");
            assertThat(summaries.summarize(YearMonth.now(clock), summaries.cityScope()).preparedBy())
                    .isEqualTo("подполковник полиции А. Бекетов");
            assertThat(robot.lookup("#signaturePane").queryAs(TitledPane.class).getText())
                    .isEqualTo(Texts.of("report.signature.summary", "подполковник полиции А. Бекетов"));
            MonthlySummaryUiTest.snapshot(robot.lookup("#signaturePane").query(), "signature-pane");
        }
    }
}
