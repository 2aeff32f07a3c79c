// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.List;
import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;
import javafx.util.Callback;
import javafx.util.Duration;

/**
 * What makes a list readable on a 1366×768 laptop: columns no narrower than what they hold, short headers that
 * say the whole caption in a tooltip, a column chooser (the «+» at the header's right end) for the columns a user
 * can do without, and the whole text in a tooltip of any cell that is cut.
 */
public final class Tables {

    /** Style class of a column whose header shows a short caption (its graphic) instead of its full text. */
    public static final String SHORT_HEADER = "short-header";
    /** Marks a column whose cells already get their tooltips (a column's property, set to true). */
    public static final String TOOLTIPS_WHEN_CUT = "schoolwatch.tooltipsWhenCut";

    private Tables() {
    }

    /**
     * Enter on the selected row does what a double-click on it does: a list is worked by keyboard alone. Consumed, so
     * that the screen's default button («Сохранить» of a form beside the table) does not take the Enter too.
     */
    public static <S> void openOnEnter(TableView<S> table, Consumer<? super S> open) {
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            S selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown() && selected != null) {
                e.consume();
                open.accept(selected);
            }
        });
    }

    /**
     * Turns on the column chooser and the tooltips of cut cells for every column of {@code table}. Call it once
     * the columns and their cell factories are in place.
     */
    public static <S> void fit(TableView<S> table) {
        table.setTableMenuButtonVisible(true);
        table.getColumns().forEach(Tables::tooltipsWhenCut);
        // Columns added later get the same.
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(Tables::tooltipsWhenCut);
            }
        });
    }

    /**
     * The column's width: never below {@code min} (what its values need), {@code pref} when there is room.
     */
    public static <C extends TableColumn<?, ?>> C width(C column, double min, double pref) {
        column.setMinWidth(min);
        column.setPrefWidth(Math.max(min, pref));
        return column;
    }

    /**
     * Shows {@code shortText} in the header and the full caption in its tooltip; the column chooser lists the
     * column by its full caption (the column's text).
     */
    public static <C extends TableColumn<?, ?>> C header(C column, String shortText, String fullText) {
        column.setText(fullText);
        Label caption = new Label(shortText);
        caption.getStyleClass().add("short-header-caption");
        caption.setTooltip(tooltip(fullText));
        column.setGraphic(caption);
        if (!column.getStyleClass().contains(SHORT_HEADER)) {
            column.getStyleClass().add(SHORT_HEADER);
        }
        return column;
    }

    /** Hides {@code columns} until the user picks them in the column chooser. */
    public static void hiddenAtFirst(List<? extends TableColumn<?, ?>> columns) {
        columns.forEach(c -> c.setVisible(false));
    }

    /** True when the cell's text is shown cut (with «…») because the column is too narrow for it. */
    public static boolean isCut(Labeled cell) {
        String text = cell.getText();
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (Node child : cell.getChildrenUnmodifiable()) {
            // The graphic may be a Text too (an icon font's glyph): not the text that would be cut.
            if (child instanceof Text shown && child != cell.getGraphic()) {
                return !text.equals(shown.getText());
            }
        }
        return false;
    }

    private static <S, T> void tooltipsWhenCut(TableColumn<S, T> column) {
        if (!column.getColumns().isEmpty()) {
            column.getColumns().forEach(Tables::tooltipsWhenCut);
            return;
        }
        if (column.getProperties().put(TOOLTIPS_WHEN_CUT, Boolean.TRUE) != null) {
            return;
        }
        Callback<TableColumn<S, T>, TableCell<S, T>> made = column.getCellFactory();
        column.setCellFactory(c -> {
            TableCell<S, T> cell = made.call(c);
            // Decided when the pointer arrives: the cell's width and text are final by then, and no tooltip
            // object is kept for cells that show their text whole.
            cell.addEventFilter(MouseEvent.MOUSE_ENTERED, e -> cell.setTooltip(isCut(cell) ? tooltip(cell.getText()) : null));
            return cell;
        });
    }

    private static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        tip.setShowDelay(Duration.millis(400));
        return tip;
    }
}
