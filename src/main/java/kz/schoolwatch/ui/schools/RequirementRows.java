// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.FindingResult;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.EnumConverter;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;

/**
 * The requirement items of a new check, one line each: the requirement, its result (proposed from the school's data)
 * and a note; rebuilt when the check's date brings another list.
 */
final class RequirementRows extends VBox {

    private final GridPane grid = new GridPane();

    RequirementRows(ChecksViewModel model, Messages messages, FormErrors errors) {
        setSpacing(6);
        Label hint = new Label();
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints title = new ColumnConstraints(160, 300, 420);
        ColumnConstraints result = new ColumnConstraints(170);
        ColumnConstraints note = new ColumnConstraints(160, 300, Double.MAX_VALUE);
        note.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(title, result, note);
        EnumConverter<FindingResult> texts = new EnumConverter<>(messages, "finding.result", FindingResult.class);
        Runnable build = () -> {
            grid.getChildren().clear();
            hint.setText(messages.get(model.requirementRows().isEmpty() ? "check.requirements.none" : "check.requirements.hint"));
            int row = 0;
            for (ChecksViewModel.RequirementRow r : model.requirementRows()) {
                Label caption = new Label(r.title());
                caption.setWrapText(true);
                ComboBox<FindingResult> box = new ComboBox<>();
                String code = r.item().code() != null ? r.item().code() : String.valueOf(r.item().id());
                box.setId("checkResult" + code);
                box.getItems().setAll(FindingResult.values());
                box.setConverter(texts);
                box.setMaxWidth(Double.MAX_VALUE);
                box.valueProperty().bindBidirectional(r.result());
                TextField text = new TextField();
                text.setId("checkNote" + code);
                text.textProperty().bindBidirectional(r.note());
                grid.add(caption, 0, row);
                grid.add(errors.register("finding." + r.item().id(), new FormField("", box)), 1, row);
                grid.add(text, 2, row);
                row++;
            }
        };
        model.requirementRows().addListener((ListChangeListener<ChecksViewModel.RequirementRow>) c -> build.run());
        build.run();
        getChildren().addAll(hint, grid);
    }
}
