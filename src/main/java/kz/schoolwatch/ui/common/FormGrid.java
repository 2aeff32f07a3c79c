// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import javafx.scene.control.Control;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The grid of a form: columns with fixed shares of the width, so that choosing a long entry in a picker never
 * moves or widens the other fields, and little gap between rows because each field keeps a line for its error.
 */
public final class FormGrid {

    private FormGrid() {
    }

    /** A grid of {@code width} pixels whose columns take the given percentages of it. */
    public static GridPane of(double width, double... percents) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.setHgap(12);
        grid.setVgap(2);
        for (double p : percents) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(p);
            c.setHgrow(Priority.ALWAYS);
            c.setFillWidth(true);
            grid.getColumnConstraints().add(c);
        }
        grid.setPrefWidth(width);
        grid.setMinWidth(width);
        return grid;
    }

    /**
     * Lets pickers and fields fill their cell whatever they show: a small preferred width (so the value chosen
     * does not decide the width) and no upper bound.
     */
    public static void fill(Control... controls) {
        for (Control c : controls) {
            c.setPrefWidth(80);
            c.setMinWidth(60);
            c.setMaxWidth(Double.MAX_VALUE);
        }
    }
}
