// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.function.BooleanSupplier;

import javafx.beans.Observable;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;

/**
 * A caption, its input control and the place for its error, one under the other. The error label's fx:id is
 * the control's id + {@code Error}, so tests find it in every language.
 * <p>
 * An error goes away as soon as the user gives the field a value (types into it, picks an entry, ticks a box):
 * a message such as «Обязательное поле» never stays beside a field that has been filled. The save checks the
 * value again.
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
    public FormField(String caption, Node content, Control control) {
        super(3);
        this.control = control;
        Label label = new Label(caption);
        label.getStyleClass().add("field-caption");
        label.setLabelFor(control);
        // A caption longer than its field (Kazakh ones often are) goes on to a second line rather than losing its end.
        label.setWrapText(true);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        if (control.getId() != null) {
            error.setId(control.getId() + "Error");
        }
        getStyleClass().add("form-field");
        getChildren().addAll(label, content, error);
        clearOnChangeOf(valueOf(control));
        if (control instanceof DatePicker d) {
            // A date typed but not yet confirmed counts as an answer too.
            clearWhen(d.getEditor().textProperty(), () -> !d.getEditor().getText().isBlank());
        }
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

    /** Clears the error when {@code change} fires and the control holds a value. */
    private void clearOnChangeOf(Observable change) {
        clearWhen(change, () -> filled(control));
    }

    /**
     * Clears the error also when {@code change} fires and {@code answered} holds: for a rule that another control
     * can satisfy (a school or a centre; a date and a time).
     */
    public FormField clearWhen(Observable change, BooleanSupplier answered) {
        if (change != null) {
            change.addListener(o -> {
                if (!error.getText().isEmpty() && answered.getAsBoolean()) {
                    setError(null);
                }
            });
        }
        return this;
    }

    /** What changes when the user gives {@code c} a value, or null for a control not known here. */
    private static Observable valueOf(Control c) {
        if (c instanceof TextInputControl t) {
            return t.textProperty();
        }
        if (c instanceof ComboBoxBase<?> b) {
            return b.valueProperty();
        }
        if (c instanceof CheckListView<?> l) {
            return l.getCheckModel().getCheckedItems();
        }
        if (c instanceof ListView<?> l) {
            return l.getSelectionModel().getSelectedItems();
        }
        if (c instanceof Toggle t) {
            return t.selectedProperty();
        }
        return null;
    }

    /** True when {@code c} holds something; a control not known here counts as filled once it changed. */
    private static boolean filled(Control c) {
        if (c instanceof TextInputControl t) {
            return t.getText() != null && !t.getText().isBlank();
        }
        if (c instanceof ComboBoxBase<?> b) {
            return b.getValue() != null;
        }
        if (c instanceof CheckListView<?> l) {
            return !l.getCheckModel().getCheckedItems().isEmpty();
        }
        if (c instanceof ListView<?> l) {
            return !l.getSelectionModel().isEmpty();
        }
        return true;
    }
}
