// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

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
import kz.schoolwatch.domain.SchoolDetails;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.domain.TeachingLanguage;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.SchoolService;
import kz.schoolwatch.ui.common.EnumConverter;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;
import kz.schoolwatch.ui.common.Inputs;
import kz.schoolwatch.ui.common.SaveFeedback;
import kz.schoolwatch.ui.common.TaskRunner;

/** The school's own data: number, name, type, district, contacts, pupils. Validates before it saves. */
final class SchoolDetailsPane extends VBox {

    private final SchoolService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final LongConsumer onSaved;

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
    private final Button save = new Button();
    private final Label message = new Label();
    private final SaveFeedback feedback;

    private Long schoolId;
    private SchoolDetails loaded;
    /** The fields as last loaded or saved: what differs from it is unsaved. */
    private List<Object> baseline;

    SchoolDetailsPane(SchoolService service, TaskRunner tasks, Messages messages, LongConsumer onSaved) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.onSaved = onSaved;
        setSpacing(12);
        setPadding(new Insets(16));

        type.setId("schoolType");
        type.getItems().setAll(SchoolType.values());
        type.setConverter(new EnumConverter<>(messages, "school.type", SchoolType.class));
        ownership.setId("schoolOwnership");
        ownership.getItems().setAll(Ownership.values());
        ownership.setConverter(new EnumConverter<>(messages, "school.ownership", Ownership.class));
        ownership.setValue(Ownership.STATE);
        language.setId("schoolLanguage");
        language.getItems().setAll(TeachingLanguage.values());
        language.setConverter(new EnumConverter<>(messages, "school.language", TeachingLanguage.class));
        language.setValue(TeachingLanguage.KAZAKH_RUSSIAN);
        district.setId("schoolDistrict");
        phone.setPromptText("+7 727 123 45 67");
        List.of(type, ownership, language, district).forEach(c -> c.setMaxWidth(Double.MAX_VALUE));

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
        feedback = new SaveFeedback(messages, errors, message);
        message.setId("schoolFormMessage");

        save.setId("schoolSave");
        save.setText("_" + messages.get("common.save"));
        save.setMnemonicParsing(true);
        save.setTooltip(new Tooltip(messages.get("shortcut.tooltip", messages.get("common.save"), "Ctrl+S")));
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        HBox buttons = new HBox(12, save, message);
        HBox.setHgrow(message, Priority.ALWAYS);
        getChildren().addAll(grid, buttons);
        baseline = fields();
    }

    private static TextField text(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    /** Fills the district choices and, for an existing school, the fields. */
    void load(Long id) {
        this.schoolId = id;
        tasks.submit(() -> new Object[] {service.districts(), id == null ? null : service.find(id)}, result -> {
            @SuppressWarnings("unchecked")
            List<NamedRef> districts = (List<NamedRef>) result[0];
            district.getItems().setAll(districts);
            if (result[1] instanceof SchoolDetails s) {
                show(s);
            }
        }, feedback::showFailure);
    }

    private void show(SchoolDetails s) {
        loaded = s;
        number.setText(s.number() == null ? "" : s.number().toString());
        name.setText(s.name());
        type.setValue(s.type());
        ownership.setValue(s.ownership());
        language.setValue(s.language());
        district.setValue(district.getItems().stream().filter(d -> d.id() == s.districtId()).findFirst().orElse(null));
        address.setText(nullToEmpty(s.address()));
        director.setText(nullToEmpty(s.directorName()));
        phone.setText(nullToEmpty(s.phone()));
        pupils.setText(s.pupils() == null ? "" : s.pupils().toString());
        baseline = fields();
    }

    /** What the form holds now, as typed. */
    private List<Object> fields() {
        return Arrays.asList(number.getText(), name.getText(), type.getValue(), ownership.getValue(), language.getValue(),
                district.getValue() == null ? null : district.getValue().id(), address.getText(), director.getText(),
                phone.getText(), pupils.getText());
    }

    /** Whether the fields differ from the school as loaded (or from the empty form of a new school). */
    boolean hasUnsavedInput() {
        return !fields().equals(baseline);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Reads the form, checks it, saves it in the background; errors appear next to the fields. */
    void save() {
        save(saved -> { });
    }

    /** As {@link #save()}; {@code done} gets true once saved, false when the form or the database refused it. */
    void save(Consumer<Boolean> done) {
        feedback.clear();
        List<FieldError> parseErrors = new ArrayList<>();
        Integer num = Inputs.integerField("number", number.getText(), parseErrors);
        Integer pup = Inputs.integerField("pupils", pupils.getText(), parseErrors);
        SchoolDetails s = new SchoolDetails(schoolId, num, name.getText(), type.getValue(), ownership.getValue(), language.getValue(),
                district.getValue() == null ? null : (int) district.getValue().id(), address.getText(), director.getText(),
                phone.getText(), pup, loaded == null ? null : loaded.archivedOn());
        List<FieldError> all = new ArrayList<>(parseErrors);
        service.validate(s).errors().stream()
                .filter(e -> parseErrors.stream().noneMatch(p -> p.field().equals(e.field())))
                .forEach(all::add);
        if (feedback.showIfAny(all)) {
            done.accept(false);
            return;
        }
        save.setDisable(true);
        List<Object> saving = fields();
        tasks.submit(() -> service.save(s), id -> {
            save.setDisable(false);
            schoolId = id;
            loaded = s.withId(id);
            baseline = saving;
            feedback.showSaved(messages.get("school.saved"));
            onSaved.accept(id);
            done.accept(true);
        }, error -> {
            save.setDisable(false);
            feedback.showFailure(error);
            done.accept(false);
        });
    }
}
