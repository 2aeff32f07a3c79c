// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import kz.schoolwatch.i18n.Messages;

/** «Сохранить / Не сохранять / Отмена» before a window with unsaved input closes. */
public final class UnsavedDialog {

    /** What the user chose. */
    public enum Answer { SAVE, DISCARD, CANCEL }

    private UnsavedDialog() {
    }

    /** Asks; the dialog pane is {@code unsavedDialog}, its buttons {@code unsavedSave}, {@code unsavedDiscard}, {@code unsavedCancel}. */
    public static Answer ask(Window owner, Messages messages, String header) {
        ButtonType save = new ButtonType(messages.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("unsaved.text"), save, discard, cancel);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(header);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.getDialogPane().setId("unsavedDialog");
        alert.getDialogPane().lookupButton(save).setId("unsavedSave");
        alert.getDialogPane().lookupButton(discard).setId("unsavedDiscard");
        alert.getDialogPane().lookupButton(cancel).setId("unsavedCancel");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return Answer.CANCEL;
        }
        return answer.get() == save ? Answer.SAVE : Answer.DISCARD;
    }

    /**
     * Asks about {@code forms} (those of them with unsaved input) and runs {@code proceed} when the window may close:
     * at once when nothing is unsaved or the user chose «Не сохранять», after every save succeeded with «Сохранить».
     * A refused save stops there and hands that form to {@code refused}, so the user sees why; «Отмена» does nothing.
     *
     * @return what the user chose; {@link Answer#DISCARD} when nothing was unsaved and nobody was asked
     */
    public static Answer thenClose(Window owner, Messages messages, String header, List<? extends UnsavedInput> forms,
                                 Runnable proceed, Consumer<UnsavedInput> refused) {
        List<UnsavedInput> unsaved = new ArrayList<>();
        for (UnsavedInput form : forms) {
            if (form.hasUnsavedInput()) {
                unsaved.add(form);
            }
        }
        if (unsaved.isEmpty()) {
            proceed.run();
            return Answer.DISCARD;
        }
        Answer answer = ask(owner, messages, header);
        switch (answer) {
            case DISCARD -> proceed.run();
            case SAVE -> saveEach(unsaved.iterator(), proceed, refused);
            case CANCEL -> { }
        }
        return answer;
    }

    private static void saveEach(Iterator<UnsavedInput> forms, Runnable proceed, Consumer<UnsavedInput> refused) {
        if (!forms.hasNext()) {
            proceed.run();
            return;
        }
        UnsavedInput form = forms.next();
        form.saveUnsavedInput(saved -> {
            if (saved) {
                saveEach(forms, proceed, refused);
            } else {
                refused.accept(form);
            }
        });
    }
}
