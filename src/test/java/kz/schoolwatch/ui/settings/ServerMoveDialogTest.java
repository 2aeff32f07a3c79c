// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.Texts;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.PostgresServer;
import kz.schoolwatch.persistence.store.ServerAddress;
import kz.schoolwatch.service.security.ServerMoveService;
import kz.schoolwatch.ui.WorkDriver;
import kz.schoolwatch.ui.common.ExecutorTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The administrator's move dialog in a window: an empty «Перенести» names the missing fields next to them; filled
 * in for the test server, the move runs and the dialog ends with the rows per table and the chain's check.
 */
class ServerMoveDialogTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private ServerMoveDialog dialog;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        if (dialog != null) {
            robot.interact(dialog::close);
        }
    }

    private boolean shown(String id, String text) {
        return robot.lookup(id).tryQuery().filter(Node::isVisible).map(n -> ((Label) n).getText().equals(text)).orElse(false);
    }

    @Test
    void missingFieldsAreNamedAndAFilledDialogMovesThePcToTheServer() throws Exception {
        ServerAddress address = PostgresServer.newDatabase();
        try (Database pc = TestDatabases.open(folder); ExecutorTaskRunner tasks = new ExecutorTaskRunner(1)) {
            ServerMoveService moves = new ServerMoveService(pc, (t, login, password) ->
                    Database.connect(new ServerAddress(t.host(), t.port(), t.database(), t.caCertificate(), t.allowUnencrypted()), login, password), TestDatabases.admin());
            Messages messages = Messages.russian();
            robot.interact(() -> {
                dialog = new ServerMoveDialog(new ServerMoveViewModel(moves, tasks, messages), messages, owner -> Optional.empty());
                dialog.show();
            });
            WaitForAsyncUtils.waitForFxEvents();

            robot.clickOn("#moveStart");
            WorkDriver.waitUntil(10, () -> shown("#moveHostError", Texts.of("move.error.required")));
            assertThat(shown("#movePasswordError", Texts.of("move.error.required"))).isTrue();
            assertThat(shown("#moveCaError", Texts.of("move.error.ca"))).isTrue();

            robot.clickOn("#moveHost").write(address.host());
            robot.doubleClickOn("#movePort").write(Integer.toString(address.port()));
            robot.doubleClickOn("#moveDatabase").write(address.database());
            robot.doubleClickOn("#moveLogin").write(PostgresServer.LOGIN);
            robot.clickOn("#movePassword").write("test");
            robot.clickOn("#moveAllowUnencrypted");
            assertThat(robot.lookup("#moveCa").query().isDisabled()).isTrue();
            robot.clickOn("#moveStart");

            WorkDriver.waitUntil(60, () -> robot.lookup("#moveMessage").queryAs(Label.class).getText().contains("цепочка не нарушена"));
            assertThat(robot.lookup("#moveTables").queryAs(ListView.class).getItems()).contains(Texts.of("audit.subject.district") + ": 8");
            assertThat(robot.lookup("#moveStart").query().isDisabled()).isTrue();
            assertThat(robot.lookup("#moveCancel").query().isVisible()).isFalse();
        }
    }
}
