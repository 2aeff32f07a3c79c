// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.ValidationException;

/**
 * A dialog around a form that saves off the FX thread (the form is read on the FX thread first): «Сохранить» keeps the dialog open until the save
 * succeeds; on failure the errors appear next to the fields and everything typed stays.
 * The buttons have the fx:ids {@code <prefix>Save} and {@code <prefix>Cancel}.
 */
public final class FormDialog extends Dialog<Boolean> {

    private final FormErrors errors;
    private final Label formError = new Label();
    private boolean saving;

    /**
     * A dialog around a form with its own view model: «Сохранить» asks the model to save, the model's errors
     * appear next to the fields, and the dialog closes once the model counts a committed save.
     */
    public FormDialog(Node owner, Messages messages, String title, String idPrefix, Node form, FormErrors errors,
                      FormViewModel model) {
        this.errors = errors;
        Button saveButton = layOut(owner, messages, title, idPrefix, form);
        saveButton.disableProperty().bind(model.savingProperty());
        model.errors().addListener((ListChangeListener<FieldError>) change -> showErrors(model.errors()));
        model.conflictProperty().addListener((obs, was, conflict) -> {
            if (conflict != null) {
                ConflictDialog.resolve(getDialogPane(), messages, conflict);
            }
        });
        model.savedProperty().addListener((obs, was, now) -> {
            setResult(Boolean.TRUE);
            close();
        });
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            // Never close on the click itself: close only once the save has committed.
            e.consume();
            if (!model.savingProperty().get()) {
                model.save();
            }
        });
    }

    /**
     * A dialog whose caller reads the form ({@code prepare}, on the FX thread) into the work that saves it, which
     * runs through {@code tasks}: for the forms that have no {@link FormViewModel} yet.
     */
    public FormDialog(Node owner, Messages messages, String title, String idPrefix, Node form, FormErrors errors,
                      TaskRunner tasks, Supplier<Callable<?>> prepare) {
        this.errors = errors;
        Button saveButton = layOut(owner, messages, title, idPrefix, form);
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            // Never close on the click itself: close only once the save has committed.
            e.consume();
            if (saving) {
                return;
            }
            errors.clear();
            formError.setText("");
            Callable<?> save;
            try {
                // Read the form on the FX thread; the save itself runs in the background.
                save = prepare.get();
            } catch (ValidationException invalid) {
                showErrors(invalid.errors());
                return;
            }
            saving = true;
            saveButton.setDisable(true);
            tasks.submit(save, ok -> {
                saving = false;
                setResult(Boolean.TRUE);
                close();
            }, error -> {
                saving = false;
                saveButton.setDisable(false);
                showErrors(FailureMessages.of(error));
            });
        });
    }

    /** Builds the dialog around {@code form}; returns its «Сохранить» button. */
    private Button layOut(Node owner, Messages messages, String title, String idPrefix, Node form) {
        setTitle(title);
        setHeaderText(null);
        if (owner != null && owner.getScene() != null) {
            initOwner(owner.getScene().getWindow());
        }
        formError.setId(idPrefix + "FormError");
        formError.getStyleClass().add("error-text");
        formError.setWrapText(true);
        errors.reserveErrorSpace();
        formError.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(6, form, formError);
        // The fields keep clear of the dialog's edges; a form too narrow for its captions gets this width.
        content.getStyleClass().add("form-dialog-content");
        content.setPadding(new Insets(16, 20, 4, 20));
        content.setMinWidth(440);
        getDialogPane().setContent(content);
        // The theme caps dialogs at 600 px, which cut wider forms (the event form) on the right: see app.css.
        getDialogPane().getStyleClass().add("form-dialog");
        getDialogPane().getStylesheets().add(FormDialog.class.getResource("/kz/schoolwatch/ui/app.css").toExternalForm());
        ButtonType saveType = new ButtonType(messages.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(saveType, cancelType);
        Button saveButton = (Button) getDialogPane().lookupButton(saveType);
        saveButton.setId(idPrefix + "Save");
        getDialogPane().lookupButton(cancelType).setId(idPrefix + "Cancel");
        setResultConverter(type -> type == saveType);
        return saveButton;
    }

    /** Shows errors found before saving (e.g. a number that is not a number). */
    public void showErrors(List<FieldError> list) {
        List<FieldError> rest = errors.show(list);
        formError.setText(rest.isEmpty() ? "" : errors.text(rest.get(0)));
    }
}
