// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.requirements;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.RequirementItem;
import kz.schoolwatch.domain.RequirementSet;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.i18n.RequirementTexts;
import kz.schoolwatch.ui.common.Columns;
import kz.schoolwatch.ui.common.Dialogs;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.ScreenActions;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * «Требования» (issue 21): the requirement sets schools are judged by, valid each from its day, and the chosen
 * set's items, which the administrator adds, changes, orders and removes; a law's change is a new edition.
 */
public final class RequirementsView extends VBox implements ScreenActions {

    private final RequirementsViewModel model;
    private final Messages messages;
    private final TaskRunner tasks;
    private final Button add = new Button();

    public RequirementsView(RequirementsViewModel model, Messages messages, TaskRunner tasks) {
        super(10);
        this.model = model;
        this.messages = messages;
        this.tasks = tasks;
        setId("requirementsView");
        setPadding(new Insets(16, 20, 16, 20));
        Label title = new Label(messages.get("requirements.title"));
        title.getStyleClass().add("screen-title");

        TableView<RequirementSet> sets = setsTable();
        CheckBox centre = new CheckBox(messages.get("requirements.regionalCentre"));
        centre.setId("requirementsRegionalCentre");
        centre.selectedProperty().bindBidirectional(model.regionalCentreProperty());
        Button edition = new Button(messages.get("requirement.set.newEdition") + "…");
        edition.setId("requirementsNewEdition");
        edition.setOnAction(e -> {
            Long id = new NewEditionDialog(this, messages, tasks, model).showAndWait();
            if (id != null) {
                model.editionAdded(id);
            }
        });
        Button deleteSet = new Button(messages.get("requirement.set.delete"));
        deleteSet.setId("requirementsDeleteSet");
        deleteSet.disableProperty().bind(model.setDeletableProperty().not());
        deleteSet.setOnAction(e -> {
            if (Dialogs.confirm(this, messages, messages.get("requirement.set.deleteConfirm"))) {
                model.deleteSet();
            }
        });
        HBox setButtons = new HBox(8, edition, deleteSet, centre);
        setButtons.setAlignment(Pos.CENTER_LEFT);

        TableView<RequirementItem> items = itemsTable();
        Label error = new Label();
        error.setId("requirementsMessage");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        getChildren().addAll(title, setButtons, sets, itemButtons(), items, error);
        VBox.setVgrow(items, Priority.ALWAYS);
        model.load();
    }

    private TableView<RequirementSet> setsTable() {
        TableView<RequirementSet> table = new TableView<>(model.sets());
        table.setId("requirementSets");
        table.getColumns().add(Columns.of(messages.get("requirement.set.name"), 300, s -> RequirementTexts.name(s, messages)));
        table.getColumns().add(Columns.of(messages.get("requirement.set.validFrom"), 110, s -> Formats.date(s.validFrom())));
        table.getColumns().add(withTooltip(Columns.of(messages.get("requirement.set.source"), 600, RequirementSet::legalSource)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(120);
        table.setMinHeight(90);
        follow(table, model.selectedSetProperty());
        return table;
    }

    private TableView<RequirementItem> itemsTable() {
        TableView<RequirementItem> table = new TableView<>(model.items());
        table.setId("requirementItems");
        table.getColumns().add(Columns.unsorted(messages.get("requirement.column.number"), 40,
                i -> model.items().indexOf(i) + 1));
        table.getColumns().add(withTooltip(Columns.unsorted(messages.get("requirement.column.title"), 310,
                i -> RequirementTexts.title(i, messages))));
        table.getColumns().add(withTooltip(Columns.unsorted(messages.get("requirement.column.source"), 190, RequirementItem::legalSource)));
        table.getColumns().add(withTooltip(Columns.unsorted(messages.get("requirement.column.appliesTo"), 250,
                i -> RequirementLabels.appliesTo(i, messages))));
        table.getColumns().add(withTooltip(Columns.unsorted(messages.get("requirement.column.rule"), 200,
                i -> RequirementLabels.rule(i, messages))));
        var figure = Columns.unsorted(messages.get("requirement.column.figure"), 95, RequirementLabels::figure);
        figure.setMinWidth(95);
        table.getColumns().add(figure);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setMinHeight(200);
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<RequirementItem>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        follow(table, model.selectedItemProperty());
        return table;
    }

    private HBox itemButtons() {
        add.setText(messages.get("requirement.item.add"));
        add.setId("requirementAdd");
        add.disableProperty().bind(model.selectedSetProperty().isNull());
        add.setOnAction(e -> edit(null));
        Button edit = new Button(messages.get("common.edit"));
        edit.setId("requirementEdit");
        edit.disableProperty().bind(model.selectedItemProperty().isNull());
        edit.setOnAction(e -> edit(model.selectedItemProperty().get()));
        Button delete = new Button(messages.get("common.delete"));
        delete.setId("requirementDelete");
        delete.disableProperty().bind(model.selectedItemProperty().isNull());
        delete.setOnAction(e -> {
            RequirementItem item = model.selectedItemProperty().get();
            if (item != null && Dialogs.confirm(this, messages,
                    messages.get("requirement.item.deleteConfirm", RequirementTexts.title(item, messages)))) {
                model.deleteItem();
            }
        });
        Button up = new Button(messages.get("requirement.item.up"));
        up.setId("requirementUp");
        up.disableProperty().bind(model.selectedItemProperty().isNull());
        up.setOnAction(e -> model.move(true));
        Button down = new Button(messages.get("requirement.item.down"));
        down.setId("requirementDown");
        down.disableProperty().bind(model.selectedItemProperty().isNull());
        down.setOnAction(e -> model.move(false));
        Label caption = new Label(messages.get("requirements.items"));
        caption.getStyleClass().add("section-title");
        HBox box = new HBox(8, caption, add, edit, delete, up, down);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void edit(RequirementItem item) {
        RequirementSet set = model.selectedSetProperty().get();
        if (set == null) {
            return;
        }
        Long id = new RequirementItemDialog(this, messages, tasks, model, set.id(), item).showAndWait();
        if (id != null) {
            model.saved(id);
        }
    }

    /** Cells whose whole text shows on hover: the legal sources and the reach are often longer than the column. */
    private static <S> TableColumn<S, String> withTooltip(TableColumn<S, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        return column;
    }

    /** Keeps the table's choice and the model's the same, both ways (the model chooses again after a read). */
    private static <T> void follow(TableView<T> table, ObjectProperty<T> chosen) {
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null || !table.getItems().contains(chosen.get())) {
                chosen.set(now);
            }
        });
        chosen.addListener((o, was, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                if (now == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(now);
                    table.scrollTo(now);
                }
            }
        });
    }

    @Override
    public javafx.scene.control.ButtonBase newButton() {
        return add;
    }
}
