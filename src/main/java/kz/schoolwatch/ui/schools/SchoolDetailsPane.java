// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.NamedRef;
import kz.schoolwatch.domain.Ownership;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.domain.TeachingLanguage;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.ConflictDialog;
import kz.schoolwatch.ui.common.EnumConverter;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;
import kz.schoolwatch.ui.common.SaveFeedback;

/** The school's own data: number, name, type, district, contacts, pupils, entrances and floors, bound to its {@link SchoolDetailsViewModel}. */
final class SchoolDetailsPane extends VBox {

    private final TextField number = text("schoolNumber");
    private final TextField name = text("schoolName");
    private final ComboBox<SchoolType> type = new ComboBox<>();
    private final ComboBox<Ownership> ownership = new ComboBox<>();
    private final ComboBox<TeachingLanguage> language = new ComboBox<>();
    private final ComboBox<NamedRef> district = new ComboBox<>();
    private final TextField address = text("schoolAddress");
    private final TextField director = text("schoolDirector");
    private final TextField phone = text("schoolPhone");
    private final TextField pupils = text("schoolPupils");
    private final TextField entrances = text("schoolEntrances");
    private final TextField floors = text("schoolFloors");
    private final Button save = new Button();
    private final Label message = new Label();

    SchoolDetailsPane(SchoolDetailsViewModel model, Messages messages) {
        setSpacing(12);
        setPadding(new Insets(16));

        type.setId("schoolType");
        type.getItems().setAll(SchoolType.values());
        type.setConverter(new EnumConverter<>(messages, "school.type", SchoolType.class));
        ownership.setId("schoolOwnership");
        ownership.getItems().setAll(Ownership.values());
        ownership.setConverter(new EnumConverter<>(messages, "school.ownership", Ownership.class));
        language.setId("schoolLanguage");
        language.getItems().setAll(TeachingLanguage.values());
        language.setConverter(new EnumConverter<>(messages, "school.language", TeachingLanguage.class));
        district.setId("schoolDistrict");
        district.setItems(model.districts());
        phone.setPromptText("+7 727 123 45 67");
        List.of(type, ownership, language, district).forEach(c -> c.setMaxWidth(Double.MAX_VALUE));
        number.textProperty().bindBidirectional(model.numberProperty());
        name.textProperty().bindBidirectional(model.nameProperty());
        type.valueProperty().bindBidirectional(model.typeProperty());
        ownership.valueProperty().bindBidirectional(model.ownershipProperty());
        language.valueProperty().bindBidirectional(model.languageProperty());
        district.valueProperty().bindBidirectional(model.districtProperty());
        address.textProperty().bindBidirectional(model.addressProperty());
        director.textProperty().bindBidirectional(model.directorProperty());
        phone.textProperty().bindBidirectional(model.phoneProperty());
        pupils.textProperty().bindBidirectional(model.pupilsProperty());
        entrances.textProperty().bindBidirectional(model.entrancesProperty());
        floors.textProperty().bindBidirectional(model.floorsProperty());

        FormErrors errors = new FormErrors(messages);
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(errors.register("number", new FormField(messages.get("school.field.number"), number)), 0, 0);
        grid.add(errors.register("district", new FormField(messages.get("school.field.district"), district)), 1, 0);
        grid.add(errors.register("name", new FormField(messages.get("school.field.name"), name)), 0, 1, 2, 1);
        grid.add(errors.register("type", new FormField(messages.get("school.field.type"), type)), 0, 2);
        grid.add(errors.register("ownership", new FormField(messages.get("school.field.ownership"), ownership)), 1, 2);
        grid.add(errors.register("language", new FormField(messages.get("school.field.language"), language)), 0, 3);
        grid.add(errors.register("pupils", new FormField(messages.get("school.field.pupils"), pupils)), 1, 3);
        grid.add(errors.register("address", new FormField(messages.get("school.field.address"), address)), 0, 4, 2, 1);
        grid.add(errors.register("director", new FormField(messages.get("school.field.director"), director)), 0, 5);
        grid.add(errors.register("phone", new FormField(messages.get("school.field.phone"), phone)), 1, 5);
        grid.add(errors.register("entrances", new FormField(messages.get("school.field.entrances"), entrances)), 0, 6);
        grid.add(errors.register("floors", new FormField(messages.get("school.field.floors"), floors)), 1, 6);
        SaveFeedback feedback = new SaveFeedback(messages, errors, message);
        model.outcomeProperty().addListener((o, was, now) -> now.showIn(feedback, messages));
        model.conflictProperty().addListener((o, was, conflict) -> {
            if (conflict != null) {
                ConflictDialog.resolve(this, messages, conflict);
            }
        });
        message.setId("schoolFormMessage");

        save.setId("schoolSave");
        save.setText(messages.get("common.save"));
        save.setTooltip(new Tooltip(messages.get("shortcut.tooltip", messages.get("common.save"), "Ctrl+S")));
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.savingProperty());
        save.setOnAction(e -> model.save());
        HBox buttons = new HBox(12, save, message);
        HBox.setHgrow(message, Priority.ALWAYS);
        getChildren().addAll(grid, buttons);
    }

    private static TextField text(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }
}
