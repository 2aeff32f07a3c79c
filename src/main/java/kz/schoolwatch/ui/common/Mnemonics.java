// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.Mnemonic;
import javafx.stage.Window;

/**
 * Alt and a letter presses a button, in every window and dialog and in each of the program's languages. The letters
 * are chosen when Alt goes down, from the captions shown at that moment (so a switch of language needs nothing
 * more): the caption's first letter when still free in the window, else a word's first letter, else any of its
 * letters. While Alt is held the letter is underlined; on release the captions are as they were, so no "_" is ever
 * left in a caption. A Cyrillic letter is bound to its key on the ЙЦУКЕН keyboard (С is the C key), which is how
 * Windows reports it under the Russian and the Kazakh layouts as under the English one.
 */
public final class Mnemonics {

    private static final String CYRILLIC = "ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ";
    private static final String LATIN_KEYS = "QWERTYUIOPASDFGHJKLZXCVBNM";
    /** The ЙЦУКЕН letters that sit on the punctuation keys of an English keyboard (Ж is the ; key, Б the comma). */
    private static final String CYRILLIC_ON_PUNCTUATION = "ХЪЖЭБЮЁ";
    private static final KeyCode[] PUNCTUATION_KEYS = {KeyCode.OPEN_BRACKET, KeyCode.CLOSE_BRACKET, KeyCode.SEMICOLON,
            KeyCode.QUOTE, KeyCode.COMMA, KeyCode.PERIOD, KeyCode.BACK_QUOTE};
    /** Set on a window's scene once installed, so that a scene is never given two. */
    private static final String INSTALLED = Mnemonics.class.getName();

    private static boolean everyWindow;

    private final Scene scene;
    /** The buttons given a letter while Alt is held, with their caption before. */
    private final Map<Labeled, Shown> shown = new IdentityHashMap<>();

    private record Shown(String caption, String underlined, boolean parsing, Mnemonic mnemonic) {
    }

    private Mnemonics(Scene scene) {
        this.scene = scene;
    }

