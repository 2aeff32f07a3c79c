// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.i18n.Messages;

/**
 * Three buttons under the program's name, on the sign-in form and in every screen: Қаз, Рус, Eng. Each language
 * is named in itself, as a reader who does not know the others looks for it. Choosing one asks the program to
 * switch ({@code onChosen}); the buttons follow whatever language the program speaks.
 */
public final class LanguagePicker extends HBox {

    private final Map<Language, ToggleButton> buttons = new EnumMap<>(Language.class);
    private final ToggleGroup group = new ToggleGroup();
    private Consumer<Language> onChosen = language -> { };

    /** A picker that follows every switch of the program's language (the window's own, built once). */
    public LanguagePicker(Messages messages) {
        this(messages, true);
    }

    /**
     * A picker of a screen, which is built again after each switch and so need not follow ({@code follow} false:
     * it shows the language it was built in and holds no listener on {@code messages}).
     */
    public LanguagePicker(Messages messages, boolean follow) {
        super(2);
        setId("languagePicker");
        getStyleClass().add("language-picker");
        setAlignment(Pos.CENTER_LEFT);
        for (Language language : Language.values()) {
            ToggleButton b = new ToggleButton(LanguageNames.shortName(language));
            b.setId("language" + Character.toUpperCase(language.code().charAt(0)) + language.code().substring(1));
            b.setToggleGroup(group);
            b.setMnemonicParsing(false);
            b.setTooltip(new Tooltip(LanguageNames.ownName(language)));
            b.setAccessibleText(LanguageNames.ownName(language));
            b.getStyleClass().add("language-button");
            b.setOnAction(e -> {
                // A toggle pressed again would be unselected: the language on show stays chosen.
                b.setSelected(true);
                onChosen.accept(language);
            });
            buttons.put(language, b);
            getChildren().add(b);
        }
        show(messages.language());
        if (follow) {
            messages.onSwitch(this::show);
        }
    }

    /** What to do when the user picks a language (the program's switch); called on the FX thread. */
    public void setOnChosen(Consumer<Language> onChosen) {
        this.onChosen = onChosen;
    }

    private void show(Language language) {
        buttons.get(language).setSelected(true);
    }
}
