// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.events;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
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
import kz.schoolwatch.domain.EventDraft;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.OutreachEvent;
import kz.schoolwatch.domain.ReferenceItem;
import kz.schoolwatch.domain.SchoolChoice;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.ValidationException;
import kz.schoolwatch.ui.common.Converters;
import kz.schoolwatch.ui.common.FailureMessages;
import kz.schoolwatch.ui.common.FormDialog;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;
import kz.schoolwatch.ui.common.FormGrid;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.SearchableCheckList;
import kz.schoolwatch.ui.common.SearchablePickers;
import kz.schoolwatch.ui.common.TaskRunner;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The event form in a dialog, from the Events screen or from a school's card. The details of the event fill two
 * columns on the left; the officers present (with a search box, eight names at a time) and the partners take the
 * column on the right. The lists offered are the model's, so its choices must have been loaded.
 */
public final class EventDialog {

    private EventDialog() {
    }

    /**
     * Shows the form for {@code event} (null for a new one, then at {@code schoolId} when not null); true when an
     * event was saved.
     */
    public static boolean show(Node owner, EventsViewModel model, Messages messages, TaskRunner tasks, Clock clock,
                               OutreachEvent event, Long schoolId) {
        FormErrors errors = new FormErrors(messages);
        ComboBox<ReferenceItem> type = new ComboBox<>(FXCollections.observableArrayList(model.activeTypes()));
        type.setId("eventType");
        type.setConverter(Converters.of(ReferenceItem::name, ""));
        TextField title = new TextField();
        title.setId("eventTitle");
        title.setPromptText(messages.get("event.field.title.prompt"));
        DatePicker date = new DatePicker(LocalDate.now(clock));
        date.setId("eventDate");
        date.setConverter(Formats.dateConverter());
        ToggleGroup where = new ToggleGroup();
        RadioButton atSchool = new RadioButton(messages.get("event.field.atSchool"));
        atSchool.setId("eventAtSchool");
        atSchool.setToggleGroup(where);
        atSchool.setSelected(true);
        RadioButton atCentre = new RadioButton(messages.get("event.field.atCentre"));
        atCentre.setId("eventAtCentre");
        atCentre.setToggleGroup(where);
        SearchableComboBox<SchoolChoice> school = SearchablePickers.over(model.schools());
        school.setId("eventSchool");
        school.setConverter(Converters.of(SchoolChoice::label, ""));
        school.disableProperty().bind(atCentre.selectedProperty());
        ComboBox<Lookup> centre = new ComboBox<>(model.centres());
        centre.setId("eventCentre");
        centre.setConverter(Converters.of(Lookup::name, ""));
        centre.disableProperty().bind(atSchool.selectedProperty());
        FormGrid.fill(type, title, date, school, centre);

        CheckListView<Lookup> partners = new CheckListView<>(FXCollections.observableArrayList(model.partners()));
        partners.setId("eventPartners");
        partners.setFixedCellSize(30);
        partners.setPrefHeight(30 * 4 + 4);
        partners.getStyleClass().add("dense-check-list");
        partners.setCellFactory(lv -> new CheckBoxListCell<>(partners::getItemBooleanProperty,
                Converters.of(Lookup::name, "")));
        TextField newPartner = new TextField();
        newPartner.setId("eventNewPartner");
        newPartner.setPromptText(messages.get("event.field.newPartner"));
        HBox.setHgrow(newPartner, Priority.ALWAYS);
        Button addPartner = new Button(messages.get("event.addPartner"), new FontIcon("mdi2p-plus"));
        addPartner.setId("eventAddPartner");
        addPartner.setMinWidth(Region.USE_PREF_SIZE);
        Label partnerError = new Label();
        partnerError.setId("eventNewPartnerError");
        partnerError.getStyleClass().add("field-error");
        partnerError.setMinHeight(Region.USE_PREF_SIZE);
        addPartner.setOnAction(e -> {
            String name = newPartner.getText();
            partnerError.setText("");
            tasks.submit(() -> model.addPartner(name), added -> {
                partners.getItems().add(added);
                partners.getCheckModel().check(added);
                newPartner.clear();
            }, error -> partnerError.setText(FailureMessages.of(error).stream().findFirst()
                    .map(fe -> messages.get(fe.messageKey(), fe.args().toArray())).orElse("")));
        });
        newPartner.textProperty().addListener(o -> partnerError.setText(""));
        TextField pupils = new TextField("0");
        pupils.setId("eventPupils");
        TextField parents = new TextField("0");
        parents.setId("eventParents");
        FormGrid.fill(pupils, parents);
        SearchableCheckList<Lookup> officers = new SearchableCheckList<>("eventOfficers", messages, Lookup::name, 8);
        officers.setItems(model.officers());
        TextArea notes = new TextArea();
        notes.setId("eventNotes");
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        notes.setPrefWidth(80);

        if (event != null) {
            type.setValue(type.getItems().stream().filter(t -> t.id() == event.typeId()).findFirst().orElseGet(() -> {
                ReferenceItem retired = new ReferenceItem(event.typeId(), event.typeName(), 0, false);
                type.getItems().add(retired);
                return retired;
            }));
            title.setText(event.title());
            date.setValue(event.heldOn());
            if (event.schoolId() != null) {
                school.setValue(model.schools().stream().filter(s -> s.id() == event.schoolId()).findFirst().orElse(null));
            } else {
                atCentre.setSelected(true);
                centre.setValue(model.centres().stream().filter(c -> c.id() == event.centreId()).findFirst().orElse(null));
            }
            for (Lookup p : event.partners()) {
                Lookup item = partners.getItems().stream().filter(i -> i.id() == p.id()).findFirst().orElseGet(() -> {
                    partners.getItems().add(p);
                    return p;
                });
                partners.getCheckModel().check(item);
            }
            for (Lookup o : event.officers()) {
                officers.check(officers.items().stream().filter(i -> i.id() == o.id()).findFirst().orElse(o));
            }
            pupils.setText(Integer.toString(event.pupils()));
            parents.setText(Integer.toString(event.parents()));
            notes.setText(event.notes());
        } else if (schoolId != null) {
            school.setValue(model.schools().stream().filter(s -> s.id() == schoolId).findFirst().orElse(null));
        }

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

        Long id = event == null ? null : event.id();
        FormDialog dialog = new FormDialog(owner, messages, messages.get(event == null ? "event.form.new" : "event.form.edit"), "event",
                form, errors, tasks, () -> {
                    Integer p = Formats.parseCount(pupils.getText());
                    Integer r = Formats.parseCount(parents.getText());
                    List<FieldError> local = new ArrayList<>();
                    if (p == null) {
                        local.add(FieldError.of("pupils", "validation.number"));
                    }
                    if (r == null) {
                        local.add(FieldError.of("parents", "validation.number"));
                    }
                    if (!local.isEmpty()) {
                        throw new ValidationException(local);
                    }
                    EventDraft draft = new EventDraft(type.getValue() == null ? null : type.getValue().id(), title.getText(), date.getValue(),
                            atSchool.isSelected() && school.getValue() != null ? school.getValue().id() : null,
                            atCentre.isSelected() && centre.getValue() != null ? centre.getValue().id() : null,
                            p, r, notes.getText(),
                            partners.getCheckModel().getCheckedItems().stream().map(Lookup::id).toList(),
                            officers.checkedItems().stream().map(Lookup::id).toList());
                    return () -> {
                        model.save(id, draft);
                        return null;
                    };
                });
        return dialog.showAndWait().orElse(false);
    }

    private static FormField field(FormErrors errors, String name, String caption, Control control) {
        return errors.register(name, new FormField(caption, control));
    }
}
