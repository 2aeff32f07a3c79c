// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.visits;

import java.time.LocalTime;
import java.util.List;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.ReferenceItem;
import kz.schoolwatch.domain.SchoolChoice;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.ui.common.ConflictDialog;
import kz.schoolwatch.ui.common.Converters;
import kz.schoolwatch.ui.common.EditBar;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.FormField;
import kz.schoolwatch.ui.common.SearchablePickers;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The visit form beside the table, built for speed: the officer and the moment are filled in, so logging a
 * visit is choosing the school (typing its number) and pressing «Сохранить».
 */
final class VisitFormView extends VBox {

    private final VisitFormViewModel model;
    private final FormErrors errors;
    private final Label formError = new Label();
    private final DatePicker date = new DatePicker();

    VisitFormView(VisitFormViewModel model, Messages messages, Runnable editPurposes) {
        super(10);
        this.model = model;
        this.errors = new FormErrors(messages);
        setId("visitForm");
        getStyleClass().add("side-form");
        setPrefWidth(360);

        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.when(model.editingProperty().isNull())
                .then(messages.get("visit.form.new")).otherwise(messages.get("visit.form.edit")));

        ComboBox<Lookup> officer = new ComboBox<>(model.officers());
        officer.setId("visitOfficer");
        officer.setConverter(Converters.of(Lookup::name, ""));
        officer.setMaxWidth(Double.MAX_VALUE);
        officer.valueProperty().bindBidirectional(model.officerProperty());
        Button me = new Button(messages.get("visit.form.me"), new FontIcon("mdi2a-account-check-outline"));
        me.setId("visitMe");
        me.setTooltip(new Tooltip(messages.get("visit.form.me.hint")));
        me.setOnAction(e -> model.rememberOfficerAsMe());
        HBox.setHgrow(officer, Priority.ALWAYS);
        FormField officerField = errors.register("officer", new FormField(messages.get("visit.field.officer"), officer));
        HBox officerRow = new HBox(6, officerField, me);
        officerRow.setAlignment(Pos.BOTTOM_LEFT);
        HBox.setHgrow(officerField, Priority.ALWAYS);

        SearchableComboBox<SchoolChoice> school = SearchablePickers.over(model.schools());
        school.setId("visitSchool");
        school.setConverter(Converters.of(SchoolChoice::label, ""));
        school.setPromptText(messages.get("visit.field.school.prompt"));
        school.setMaxWidth(Double.MAX_VALUE);
        school.valueProperty().bindBidirectional(model.schoolProperty());

        date.setId("visitDate");
        date.setConverter(Formats.dateConverter());
        date.valueProperty().bindBidirectional(model.dateProperty());
        date.setMaxWidth(Double.MAX_VALUE);
        TextField time = new TextField();
        time.setId("visitTime");
        time.setPrefColumnCount(5);
        time.textProperty().bindBidirectional(model.timeProperty());
        FormField dateField = errors.register("visitedAt", new FormField(messages.get("visit.field.date"), date));
        FormField timeField = errors.register("time", new FormField(messages.get("visit.field.time"), time));
        // The moment is asked for beside the date; a time typed in answers it as well.
        dateField.clearWhen(time.textProperty(), () -> date.getValue() != null && time.getText() != null && !time.getText().isBlank());
        HBox.setHgrow(dateField, Priority.ALWAYS);

        ComboBox<ReferenceItem> purpose = new ComboBox<>(model.purposes());
        purpose.setId("visitPurpose");
        purpose.setConverter(Converters.of(ReferenceItem::name, ""));
        purpose.setMaxWidth(Double.MAX_VALUE);
        purpose.valueProperty().bindBidirectional(model.purposeProperty());
        Button purposes = EditBar.referenceList("visitPurposes", null, editPurposes);
        purposes.setTooltip(new Tooltip(messages.get("visit.form.purposes")));
        purposes.setAccessibleText(messages.get("visit.form.purposes"));
        FormField purposeField = errors.register("purpose", new FormField(messages.get("visit.field.purpose"), purpose));
        HBox.setHgrow(purposeField, Priority.ALWAYS);
        HBox purposeRow = new HBox(6, purposeField, purposes);
        purposeRow.setAlignment(Pos.BOTTOM_LEFT);

        TextArea findings = area("visitFindings", model.findingsProperty());
        TextArea actions = area("visitActions", model.agreedActionsProperty());

        Button save = new Button(messages.get("common.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setId("visitSave");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.savingProperty());
        save.setOnAction(e -> {
            commitDate();
            model.save();
        });
        Button clear = new Button(messages.get("visit.form.clear"));
        clear.setId("visitNew");
        clear.setOnAction(e -> model.startNew());
        Label saved = new Label();
        saved.setId("visitSaved");
        saved.getStyleClass().add("success-text");
        // «Посещение сохранено в 15:08. Форма готова для следующего.» whole in the narrow side form.
        saved.setWrapText(true);
        model.savedProperty().addListener((o, was, now) -> saved.setText(messages.get("visit.form.saved",
                LocalTime.now().format(Formats.TIME))));
        model.editingProperty().addListener((o, was, now) -> saved.setText(""));
        formError.setId("visitFormError");
        formError.getStyleClass().add("error-text");
        formError.setWrapText(true);

        getChildren().addAll(title, officerRow,
                errors.register("school", new FormField(messages.get("visit.field.school"), school)),
                new HBox(8, dateField, timeField), purposeRow,
                errors.register("findings", new FormField(messages.get("visit.field.findings"), findings)),
                errors.register("agreedActions", new FormField(messages.get("visit.field.actions"), actions)),
                new HBox(8, save, clear), formError, saved);

        model.errors().addListener((ListChangeListener<FieldError>) c -> showErrors(model.errors()));
        model.conflictProperty().addListener((o, was, conflict) -> {
            if (conflict != null) {
                ConflictDialog.resolve(this, messages, conflict);
            }
        });

        // A new visit's default date and time follow the clock while untouched (checked every 15 s and whenever the
        // form comes on screen), so they are «now» when the visit is logged, not when the screen was first built.
        Timeline tick = new Timeline(
                new KeyFrame(Duration.seconds(15), e -> model.refreshDefaultMoment()));
        tick.setCycleCount(Animation.INDEFINITE);
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.refreshDefaultMoment();
                tick.play();
            } else {
                tick.stop();
            }
        });
    }

    private void showErrors(List<FieldError> list) {
        List<FieldError> rest = errors.show(list);
        formError.setText(rest.isEmpty() ? "" : errors.text(rest.get(0)));
    }

    /** A date typed but not yet confirmed with Enter still counts. */
    private void commitDate() {
        String typed = date.getEditor().getText();
        try {
            date.setValue(typed == null || typed.isBlank() ? null : date.getConverter().fromString(typed));
        } catch (RuntimeException e) {
            // Unreadable text: the service reports the missing date next to the field.
            date.setValue(null);
        }
    }

    private static TextArea area(String id, StringProperty text) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(3);
        a.textProperty().bindBidirectional(text);
        return a;
    }
}
