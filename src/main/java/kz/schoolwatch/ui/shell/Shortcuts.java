// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.shell;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.AfterPulse;
import kz.schoolwatch.ui.common.ScreenActions;

/**
 * The window's keyboard shortcuts, in one place: Ctrl+1…9 open the screens in the navigation's order; Ctrl+F, Ctrl+N,
 * Ctrl+S, Ctrl+P, F5 and the month keys act on the screen on show through its {@link ScreenActions}. Each screen's
 * buttons get their shortcut in the tooltip («Новая запись (Ctrl+N)») when the screen is first shown; Alt and a
 * letter of a caption are {@link kz.schoolwatch.ui.common.Mnemonics}'. Nothing acts while the screen is locked or on the sign-in form.
 */
public final class Shortcuts {

    public static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);
    public static final KeyCombination PREVIOUS_MONTH = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    public static final KeyCombination NEXT_MONTH = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);
    public static final KeyCombination PREVIOUS_MONTH_PAGE = new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination NEXT_MONTH_PAGE = new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN);

    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
        KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
    private static final KeyCode[] NUMPAD = {KeyCode.NUMPAD1, KeyCode.NUMPAD2, KeyCode.NUMPAD3, KeyCode.NUMPAD4, KeyCode.NUMPAD5,
        KeyCode.NUMPAD6, KeyCode.NUMPAD7, KeyCode.NUMPAD8, KeyCode.NUMPAD9};

    private final MainWindow window;
    private final Messages messages;
    /** Views whose buttons already carry their shortcuts. */
    private final Set<Node> decorated = Collections.newSetFromMap(new WeakHashMap<>());

    private Shortcuts(MainWindow window, Messages messages) {
        this.window = window;
        this.messages = messages;
    }

    /** Installs the shortcuts on {@code window}'s scene. */
    public static Shortcuts install(Scene scene, MainWindow window, Messages messages) {
        Shortcuts shortcuts = new Shortcuts(window, messages);
        // A handler, not a filter: a control that uses the key itself (a tab pane's Ctrl+PageDown, a field's
        // Alt+arrows) keeps it.
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isConsumed() && scene.getRoot() == window && shortcuts.handle(e)) {
                e.consume();
            }
        });
        // After the next layout: a screen's controls inside a scroll pane or a tab are in place only once it has skins.
        window.shownViewProperty().addListener((obs, was, view) -> {
            if (view != null) {
                AfterPulse.onceRequested(scene, () -> shortcuts.decorate(view));
            }
        });
        return shortcuts;
    }

    private boolean handle(KeyEvent e) {
        if (e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
            for (int i = 0; i < DIGITS.length; i++) {
                if (e.getCode() == DIGITS[i] || e.getCode() == NUMPAD[i]) {
                    return openScreen(i);
                }
            }
        }
        Optional<ScreenActions> actions = currentActions();
        if (actions.isEmpty()) {
            return false;
        }
        ScreenActions a = actions.get();
        if (FIND.match(e)) {
            Node field = a.searchField();
            if (field == null || field.isDisabled()) {
                return false;
            }
            field.requestFocus();
            if (field instanceof TextInputControl text) {
                text.selectAll();
            }
            return true;
        }
        if (NEW.match(e)) {
            return ScreenActions.fire(a.newButton());
        }
        if (SAVE.match(e)) {
            return ScreenActions.fire(a.saveButton());
        }
        if (PRINT.match(e)) {
            return ScreenActions.fire(a.printButton());
        }
        if (REFRESH.match(e)) {
            return a.refresh();
        }
        if (PREVIOUS_MONTH.match(e) || PREVIOUS_MONTH_PAGE.match(e)) {
            return a.shiftMonth(-1);
        }
        if (NEXT_MONTH.match(e) || NEXT_MONTH_PAGE.match(e)) {
            return a.shiftMonth(1);
        }
        return false;
    }

    /** Ctrl+{@code index + 1}: the screen at that place in the navigation. */
    private boolean openScreen(int index) {
        List<String> ids = window.screenIds();
        if (index >= ids.size()) {
            return false;
        }
        window.openFromKeyboard(ids.get(index));
        return true;
    }

    private Optional<ScreenActions> currentActions() {
        return window.currentScreen().flatMap(window::builtView).map(Shortcuts::unwrap)
                .filter(ScreenActions.class::isInstance).map(ScreenActions.class::cast);
    }

    /** A screen shown inside a scroll pane (the dashboard) offers its actions from the view inside. */
    private static Node unwrap(Node view) {
        return view instanceof ScrollPane scroll && scroll.getContent() != null ? scroll.getContent() : view;
    }

    /** Adds the shortcuts to the tooltips of the screen's buttons, and mnemonics to their captions. */
    void decorate(Node shown) {
        Node view = unwrap(shown);
        if (!(view instanceof ScreenActions a) || !decorated.add(view)) {
            return;
        }
        record Keyed(Function<ScreenActions, ButtonBase> button, String keys, String caption) {
        }
        for (Keyed k : List.of(new Keyed(ScreenActions::newButton, "Ctrl+N", "shortcut.new"),
                new Keyed(ScreenActions::saveButton, "Ctrl+S", "shortcut.save"),
                new Keyed(ScreenActions::printButton, "Ctrl+P", "shortcut.print"),
                new Keyed(ScreenActions::refreshButton, "F5", "shortcut.refresh"),
                new Keyed(ScreenActions::previousMonthButton, "Alt+←", "shortcut.previousMonth"),
                new Keyed(ScreenActions::nextMonthButton, "Alt+→", "shortcut.nextMonth"))) {
            ButtonBase button = k.button().apply(a);
            if (button != null) {
                withShortcut(button, k.keys(), k.caption());
            }
        }
        Node search = a.searchField();
        if (search instanceof Control control) {
            String caption = control.getTooltip() != null ? control.getTooltip().getText() : messages.get("shortcut.search");
            control.setTooltip(new Tooltip(messages.get("shortcut.tooltip", caption, "Ctrl+F")));
        }
    }

    /** «Caption (keys)» as the button's tooltip; Alt and a letter of the caption press it too (see Mnemonics). */
    private void withShortcut(ButtonBase button, String keys, String captionKeyWhenIconOnly) {
        String text = button.getText();
        boolean hasText = text != null && !text.isBlank();
        String caption;
        if (button.getTooltip() != null && button.getTooltip().getText() != null && !button.getTooltip().getText().isBlank()) {
            caption = button.getTooltip().getText();
        } else if (hasText) {
            caption = text.replace("_", "");
        } else {
            caption = messages.get(captionKeyWhenIconOnly);
        }
        button.setTooltip(new Tooltip(messages.get("shortcut.tooltip", caption, keys)));
    }
}
