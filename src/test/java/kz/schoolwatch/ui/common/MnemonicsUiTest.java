// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.SceneFixture;
import kz.schoolwatch.ui.WorkDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Alt and a letter press a button in Kazakh, Russian and English alike, the letters never clash within a window,
 * a switch of language gives the new captions their own letters, and no caption is left with a «_».
 */
class MnemonicsUiTest {

    private static final List<String> CAPTIONS = List.of("common.save", "common.cancel", "common.edit", "common.delete",
            "common.filter.reset", "visit.form.clear", "common.close");

    private final FxRobot robot = new FxRobot();
    private final Messages messages = Messages.russian();
    private final List<Button> buttons = new ArrayList<>();
    private final List<String> pressed = new ArrayList<>();
    private Stage stage;

    @AfterEach
    void hide() throws Exception {
        // A failed step may leave Alt down, which would turn the next test's typing into Alt+letters.
        robot.release(KeyCode.ALT);
        if (stage != null) {
            SceneFixture.hide(stage);
        }
    }

    private void show() throws Exception {
        stage = SceneFixture.show(() -> {
            HBox row = new HBox(8);
            for (String key : CAPTIONS) {
                Button b = new Button(messages.get(key));
                b.setId(key);
                b.setOnAction(e -> pressed.add(key));
                buttons.add(b);
                row.getChildren().add(b);
            }
            TextField field = new TextField();
            field.setId("field");
            messages.onSwitch(l -> {
                for (int i = 0; i < CAPTIONS.size(); i++) {
                    buttons.get(i).setText(messages.get(CAPTIONS.get(i)));
                }
            });
            return new VBox(8, field, row);
        });
        robot.interact(() -> Mnemonics.install(stage.getScene()));
        robot.clickOn("#field");
    }

    @Test
    void everyButtonGetsItsOwnLetterInEachLanguageAndAltWithItPressesIt() throws Exception {
        show();
        for (Language language : List.of(Language.RUSSIAN, Language.KAZAKH, Language.ENGLISH)) {
            robot.interact(() -> messages.switchTo(language));
            robot.press(KeyCode.ALT);
            WorkDriver.waitUntil(5, () -> buttons.stream().allMatch(b -> Mnemonics.keyOf(b).isPresent()));
            Set<KeyCode> keys = new HashSet<>();
            buttons.forEach(b -> keys.add(Mnemonics.keyOf(b).orElseThrow()));
            assertThat(keys).as("one letter per button in " + language).hasSize(CAPTIONS.size());
            // Each letter underlined is one of the caption's own.
            for (Button b : buttons) {
                String text = b.getText();
                int at = text.indexOf('_');
                assertThat(at).isGreaterThanOrEqualTo(0);
                assertThat(Mnemonics.keyFor(text.charAt(at + 1))).contains(Mnemonics.keyOf(b).orElseThrow());
            }
            KeyCode delete = Mnemonics.keyOf(buttons.get(3)).orElseThrow();
            robot.type(delete);
            robot.release(KeyCode.ALT);
            WorkDriver.waitUntil(5, () -> pressed.contains("common.delete"));
            pressed.clear();
            // Released: the captions are the bundle's, with no «_» left.
            for (int i = 0; i < CAPTIONS.size(); i++) {
                assertThat(buttons.get(i).getText()).isEqualTo(messages.get(CAPTIONS.get(i)));
            }
        }
    }

    @Test
    void cyrillicLettersAreTheirKeysOnTheRussianKeyboard() {
        assertThat(Mnemonics.keyFor('С')).contains(KeyCode.C);
        assertThat(Mnemonics.keyFor('о')).contains(KeyCode.J);
        assertThat(Mnemonics.keyFor('Я')).contains(KeyCode.Z);
        assertThat(Mnemonics.keyFor('s')).contains(KeyCode.S);
        // Kazakh letters have no place of their own among the letter keys: another letter of the caption is taken.
        assertThat(Mnemonics.keyFor('Ө')).isEmpty();
        assertThat(Mnemonics.choose("Өзгерту", Set.of())).isEqualTo(1);
        assertThat(Mnemonics.choose("Сохранить", Set.of(KeyCode.C))).isEqualTo(1);
        assertThat(Mnemonics.choose("Сброс фильтра", Set.of(KeyCode.C))).isEqualTo(6);
    }

    @Test
    void aDisabledButtonTakesNoLetterAndLeavesItToAnother() throws Exception {
        show();
        robot.interact(() -> buttons.get(0).setDisable(true));
        robot.press(KeyCode.ALT);
        WorkDriver.waitUntil(5, () -> Mnemonics.keyOf(buttons.get(1)).isPresent());
        assertThat(Mnemonics.keyOf(buttons.get(0))).isEmpty();
        // «Сохранить» disabled: «Сбросить» (or another С-word) may now take С.
        assertThat(buttons.stream().skip(1).map(Mnemonics::keyOf)).anyMatch(k -> k.orElse(null) == KeyCode.C);
        robot.release(KeyCode.ALT);
        WorkDriver.waitUntil(5, () -> !buttons.get(1).getText().contains("_"));
    }
}
