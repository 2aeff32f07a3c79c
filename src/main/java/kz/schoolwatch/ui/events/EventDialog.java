// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.events;


import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.ReferenceItem;
import kz.schoolwatch.domain.SchoolChoice;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Converters;
import kz.schoolwatch.ui.common.FailureMessages;
import kz.schoolwatch.ui.common.FormDialog;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;
import kz.schoolwatch.ui.common.FormGrid;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.SearchableCheckList;
import kz.schoolwatch.ui.common.SearchablePickers;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The event form in a dialog, from the Events screen or from a school's card. The details of the event fill two
 * columns on the left; the officers present (with a search box, eight names at a time) and the partners take the
 * column on the right. It binds the form's view model and lays it out; the model checks and saves.
 */
public final class EventDialog {

    private EventDialog() {
    }

    /** Shows {@code model}'s form; true when the event was saved. */
    public static boolean show(Node owner, EventFormViewModel model, Messages messages) {
        FormErrors errors = new FormErrors(messages);
        ComboBox<ReferenceItem> type = new ComboBox<>(model.types());
        type.setId("eventType");
        type.setConverter(Converters.of(ReferenceItem::name, ""));
        type.valueProperty().bindBidirectional(model.typeProperty());
        TextField title = new TextField();
        title.setId("eventTitle");
        title.setPromptText(messages.get("event.field.title.prompt"));
        title.textProperty().bindBidirectional(model.titleProperty());
        DatePicker date = new DatePicker();
        date.setId("eventDate");
        date.setConverter(Formats.dateConverter());
        date.valueProperty().bindBidirectional(model.dateProperty());
        ToggleGroup where = new ToggleGroup();
        RadioButton atSchool = new RadioButton(messages.get("event.field.atSchool"));
        atSchool.setId("eventAtSchool");
        atSchool.setToggleGroup(where);
        RadioButton atCentre = new RadioButton(messages.get("event.field.atCentre"));
        atCentre.setId("eventAtCentre");
        atCentre.setToggleGroup(where);
        (model.atCentreProperty().get() ? atCentre : atSchool).setSelected(true);
        atCentre.selectedProperty().addListener((o, was, now) -> model.atCentreProperty().set(now));
        SearchableComboBox<SchoolChoice> school = SearchablePickers.over(model.schools());
        school.setId("eventSchool");
        school.setConverter(Converters.of(SchoolChoice::label, ""));
        school.valueProperty().bindBidirectional(model.schoolProperty());
        school.disableProperty().bind(atCentre.selectedProperty());
        ComboBox<Lookup> centre = new ComboBox<>(model.centres());
        centre.setId("eventCentre");
        centre.setConverter(Converters.of(Lookup::name, ""));
        centre.valueProperty().bindBidirectional(model.centreProperty());
        centre.disableProperty().bind(atSchool.selectedProperty());
        FormGrid.fill(type, title, date, school, centre);

        CheckListView<Lookup> partners = new CheckListView<>(model.partners());
        partners.setId("eventPartners");
        partners.setFixedCellSize(30);
        partners.setPrefHeight(30 * 4 + 4);
        partners.getStyleClass().add("dense-check-list");
        partners.setCellFactory(lv -> new CheckBoxListCell<>(partners::getItemBooleanProperty,
                Converters.of(Lookup::name, "")));
        followChecks(partners, model);
        TextField newPartner = new TextField();
        newPartner.setId("eventNewPartner");
        newPartner.setPromptText(messages.get("event.field.newPartner"));
        newPartner.textProperty().bindBidirectional(model.newPartnerProperty());
        HBox.setHgrow(newPartner, Priority.ALWAYS);
        Button addPartner = new Button(messages.get("event.addPartner"), new FontIcon("mdi2p-plus"));
        addPartner.setId("eventAddPartner");
        addPartner.setMinWidth(Region.USE_PREF_SIZE);
        addPartner.setOnAction(e -> model.addPartner());
        Label partnerError = new Label();
        partnerError.setId("eventNewPartnerError");
        partnerError.getStyleClass().add("field-error");
        partnerError.setMinHeight(Region.USE_PREF_SIZE);
        model.partnerErrorProperty().addListener((o, was, error) -> partnerError.setText(error == null ? ""
                : messages.get(error.messageKey(), error.args().toArray())));
        TextField pupils = new TextField();
        pupils.setId("eventPupils");
        pupils.textProperty().bindBidirectional(model.pupilsProperty());
        TextField parents = new TextField();
        parents.setId("eventParents");
        parents.textProperty().bindBidirectional(model.parentsProperty());
        FormGrid.fill(pupils, parents);
        SearchableCheckList<Lookup> officers = new SearchableCheckList<>("eventOfficers", messages, Lookup::name, 8);
        officers.setItems(model.officers());
        model.checkedOfficers().forEach(officers::check);
        officers.checkedItems().addListener((ListChangeListener<Lookup>) c -> model.checkedOfficers().setAll(officers.checkedItems()));
        TextArea notes = new TextArea();
        notes.setId("eventNotes");
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        notes.setPrefWidth(80);
        notes.textProperty().bindBidirectional(model.notesProperty());

        // Left: the event in two columns (60 % and 40 % of 600 px); right: who took part.
        GridPane left = FormGrid.of(560, 60, 40);
        left.add(field(errors, "type", messages.get("event.field.type"), type), 0, 0);
        left.add(field(errors, "heldOn", messages.get("event.field.date"), date), 1, 0);
        left.add(field(errors, "title", messages.get("event.field.title"), title), 0, 1, 2, 1);
        HBox placeKind = new HBox(16, atSchool, atCentre);
        placeKind.setAlignment(Pos.CENTER_LEFT);
        placeKind.setMinHeight(30);
        left.add(placeKind, 0, 2, 2, 1);
        FormField placeField = field(errors, "place", messages.get("event.field.place"), school);
        placeField.clearWhen(centre.valueProperty(), () -> centre.getValue() != null);
        left.add(placeField, 0, 3);
        left.add(new FormField(messages.get("event.field.centre"), centre).reserveErrorSpace(), 1, 3);
        left.add(field(errors, "pupils", messages.get("event.field.pupils"), pupils), 0, 4);
        left.add(field(errors, "parents", messages.get("event.field.parents"), parents), 1, 4);
        left.add(field(errors, "notes", messages.get("event.field.notes"), notes), 0, 5, 2, 1);

        FormField officersField = errors.register("officers",
                new FormField(messages.get("event.field.officers"), officers, officers.listView())).reserveErrorSpace();
        VBox.setVgrow(officers, Priority.ALWAYS);
        FormField partnersField = field(errors, "partners", messages.get("event.field.partners"), partners);
        VBox partnersBox = new VBox(2, partnersField, new HBox(6, newPartner, addPartner), partnerError);
        VBox right = new VBox(2, officersField, partnersBox);
        VBox.setVgrow(officersField, Priority.ALWAYS);
        right.setPrefWidth(300);
        right.setMinWidth(300);
        HBox form = new HBox(20, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);

        FormDialog dialog = new FormDialog(owner, messages, messages.get(model.isEditing() ? "event.form.edit" : "event.form.new"),
                "event", form, errors, model);
        return dialog.showAndWait().orElse(false);
    }

    /** The ticks of the partners' list and the model's ticked partners follow each other (a partner added is ticked). */
    private static void followChecks(CheckListView<Lookup> partners, EventFormViewModel model) {
        model.checkedPartners().forEach(p -> partners.getCheckModel().check(p));
        partners.getCheckModel().getCheckedItems().addListener((ListChangeListener<Lookup>) c -> {
            List<Lookup> checked = List.copyOf(partners.getCheckModel().getCheckedItems());
            if (!model.checkedPartners().equals(checked)) {
                model.checkedPartners().setAll(checked);
            }
        });
        model.checkedPartners().addListener((ListChangeListener<Lookup>) c -> model.checkedPartners().stream()
                .filter(p -> !partners.getCheckModel().isChecked(p)).toList().forEach(p -> partners.getCheckModel().check(p)));
    }

    private static FormField field(FormErrors errors, String name, String caption, Control control) {
        return errors.register(name, new FormField(caption, control));
    }
}
