// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.imports;

import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import kz.schoolwatch.domain.ImportAction;
import kz.schoolwatch.domain.ImportKind;
import kz.schoolwatch.domain.ImportRow;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Columns;
import kz.schoolwatch.ui.common.Tables;

/**
 * The preview: every row of the file with what the import will do with it, what changes and, for a row in error,
 * the column and the reason; a filter by action, the counts, and for cameras «Снять отсутствующие».
 */
final class PreviewPane extends VBox {

    private final ImportViewModel model;
    private final ImportTexts texts;
    private final Messages messages;

    PreviewPane(ImportViewModel model, Messages messages) {
        super(6);
        this.model = model;
        this.texts = model.texts();
        this.messages = messages;
        setId("importPreview");
        TableView<ImportRow> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(filterBar(), counts(), table);
    }

    private HBox filterBar() {
        Label title = new Label(messages.get("import.screen.preview"));
        title.getStyleClass().add("section-title");
        HBox toggles = new HBox();
        toggles.setAlignment(Pos.CENTER_LEFT);
        ToggleGroup group = new ToggleGroup();
        for (ImportAction action : ImportTexts.filters()) {
            ToggleButton button = new ToggleButton(texts.filter(action));
            button.setId("importFilter-" + (action == null ? "all" : action.name().toLowerCase(Locale.ROOT)));
            button.setUserData(action);
            button.setToggleGroup(group);
            button.setMinWidth(Region.USE_PREF_SIZE);
            toggles.getChildren().add(button);
        }
        toggles.getChildren().get(0).getStyleClass().add("left-pill");
        toggles.getChildren().subList(1, toggles.getChildren().size() - 1).forEach(b -> b.getStyleClass().add("center-pill"));
        toggles.getChildren().get(toggles.getChildren().size() - 1).getStyleClass().add("right-pill");
        group.selectToggle(group.getToggles().get(0));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // One of them stays pressed: a second click on the pressed one keeps the filter.
                group.selectToggle(old);
            } else {
                model.filterProperty().set((ImportAction) now.getUserData());
            }
        });

        CheckBox removeMissing = new CheckBox(messages.get("import.screen.removeMissing"));
        removeMissing.setId("importRemoveMissing");
        removeMissing.setTooltip(new Tooltip(messages.get("import.screen.removeMissing.hint")));
        removeMissing.selectedProperty().bindBidirectional(model.removeMissingProperty());
        removeMissing.visibleProperty().bind(model.kindProperty().isEqualTo(ImportKind.CAMERAS));
        removeMissing.managedProperty().bind(removeMissing.visibleProperty());
        removeMissing.disableProperty().bind(model.tableProperty().isNull().or(model.busyProperty()));
        removeMissing.setMinWidth(Region.USE_PREF_SIZE);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, title, toggles, spacer, removeMissing);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Label counts() {
        Label counts = new Label();
        counts.setId("importCounts");
        counts.setStyle("-fx-font-weight: bold;");
        counts.textProperty().bind(model.countsProperty());
        counts.managedProperty().bind(counts.textProperty().isNotEmpty());
        return counts;
    }

    private TableView<ImportRow> table() {
        TableView<ImportRow> table = new TableView<>(model.rows());
        table.setId("importTable");
        TableColumn<ImportRow, Integer> row = Columns.count(messages.get("import.screen.column.row"), 70, ImportRow::rowNumber);
        Tables.width(row, 70, 70);
        TableColumn<ImportRow, ImportAction> action = Columns.styled(messages.get("import.screen.column.action"), 120,
                ImportRow::action, texts::action, r -> ImportTexts.tone(r.action()));
        Tables.width(action, 105, 105);
        TableColumn<ImportRow, String> subject = Tables.width(Columns.of(messages.get("import.screen.column.subject"), 190,
                ImportRow::subject), 120, 190);
        // One line, whole in the tooltip when cut: an update of many fields would otherwise make its row tall.
        TableColumn<ImportRow, String> changes = Tables.width(Columns.of(messages.get("import.screen.column.changes"), 150,
                texts::changes), 135, 150);
        TableColumn<ImportRow, String> problems = wrapped(Columns.of(messages.get("import.screen.column.problems"), 320,
                texts::problems), "-color-danger-fg");
        Tables.width(problems, 160, 320);
        table.getColumns().setAll(java.util.List.of(row, action, subject, changes, problems));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.setId("importPlaceholder");
        placeholder.textProperty().bind(Bindings.createStringBinding(this::placeholder, model.tableProperty(), model.missing(),
                model.busyProperty(), model.previewProperty(), model.filterProperty()));
        table.setPlaceholder(placeholder);
        Tables.fit(table);
        return table;
    }

    /**
     * Cells that wrap their text onto more lines instead of cutting it: an error's column and reason is what the
     * user has to read whole to fix the row.
     */
    private static TableColumn<ImportRow, String> wrapped(TableColumn<ImportRow, String> column, String fill) {
        column.setCellFactory(c -> new TableCell<>() {
            // A Text, not the cell's own text: its height follows its wrapping width, so the row grows with it.
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
                text.fontProperty().bind(fontProperty());
                if (fill != null) {
                    text.setStyle("-fx-fill: " + fill + ";");
                }
                setPrefHeight(Control.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty || item == null || item.isEmpty() ? null : text);
            }
        });
        return column;
    }

    private String placeholder() {
        if (model.busyProperty().get()) {
            return messages.get("import.screen.placeholder.busy");
        }
        if (model.tableProperty().get() == null) {
            return messages.get("import.screen.placeholder.noFile");
        }
        if (!model.missing().isEmpty()) {
            return messages.get("import.screen.placeholder.missing", texts.field(model.missing().get(0)));
        }
        return messages.get("import.screen.placeholder.noRows");
    }
}
