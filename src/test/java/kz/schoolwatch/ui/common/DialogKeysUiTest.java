// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import kz.schoolwatch.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Every kind of dialog the program shows answers Enter with its default button and Escape with its way out. */
class DialogKeysUiTest {

    private final Messages messages = Messages.russian();
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void stage() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Opens a dialog with {@code open} (which blocks until it closes), presses {@code key}, returns its answer. */
    private <T> T answer(Supplier<T> open, KeyCode key) throws Exception {
        List<Window> before = List.copyOf(Window.getWindows());
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(open.get()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Window.getWindows().stream().anyMatch(w -> w.isShowing() && w.isFocused() && !before.contains(w)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(key);
        return answer.get(10, TimeUnit.SECONDS);
    }

    @Test
    void confirmationsTakeEnterAsYesAndEscapeAsNo() throws Exception {
        assertThat(answer(() -> Dialogs.confirm(null, messages, "Удалить?", "Отменить будет нельзя."), KeyCode.ENTER)).isTrue();
        assertThat(answer(() -> Dialogs.confirm(null, messages, "Удалить?", "Отменить будет нельзя."), KeyCode.ESCAPE)).isFalse();
        assertThat(answer(() -> Dialogs.confirm(null, messages, "Удалить запись?"), KeyCode.ENTER)).isTrue();
        assertThat(answer(() -> Dialogs.confirm(null, messages, "Удалить запись?"), KeyCode.ESCAPE)).isFalse();
        assertThat(answer(() -> Dialogs.offer(null, messages, "offerTest", "Печать", "Принтер не найден", "Сохраните в PDF.",
                "Сохранить PDF"), KeyCode.ENTER)).isTrue();
        assertThat(answer(() -> Dialogs.offer(null, messages, "offerTest", "Печать", "Принтер не найден", "Сохраните в PDF.",
                "Сохранить PDF"), KeyCode.ESCAPE)).isFalse();
    }

    @Test
    void anErrorClosesOnEnterAndOnEscape() throws Exception {
        assertThat(answer(() -> {
            Dialogs.error(null, messages, "Не удалось сохранить");
            return true;
        }, KeyCode.ENTER)).isTrue();
        assertThat(answer(() -> {
            Dialogs.error(null, messages, "Не удалось сохранить");
            return true;
        }, KeyCode.ESCAPE)).isTrue();
    }

    @Test
    void theUnsavedInputQuestionTakesEnterAsSaveAndEscapeAsCancel() throws Exception {
        assertThat(answer(() -> UnsavedDialog.ask(null, messages, "Форма не сохранена"), KeyCode.ENTER))
                .isEqualTo(UnsavedDialog.Answer.SAVE);
        assertThat(answer(() -> UnsavedDialog.ask(null, messages, "Форма не сохранена"), KeyCode.ESCAPE))
                .isEqualTo(UnsavedDialog.Answer.CANCEL);
    }

    @Test
    void aFormSavesOnEnterFromAFieldAndIsLeftWithEscape() throws Exception {
        AtomicInteger saves = new AtomicInteger();
        Supplier<Boolean> form = () -> {
            TextField field = new TextField();
            field.setId("dialogKeysField");
            return new FormDialog(null, messages, "Форма", "keys", field, new FormErrors(messages), new InStepTaskRunner(),
                    () -> () -> saves.incrementAndGet()).showAndWait().orElse(false);
        };
        assertThat(answer(form, KeyCode.ENTER)).isTrue();
        assertThat(saves).hasValue(1);
        assertThat(answer(form, KeyCode.ESCAPE)).isFalse();
        assertThat(saves).hasValue(1);
    }
}
