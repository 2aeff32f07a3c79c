// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.imports;

import java.util.EnumMap;
import java.util.Map;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.ImportField;
import kz.schoolwatch.domain.ImportMapping;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Converters;

/**
 * Which column of the file fills which field: a row per field of the kind chosen, each a list of the file's columns
 * (with a value each holds) and «— не загружать —». A key field the mapping lacks is marked in red beside it.
 */
final class MappingPane extends VBox {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final ImportViewModel model;
    private final ImportTexts texts;
    private final Messages messages;
    private final GridPane grid = new GridPane();
    private final Map<ImportField, ComboBox<ColumnChoice>> combos = new EnumMap<>(ImportField.class);
    private final Map<ImportField, Label> marks = new EnumMap<>(ImportField.class);
    /** Set while the combos are set from the model, so that their change is not taken for the user's. */
    private boolean syncing;

    MappingPane(ImportViewModel model, Messages messages) {
        super(6);
        this.model = model;
        this.texts = model.texts();
        this.messages = messages;
        setId("importMapping");
        Label title = new Label(messages.get("import.screen.mapping"));
        title.getStyleClass().add("section-title");
        Label hint = new Label(messages.get("import.screen.mapping.hint"));
        hint.getStyleClass().add("footnote");
        hint.setWrapText(true);
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(2, 10, 8, 0));
        ColumnConstraints names = new ColumnConstraints(125, 130, 150);
        ColumnConstraints choices = new ColumnConstraints(165, 180, Double.MAX_VALUE);
        choices.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(names, choices);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().setAll(title, hint, scroll);

        model.fields().addListener((ListChangeListener<ImportField>) c -> rebuild());
        model.columns().addListener((ListChangeListener<ColumnChoice>) c -> sync());
        model.mappingProperty().addListener((obs, old, now) -> sync());
        model.missing().addListener((ListChangeListener<ImportField>) c -> sync());
        rebuild();
    }

    private void rebuild() {
        grid.getChildren().clear();
        combos.clear();
        marks.clear();
        int row = 0;
        for (ImportField field : model.fields()) {
            Label name = new Label(texts.field(field) + (field.isKey() ? " *" : ""));
            name.setWrapText(true);
            name.setId("importField-" + field.name());
            if (field.isKey()) {
                name.setStyle("-fx-font-weight: bold;");
            }
            ComboBox<ColumnChoice> combo = new ComboBox<>(model.columns());
            combo.setId("importMap-" + field.name());
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.setConverter(Converters.of(texts::column, texts.column(ColumnChoice.NONE)));
            combo.valueProperty().addListener((obs, old, now) -> {
                if (!syncing && now != null) {
                    model.map(field, now.column());
                }
            });
            Label mark = new Label(messages.get("import.screen.mapping.required"));
            mark.setId("importMissing-" + field.name());
            mark.getStyleClass().add("field-error");
            mark.setWrapText(true);
            VBox choice = new VBox(2, combo, mark);
            GridPane.setValignment(name, VPos.TOP);
            grid.addRow(row++, name, choice);
            combos.put(field, combo);
            marks.put(field, mark);
        }
        sync();
    }

    /** Shows the model's mapping in the combos and marks the key fields it lacks. */
    private void sync() {
        syncing = true;
        try {
            ImportMapping mapping = model.mappingProperty().get();
            combos.forEach((field, combo) -> {
                combo.setDisable(mapping == null);
                int column = mapping == null ? -1 : mapping.column(field).orElse(-1);
                ColumnChoice chosen = model.columns().stream().filter(c -> c.index() == column).findFirst().orElse(ColumnChoice.NONE);
                // Set afresh even when equal: after the file's columns are replaced the combo's button keeps showing
                // nothing for a value it already held.
                combo.setValue(null);
                combo.setValue(chosen);
                boolean lacking = model.missing().contains(field);
                combo.pseudoClassStateChanged(INVALID, lacking);
                marks.get(field).setVisible(lacking);
                marks.get(field).setManaged(lacking);
            });
        } finally {
            syncing = false;
        }
    }
}
