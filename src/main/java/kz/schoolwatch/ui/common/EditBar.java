// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableObjectValue;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import kz.schoolwatch.i18n.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The buttons above a list that add, change and delete its records: «Новый …» with its own caption and icon, and
 * «Изменить» and «Удалить», which stay disabled while nothing is selected and act on the selected record. Each
 * button keeps the id the screen gives it, so that keyboard shortcuts and tests find it; the screen lays the buttons
 * out itself.
 *
 * @param <T> the kind of record the list shows
 */
public final class EditBar<T> {

    private final Messages messages;
    private final ObservableObjectValue<T> selected;

    public EditBar(Messages messages, ObservableObjectValue<T> selected) {
        this.messages = messages;
        this.selected = selected;
    }

    /** The button that starts a new record; it does not depend on the selection. */
    public Button add(String id, String captionKey, String icon, Runnable action) {
        Button button = new Button(messages.get(captionKey), new FontIcon(icon));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** «Изменить»: opens the selected record. */
    public Button edit(String id, Consumer<? super T> action) {
        return onSelected(id, "common.edit", "mdi2p-pencil-outline", action);
    }

    /** «Удалить»: deletes the selected record (the action asks for confirmation itself). */
    public Button delete(String id, Consumer<? super T> action) {
        return onSelected(id, "common.delete", "mdi2d-delete-outline", action);
    }

    /** A button that acts on the selected record and is disabled while there is none. */
    public Button onSelected(String id, String captionKey, String icon, Consumer<? super T> action) {
        Button button = new Button(messages.get(captionKey), new FontIcon(icon));
        button.setId(id);
        button.disableProperty().bind(Bindings.isNull(selected));
        button.setOnAction(e -> {
            T item = selected.get();
            if (item != null) {
                action.accept(item);
            }
        });
        return button;
    }

    /**
     * The button that opens a reference list's editor (event types, offence kinds, visit purposes); hidden, and
     * taking no room, for a user who may not edit the list ({@code editor} null).
     */
    public static Button referenceList(String id, String caption, Runnable editor) {
        Button button = new Button(caption, new FontIcon("mdi2f-format-list-bulleted"));
        button.setId(id);
        button.setOnAction(e -> editor.run());
        button.setVisible(editor != null);
        button.setManaged(editor != null);
        return button;
    }

    /**
     * A button showing an icon only (the month and page arrows): its name, which a screen reader says and the
     * tooltip shows, comes from {@code name}.
     */
    public static Button iconOnly(String id, String icon, String name) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        named(button, name);
        return button;
    }

    /** Gives an icon-only button its spoken name, and the same as its tooltip when it has none. */
    public static void named(Button button, String name) {
        button.setAccessibleText(name);
        if (button.getTooltip() == null) {
            button.setTooltip(new Tooltip(name));
        }
    }
}
