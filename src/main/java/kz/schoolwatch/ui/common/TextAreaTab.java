// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab leaves a text area as it leaves any other field (Shift+Tab goes back), so a form with «Выводы» and «Принятые
 * меры» is filled by keyboard alone; Ctrl+Tab types a tab character, which nobody needs in these texts. JavaFX's text
 * area does the opposite; the key is handed to it with Ctrl flipped.
 */
public final class TextAreaTab {

    private TextAreaTab() {
    }

    /** Swaps Tab and Ctrl+Tab in every text area of {@code scene}. */
    public static void install(Scene scene) {
        boolean[] handing = {false};
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (handing[0] || e.getCode() != KeyCode.TAB || e.isAltDown() || e.isMetaDown() || !(e.getTarget() instanceof Node target)) {
                return;
            }
            TextArea area = areaOf(target);
            if (area == null) {
                return;
            }
            e.consume();
            KeyEvent flipped = new KeyEvent(area, area, KeyEvent.KEY_PRESSED, e.getCharacter(), e.getText(), e.getCode(),
                    e.isShiftDown(), !e.isControlDown(), false, false);
            handing[0] = true;
            try {
                Event.fireEvent(area, flipped);
            } finally {
                handing[0] = false;
            }
        });
    }

    private static TextArea areaOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TextArea area) {
                return area;
            }
        }
        return null;
    }
}
