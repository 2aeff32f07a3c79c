// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.List;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.ConflictViewModel.Resolution;
import kz.schoolwatch.ui.common.ConflictViewModel.Row;
import kz.schoolwatch.ui.common.ConflictViewModel.Side;

/**
 * «Запись изменил другой сотрудник»: each field either side changed, as it was when the form opened, as stored
 * now and as typed, with a choice per field; then keep theirs, save mine over it, or save the merge. Closing the
 * dialog changes nothing: the form keeps what was typed.
 */
public final class ConflictDialog extends Dialog<Resolution> {

    public ConflictDialog(Window owner, Messages messages, ConflictViewModel<?> model) {
        setTitle(messages.get("conflict.title"));
        setHeaderText(messages.get(model.rows().isEmpty() ? "conflict.header.same" : "conflict.header"));
        if (owner != null) {
            initOwner(owner);
        }
        getDialogPane().setId("conflictDialog");
        // «form-dialog» lifts the theme's 600 px cap on dialogs: three columns of values need the width.
        getDialogPane().getStyleClass().addAll("conflict-dialog", "form-dialog");
        getDialogPane().setPrefWidth(960);
        setResizable(true);

        Label explain = new Label(messages.get("conflict.text"));
        explain.setWrapText(true);
        GridPane grid = grid(messages, model.rows());
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        // At 1366×768 the dialog must leave the task bar and its own buttons on screen: rows past ~10 scroll.
        scroll.setPrefViewportHeight(Math.min(400, 48 + 64 * model.rows().size()));
        VBox content = new VBox(12, explain, scroll);
        content.setPrefWidth(900);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getDialogPane().setContent(content);

        ButtonType theirs = new ButtonType(messages.get("conflict.keepTheirs"), ButtonBar.ButtonData.LEFT);
        ButtonType mine = new ButtonType(messages.get("conflict.applyMine"), ButtonBar.ButtonData.OTHER);
        ButtonType merge = new ButtonType(messages.get("conflict.merge"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(theirs, mine, merge, cancel);
        getDialogPane().lookupButton(theirs).setId("conflictKeepTheirs");
        getDialogPane().lookupButton(mine).setId("conflictApplyMine");
        getDialogPane().lookupButton(merge).setId("conflictMerge");
        getDialogPane().lookupButton(cancel).setId("conflictCancel");
        setResultConverter(b -> b == theirs ? Resolution.KEEP_THEIRS
                : b == mine ? Resolution.APPLY_MINE
                : b == merge ? Resolution.MERGE
                : null);
    }

    /** Shows the dialog for {@code model} and carries out the choice, if one was made. */
    public static void resolve(Node owner, Messages messages, ConflictViewModel<?> model) {
        Window window = owner != null && owner.getScene() != null ? owner.getScene().getWindow() : null;
        Optional<Resolution> choice = new ConflictDialog(window, messages, model).showAndWait();
        choice.ifPresent(model::resolve);
    }

    private static GridPane grid(Messages messages, List<Row> rows) {
        GridPane grid = new GridPane();
        grid.setId("conflictFields");
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(4));
        ColumnConstraints label = new ColumnConstraints(150, 170, 220);
        ColumnConstraints value = new ColumnConstraints(120, 200, Double.MAX_VALUE);
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, value, value, value);
        grid.addRow(0, heading(messages.get("conflict.column.field")), heading(messages.get("conflict.column.base")),
                heading(messages.get("conflict.column.theirs")), heading(messages.get("conflict.column.mine")));
        int r = 1;
        for (Row row : rows) {
            Label name = new Label(fieldName(messages, row.labelKey()));
            name.setWrapText(true);
            if (row.clash()) {
                name.getStyleClass().add("conflict-clash");
                name.setText(name.getText() + " ⚠");
            }
            ToggleGroup group = new ToggleGroup();
            grid.addRow(r, name, value(row.text(messages, null), messages), choice(row, Side.THEIRS, group, messages, r),
                    choice(row, Side.MINE, group, messages, r));
            r++;
        }
        return grid;
    }

    /** A field's value to pick, or to read only when both sides hold the same. */
    private static Node choice(Row row, Side side, ToggleGroup group, Messages messages, int index) {
        String text = row.text(messages, side);
        if (!row.choosable()) {
            return value(text, messages);
        }
        RadioButton pick = new RadioButton(text.isEmpty() ? messages.get("conflict.empty") : text);
        pick.setWrapText(true);
        pick.setId("conflict" + (side == Side.THEIRS ? "Theirs" : "Mine") + index);
        pick.setToggleGroup(group);
        pick.setSelected(row.choiceProperty().get() == side);
        pick.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                row.choiceProperty().set(side);
            }
        });
        row.choiceProperty().addListener((o, was, now) -> pick.setSelected(now == side));
        return pick;
    }

    private static Label value(String text, Messages messages) {
        Label l = new Label(text.isEmpty() ? messages.get("conflict.empty") : text);
        l.setWrapText(true);
        return l;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        l.setWrapText(true);
        return l;
    }

    /** A form label without its «required» star. */
    private static String fieldName(Messages messages, String key) {
        String s = messages.get(key);
        return s.endsWith(" *") ? s.substring(0, s.length() - 2) : s;
    }
}
