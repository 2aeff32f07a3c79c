// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.shell;

import java.util.function.Supplier;

import javafx.scene.Node;

/**
 * One entry of the navigation bar. The view is built on first use and then kept, so a screen keeps its
 * state (filters, half-filled forms) while the user looks elsewhere.
 *
 * @param id       the fx:id of the navigation button ({@code nav} + id)
 * @param titleKey message key of its caption
 * @param icon     Ikonli icon literal
 * @param factory  builds the view
 */
public record Screen(String id, String titleKey, String icon, Supplier<Node> factory) {
}
