// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.FieldError;

/**
 * The signed-in officer's own signature under the monthly summary: rank and name with their errors beside them,
 * and a save button. The same form on the Settings screen (for every role) and in the summary screen's
 * «Подпись под сводкой»; both save through {@link SignatureViewModel}, for this account alone.
 */
public final class SignatureForm extends VBox {

    public SignatureForm(SignatureViewModel model, Messages messages) {
        super(8);
        getStyleClass().add("signature-form");
        FormErrors errors = new FormErrors(messages);
        TextField rank = new TextField();
        rank.setId("signatureRank");
        rank.setPrefColumnCount(18);
        rank.setPromptText(messages.get("report.signature.rank.prompt"));
        rank.textProperty().bindBidirectional(model.rankProperty());
        TextField name = new TextField();
        name.setId("signatureName");
        name.setPrefColumnCount(18);
        name.setPromptText(messages.get("report.signature.name.prompt"));
        name.textProperty().bindBidirectional(model.nameProperty());
        Button save = new Button(messages.get("report.signature.save"));
        save.setId("signatureSave");
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        save.setDefaultButton(false);
        Label formError = new Label();
        formError.setId("signatureError");
        formError.getStyleClass().add("error-text");
        formError.setWrapText(true);
        // Takes no room while there is nothing to say.
        formError.managedProperty().bind(formError.textProperty().isNotEmpty());
        formError.visibleProperty().bind(formError.managedProperty());
        Label saved = new Label(messages.get("report.signature.saved"));
        saved.setId("signatureSaved");
        saved.getStyleClass().add("footnote");
        saved.visibleProperty().bind(model.savedProperty());
        saved.managedProperty().bind(model.savedProperty());
        model.errors().addListener((ListChangeListener<FieldError>) c -> {
            var unplaced = errors.show(model.errors());
            formError.setText(unplaced.isEmpty() ? "" : errors.text(unplaced.get(0)));
        });

        HBox fields = new HBox(12,
                errors.register("signatureRank", new FormField(messages.get("report.signature.rank"), rank)),
                errors.register("signatureName", new FormField(messages.get("report.signature.name"), name)),
                save, saved);
        fields.setAlignment(Pos.BOTTOM_LEFT);
        Label hint = new Label(messages.get("report.signature.hint"));
        hint.getStyleClass().add("hint-text");
        hint.setWrapText(true);
        getChildren().addAll(hint, fields, formError);
        model.load();
    }
}
