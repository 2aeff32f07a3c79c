// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.ReferenceItem;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.FieldError;

/**
 * A small editor for one catalogue (visit purposes, event types, offence kinds): add, rename, retire or bring
 * back an entry, through its {@link ReferenceListViewModel}. Entries are never deleted, so old records keep their wording.
 */
public final class ReferenceListDialog extends Dialog<Void> {

    private final Messages messages;

    public ReferenceListDialog(ReferenceListViewModel model, Messages messages) {
        this.messages = messages;
        FormErrors errors = new FormErrors(messages);
        Label formError = new Label();
        setTitle(messages.of("reference.title", model.list()));
        setHeaderText(messages.get("reference.hint"));
        ListView<ReferenceItem> items = new ListView<>(model.items());
        items.setId("referenceItems");
        items.setPrefSize(460, 300);
        items.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ReferenceItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item.active() ? item.name() : messages.get("reference.retired", item.name()));
            }
        });
        items.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                items.getSelectionModel().clearSelection();
            } else {
                items.getSelectionModel().select(now);
            }
        });
        TextField name = new TextField();
        name.setId("referenceName");
        name.textProperty().bindBidirectional(model.nameProperty());
        FormField nameField = errors.register("name", new FormField(messages.get("reference.name"), name));
        Button add = button("referenceAdd", "reference.add", model::add);
        Button rename = button("referenceRename", "reference.rename", model::rename);
        Button toggle = button("referenceToggle", "reference.toggle", model::toggleActive);
        rename.disableProperty().bind(model.selectedProperty().isNull());
        toggle.disableProperty().bind(model.selectedProperty().isNull());
        formError.getStyleClass().add("error-text");
        model.errors().addListener((ListChangeListener<FieldError>) c -> {
            List<FieldError> rest = errors.show(model.errors());
            formError.setText(rest.isEmpty() ? "" : errors.text(rest.get(0)));
        });
        model.conflictProperty().addListener((o, was, conflict) -> {
            if (conflict != null) {
                ConflictDialog.resolve(getDialogPane(), messages, conflict);
            }
        });
        VBox box = new VBox(10, items, nameField, new HBox(8, add, rename, toggle), formError);
        box.setPadding(new Insets(8));
        getDialogPane().setContent(box);
        // Our own button: JavaFX's ButtonType.CLOSE reads «Close» under a Russian locale.
        ButtonType close = new ButtonType(messages.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().add(close);
        getDialogPane().lookupButton(close).setId("referenceClose");
        model.load();
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
