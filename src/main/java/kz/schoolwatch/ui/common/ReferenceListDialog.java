// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.List;
import java.util.concurrent.Callable;

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
import kz.schoolwatch.domain.ReferenceList;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.ReferenceListService;

/**
 * A small editor for one catalogue (visit purposes, event types, offence kinds): add, rename, retire or bring
 * back an entry. Entries are never deleted, so old records keep their wording.
 */
public final class ReferenceListDialog extends Dialog<Void> {

    private final ReferenceListService service;
    private final ReferenceList list;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ListView<ReferenceItem> items = new ListView<>();
    private final TextField name = new TextField();
    private final FormErrors errors;
    private final Label formError = new Label();

    public ReferenceListDialog(ReferenceListService service, ReferenceList list, TaskRunner tasks, Messages messages) {
        this.service = service;
        this.list = list;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new FormErrors(messages);
        setTitle(messages.of("reference.title", list));
        setHeaderText(messages.get("reference.hint"));
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
        items.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> name.setText(now == null ? "" : now.name()));
        name.setId("referenceName");
        FormField nameField = errors.register("name", new FormField(messages.get("reference.name"), name));
        Button add = button("referenceAdd", "reference.add", () -> {
            service.add(list, name.getText());
            return null;
        });
        Button rename = button("referenceRename", "reference.rename", () -> {
            service.rename(list, selected().id(), name.getText());
            return null;
        });
        Button toggle = button("referenceToggle", "reference.toggle", () -> {
            service.setActive(list, selected().id(), !selected().active());
            return null;
        });
        rename.disableProperty().bind(items.getSelectionModel().selectedItemProperty().isNull());
        toggle.disableProperty().bind(items.getSelectionModel().selectedItemProperty().isNull());
        formError.getStyleClass().add("error-text");
        VBox box = new VBox(10, items, nameField, new HBox(8, add, rename, toggle), formError);
        box.setPadding(new Insets(8));
        getDialogPane().setContent(box);
        // Our own button: JavaFX's ButtonType.CLOSE reads «Close» under a Russian locale.
        ButtonType close = new ButtonType(messages.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().add(close);
        getDialogPane().lookupButton(close).setId("referenceClose");
        reload(null);
    }

    private ReferenceItem selected() {
        return items.getSelectionModel().getSelectedItem();
    }

    private Button button(String id, String key, Callable<Void> action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> {
            errors.clear();
            formError.setText("");
            tasks.submit(action, ok -> reload(name.getText()), error -> {
                List<FieldError> rest = errors.show(FailureMessages.of(error));
                formError.setText(rest.isEmpty() ? "" : errors.text(rest.get(0)));
            });
        });
        return b;
    }

    private void reload(String select) {
        tasks.submit(() -> service.all(list), all -> {
            items.getItems().setAll(all);
            all.stream().filter(i -> i.name().equals(select == null ? null : select.trim())).findFirst()
                    .ifPresent(i -> items.getSelectionModel().select(i));
        }, error -> formError.setText(messages.get("common.loadFailed")));
    }
}
