// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;

/**
 * What a screen offers to the window's keyboard shortcuts (kz.schoolwatch.ui.shell.Shortcuts): Ctrl+F, Ctrl+N, Ctrl+S,
 * Ctrl+P, F5, and the previous and next month. A screen names its own controls; the shortcuts fire them, so a
 * disabled button stays disabled for the keyboard too, and the shortcuts add their keys to the buttons' tooltips.
 * Each method may return null (or false): the screen has no such action.
 */
public interface ScreenActions {

    /** Ctrl+F: the search or filter field to focus. */
    default Node searchField() {
        return null;
    }

    /** Ctrl+N: the button that starts a new record. */
    default ButtonBase newButton() {
        return null;
    }

    /** Ctrl+S: the button that saves the screen's form. */
    default ButtonBase saveButton() {
        return null;
    }

    /** Ctrl+P: the button that prints. */
    default ButtonBase printButton() {
        return null;
    }

    /** F5: the button that reads the screen's data again; see {@link #refresh()}. */
    default ButtonBase refreshButton() {
        return null;
    }

    /** F5 where the screen has no button for it: reads its data again; false when there is nothing to read. */
    default boolean refresh() {
        return fire(refreshButton());
    }

    /** Alt+← / Ctrl+PageUp: the button that goes to the previous month. */
    default ButtonBase previousMonthButton() {
        return null;
    }

    /** Alt+→ / Ctrl+PageDown: the button that goes to the next month. */
    default ButtonBase nextMonthButton() {
        return null;
    }

    /** Moves the chosen month by {@code months} (−1 or 1); false when the screen has no month to move. */
    default boolean shiftMonth(int months) {
        return fire(months < 0 ? previousMonthButton() : nextMonthButton());
    }

    /** Fires {@code button} as a click would, when it is there, shown and enabled; whether it fired. */
    static boolean fire(ButtonBase button) {
        if (button == null || button.isDisabled() || !button.isVisible() || button.getScene() == null) {
            return false;
        }
        button.fire();
        return true;
    }

    /** The control with fx:id {@code id} under {@code view} as a button, or null. */
    static ButtonBase button(Node view, String id) {
        return view.lookup("#" + id) instanceof ButtonBase b ? b : null;
    }
}
