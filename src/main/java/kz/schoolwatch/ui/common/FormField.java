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

    public FormField(String caption, Control control) {
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
        getChildren().addAll(label, control, error);
    }

    public Control control() {
        return control;
    }

    /** Shows {@code message} under the control, or clears it when null. */
    public void setError(String message) {
        boolean has = message != null && !message.isEmpty();
        error.setText(has ? message : "");
        error.setManaged(has);
        error.setVisible(has);
        control.pseudoClassStateChanged(INVALID, has);
    }

    public String error() {
        return error.getText();
    }
}
