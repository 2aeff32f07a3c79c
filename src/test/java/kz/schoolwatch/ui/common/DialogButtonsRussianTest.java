// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.ReferenceList;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.ReferenceListRepository;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.ReferenceListService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15: no English inside the Russian program. The alerts and dialogs say everything, buttons first, in
 * Russian: JavaFX's own captions («OK», «Cancel», «Close», «Yes», «No») and titles («Confirmation», «Error»)
 * never show. Each dialog is opened as the program opens it and every text in it is read.
 */
class DialogButtonsRussianTest {

    private static final Set<String> JAVAFX_DEFAULTS = Set.of("OK", "Cancel", "Close", "Yes", "No", "Apply", "Finish", "Next",
            "Previous", "Confirmation", "Error", "Information", "Warning", "Message", "Select an Option", "Show Details", "Hide Details");

    @TempDir
    Path folder;

    private final Messages messages = Messages.russian();
    private final FxRobot robot = new FxRobot();

    /** Opens a dialog with {@code open} (which blocks until it closes), reads its texts, closes it with its «no» button. */
    private List<String> texts(Runnable open) throws Exception {
        List<Window> before = List.copyOf(Window.getWindows());
        Platform.runLater(open);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Window.getWindows().stream().anyMatch(w -> w.isShowing() && !before.contains(w)));
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = Window.getWindows().stream().filter(w -> w.isShowing() && !before.contains(w)).findFirst().orElseThrow();
        List<String> texts = new ArrayList<>();
        List<Button> buttons = new ArrayList<>();
        robot.interact(() -> {
            if (dialog instanceof Stage stage) {
                texts.add("title:" + stage.getTitle());
            }
            for (var n : all(dialog.getScene().getRoot())) {
                if (n instanceof Labeled l && l.isVisible() && l.getText() != null && !l.getText().isBlank()) {
                    texts.add(l instanceof Button ? "button:" + l.getText() : l.getText());
                    if (l instanceof Button b) {
                        buttons.add(b);
                    }
                }
            }
        });
        Button way = buttons.stream().filter(b -> {
            ButtonBar.ButtonData d = ButtonBar.getButtonData(b);
            return d == ButtonBar.ButtonData.CANCEL_CLOSE || d == ButtonBar.ButtonData.NO;
        }).findFirst().orElse(buttons.get(buttons.size() - 1));
        robot.clickOn(way);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());
        return texts;
    }

    private static List<Node> all(Node node) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(node);
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> nodes.addAll(all(c)));
        }
        return nodes;
    }

    private static void assertRussian(List<String> texts) {
        assertThat(texts).filteredOn(t -> t.startsWith("button:")).isNotEmpty()
                .allSatisfy(t -> assertThat(t).as("a button in Russian").containsPattern("[А-Яа-яЁё]"));
        assertThat(texts).allSatisfy(t -> assertThat(t.replaceFirst("^(button|title):", "")).as("no JavaFX default caption")
                .isNotIn(JAVAFX_DEFAULTS));
    }

    @Test
    void alertsAndDialogsSpeakRussianOnEveryButton() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<String> error = texts(() -> Dialogs.error(null, messages, "Не удалось сохранить"));
        assertRussian(error);
        assertThat(error).contains("button:Закрыть");
        List<String> confirm = texts(() -> Dialogs.confirm(null, messages, "Удалить?", "Отменить будет нельзя."));
        assertRussian(confirm);
        assertThat(confirm).contains("button:Да", "button:Нет");
        assertRussian(texts(() -> Dialogs.confirm(null, messages, "Удалить запись?")));
        List<String> offer = texts(() -> Dialogs.offer(null, messages, "offerTest", "Печать", "Принтер не найден", "Сохраните в PDF.",
                "Сохранить PDF"));
        assertRussian(offer);
        assertThat(offer).contains("button:Сохранить PDF", "button:Закрыть");
        List<String> form = texts(() -> new FormDialog(null, messages, "Форма", "test", new Label("Поле"), new FormErrors(messages),
                new ExecutorTaskRunner(1), () -> () -> null).showAndWait());
        assertRussian(form);
        assertThat(form).contains("button:Сохранить", "button:Отмена");

        try (Database db = TestDatabases.open(folder); ExecutorTaskRunner tasks = new ExecutorTaskRunner(1)) {
            ReferenceListService service = new ReferenceListService(db, new ReferenceListRepository(db), new DataChanges(),
                    TestDatabases.head());
            List<String> reference = texts(() -> new ReferenceListDialog(new ReferenceListViewModel(service, ReferenceList.VISIT_PURPOSE, tasks), messages).showAndWait());
            assertRussian(reference);
            assertThat(reference).contains("button:Закрыть");
        }
    }
}