    /** Gives the buttons of {@code scene} their Alt+letter keys. */
    public static void install(Scene scene) {
        if (scene == null || scene.getProperties().containsKey(INSTALLED)) {
            return;
        }
        Mnemonics mnemonics = new Mnemonics(scene);
        scene.getProperties().put(INSTALLED, mnemonics);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ALT && !e.isControlDown() && !e.isShortcutDown()) {
                mnemonics.show();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.ALT) {
                mnemonics.hide();
            }
        });
        scene.windowProperty().addListener((obs, was, window) -> {
            if (window != null) {
                // A dialog opened by Alt+letter takes the focus before Alt is released.
                window.focusedProperty().addListener((o, had, has) -> {
                    if (!has) {
                        mnemonics.hide();
                    }
                });
            }
        });
    }

    /** Gives every window of the program, dialogs included, its Alt+letter keys, and Tab out of text areas. */
    public static synchronized void installOnEveryWindow() {
        if (everyWindow) {
            return;
        }
        everyWindow = true;
        Window.getWindows().forEach(w -> installAll(w.getScene()));
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    installAll(w.getScene());
                    w.sceneProperty().addListener((obs, was, now) -> installAll(now));
                }
            }
        });
    }

    /** Alt+letter and Tab out of text areas on {@code scene}, once. */
    public static void installAll(Scene scene) {
        if (scene != null && !scene.getProperties().containsKey(INSTALLED)) {
            install(scene);
            TextAreaTab.install(scene);
        }
    }

    /** The letter Alt presses {@code button} with in its window, when Alt is held; empty otherwise. */
    public static Optional<KeyCode> keyOf(Labeled button) {
        if (button.getScene() == null || !(button.getScene().getProperties().get(INSTALLED) instanceof Mnemonics m)) {
            return Optional.empty();
        }
        Shown s = m.shown.get(button);
        return s == null ? Optional.empty() : Optional.of(((KeyCodeCombination) s.mnemonic().getKeyCombination()).getCode());
    }

    /** Chooses the letters for the buttons on show and underlines them. */
    void show() {
        hide();
        if (scene.getRoot() == null) {
            return;
        }
        List<Labeled> buttons = new ArrayList<>();
        collect(scene.getRoot(), buttons);
        Set<KeyCode> used = new HashSet<>();
        List<Labeled> free = new ArrayList<>();
        for (Labeled b : buttons) {
            int own = ownMnemonic(b);
            if (own >= 0) {
                keyFor(b.getText().charAt(own + 1)).ifPresent(used::add);
            } else if (!b.textProperty().isBound()) {
                free.add(b);
            }
        }
        // A dialog's default and cancel buttons choose first, then buttons, then check boxes and the like.
        free.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        for (Labeled b : free) {
            String caption = b.getText();
            int at = choose(caption, used);
            if (at < 0) {
                continue;
            }
            KeyCode key = keyFor(caption.charAt(at)).orElseThrow();
            used.add(key);
            String underlined = caption.substring(0, at) + "_" + caption.substring(at);
            Mnemonic mnemonic = new Mnemonic(b, new KeyCodeCombination(key, KeyCombination.ALT_DOWN));
            shown.put(b, new Shown(caption, underlined, b.isMnemonicParsing(), mnemonic));
            b.setMnemonicParsing(true);
            b.setText(underlined);
            scene.addMnemonic(mnemonic);
        }
    }

    /** Takes the letters away: the captions are as they were. */
    void hide() {
        shown.forEach((b, s) -> {
            scene.removeMnemonic(s.mnemonic());
            // A caption the program changed meanwhile (a switch of language) stays as the program set it.
            if (s.underlined().equals(b.getText())) {
                b.setText(s.caption());
            }
            b.setMnemonicParsing(s.parsing());
        });
        shown.clear();
    }

    private static void collect(Node node, List<Labeled> into) {
        if (!node.isVisible()) {
            return;
        }
        // A disabled button takes no letter: Alt with it must not act, and its letter is free for another.
        if (eligible(node) && !node.isDisabled()) {
            into.add((Labeled) node);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }

    /** Buttons, check boxes and radio buttons with a caption; the navigation's entries have Ctrl+1…9. */
    private static boolean eligible(Node node) {
        if (!(node instanceof ButtonBase b) || !(b instanceof Button || b instanceof ToggleButton || b instanceof CheckBox)) {
            return false;
        }
        return !b.getStyleClass().contains("nav-button") && b.getText() != null && !b.getText().isBlank();
    }

    private static int rank(Labeled b) {
        if (b instanceof Button button && (button.isDefaultButton() || button.isCancelButton())) {
            return 0;
        }
        if (b instanceof Button) {
            return 1;
        }
        return b instanceof RadioButton || b instanceof CheckBox ? 3 : 2;
    }

    /** Where a caption written with its own «_» (the unsaved-input dialog's) has it, or -1. */
    private static int ownMnemonic(Labeled b) {
        String text = b.getText();
        int at = text.indexOf('_');
        return b.isMnemonicParsing() && at >= 0 && at + 1 < text.length() && keyFor(text.charAt(at + 1)).isPresent() ? at : -1;
    }

    /** The place in {@code caption} of the letter to underline: its first, a word's first, any other; -1 if none. */
    static int choose(String caption, Set<KeyCode> used) {
        int firstLetter = -1;
        for (int i = 0; i < caption.length(); i++) {
            if (Character.isLetter(caption.charAt(i))) {
                firstLetter = i;
                break;
            }
        }
        if (firstLetter < 0) {
            return -1;
        }
        if (free(caption, firstLetter, used)) {
            return firstLetter;
        }
        for (int i = firstLetter + 1; i < caption.length(); i++) {
            if (!Character.isLetter(caption.charAt(i - 1)) && free(caption, i, used)) {
                return i;
            }
        }
        for (int i = firstLetter + 1; i < caption.length(); i++) {
            if (free(caption, i, used)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean free(String caption, int at, Set<KeyCode> used) {
        return keyFor(caption.charAt(at)).filter(k -> !used.contains(k)).isPresent();
    }

    /**
     * The key that types {@code c}: Latin letters as they are, Cyrillic by their place on the ЙЦУКЕН keyboard (some on
     * punctuation keys). Kazakh's own letters (ә, і, ң …) have none here; another letter of the caption is taken.
     */
    static Optional<KeyCode> keyFor(char c) {
        char upper = Character.toUpperCase(c);
        if (upper >= 'A' && upper <= 'Z') {
            return Optional.of(KeyCode.getKeyCode(String.valueOf(upper)));
        }
        int at = CYRILLIC.indexOf(upper);
        if (at >= 0) {
            return Optional.of(KeyCode.getKeyCode(String.valueOf(LATIN_KEYS.charAt(at))));
        }
        int punctuation = CYRILLIC_ON_PUNCTUATION.indexOf(upper);
        return punctuation < 0 ? Optional.empty() : Optional.of(PUNCTUATION_KEYS[punctuation]);
    }
}
