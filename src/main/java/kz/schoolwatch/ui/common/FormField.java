// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A caption, its input control and the place for its error, one under the other. The error label's fx:id is
 * the control's id + {@code Error}, so tests find it in every language.
 */
public final class FormField extends VBox {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final Control control;
    private final Label error = new Label();
    private boolean reserve;

    public FormField(String caption, Control control) {
        this(caption, control, control);
    }

    /**
     * A field whose {@code content} (shown under the caption) holds {@code control}, the one the caption names and
     * the error belongs to: e.g. a list with its search box.
     */
    public FormField(String caption, javafx.scene.Node content, Control control) {
        super(3);
        this.control = control;
        Label label = new Label(caption);
        label.getStyleClass().add("field-caption");
        label.setLabelFor(control);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        if (control.getId() != null) {
            error.setId(control.getId() + "Error");
        }
        getStyleClass().add("form-field");
        getChildren().addAll(label, content, error);
    }

    public Control control() {
        return control;
    }

    /** Shows {@code message} under the control, or clears it when null. */
    public void setError(String message) {
        boolean has = message != null && !message.isEmpty();
        error.setText(has ? message : "");
        error.setManaged(has || reserve);
        error.setVisible(has);
        control.pseudoClassStateChanged(INVALID, has);
    }

    public String error() {
        return error.getText();
    }

    /**
     * Keeps a line for the error under the control even while there is none, so that an error appearing or going
     * away does not move the fields below it. Forms that reserve the line need little gap between their rows.
     */
    public FormField reserveErrorSpace() {
        reserve = true;
        // One line of the error's font whether or not there is text in it (see app.css).
        error.getStyleClass().add("field-error-reserved");
        error.setManaged(true);
        return this;
    }
}
