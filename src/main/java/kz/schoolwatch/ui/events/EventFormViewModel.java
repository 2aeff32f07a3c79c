// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.EventDraft;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.OutreachEvent;
import kz.schoolwatch.domain.ReferenceItem;
import kz.schoolwatch.domain.SchoolChoice;
import kz.schoolwatch.service.EditConflictException;
import kz.schoolwatch.service.EventService;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.LookupService;

import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.AbstractFormViewModel;
import kz.schoolwatch.ui.common.ConflictFields;
import kz.schoolwatch.ui.common.ConflictViewModel;
import kz.schoolwatch.ui.common.FailureMessages;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * The event form: a new event (today, at a school, no one present yet) or one being corrected. It offers the lists
 * the Events screen has read; a partner added here joins the registry and is ticked at once. A failed save keeps
 * every field as typed.
 */
public final class EventFormViewModel extends AbstractFormViewModel {

    /** The lists the form offers, as the Events screen read them. */
    public record Offered(List<ReferenceItem> activeTypes, ObservableList<SchoolChoice> schools, ObservableList<Lookup> centres,
                          List<Lookup> partners, List<Lookup> officers) {
    }

    private final EventService events;
    private final LookupService lookups;
    private final ObservableList<SchoolChoice> schools;
    private final ObservableList<Lookup> centres;
    /** The event being corrected, null for a new one. */
    private Long editing;
    /** The event as the form opened it (with its version), null for a new one. */
    private EventDraft loaded;
    /** The event as last sent to be saved: "mine" if that save meets someone else's change. */
    private EventDraft typed;

    // Properties
    private final ObservableList<ReferenceItem> types;
    private final ObservableList<Lookup> partners;
    private final ObservableList<Lookup> officers;
    private final ObjectProperty<ReferenceItem> type = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final BooleanProperty atCentre = new SimpleBooleanProperty();
    private final ObjectProperty<SchoolChoice> school = new SimpleObjectProperty<>();
    private final ObjectProperty<Lookup> centre = new SimpleObjectProperty<>();
    private final StringProperty pupils = new SimpleStringProperty("0");
    private final StringProperty parents = new SimpleStringProperty("0");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<Lookup> checkedPartners = FXCollections.observableArrayList();
    private final ObservableList<Lookup> checkedOfficers = FXCollections.observableArrayList();
    private final StringProperty newPartner = new SimpleStringProperty("");
    private final ObjectProperty<FieldError> partnerError = new SimpleObjectProperty<>();

    public EventFormViewModel(EventService events, LookupService lookups, TaskRunner tasks, Offered offered, LocalDate today) {
        super(tasks);
        this.events = events;
        this.lookups = lookups;
        this.schools = offered.schools();
        this.centres = offered.centres();
        // Own copies: an event being corrected may add its retired type, its partners and officers no longer offered.
        this.types = FXCollections.observableArrayList(offered.activeTypes());
        this.partners = FXCollections.observableArrayList(offered.partners());
        this.officers = FXCollections.observableArrayList(offered.officers());
        date.set(today);
        newPartner.addListener(o -> partnerError.set(null));
    }

    // Commands

    /** A new event at school {@code schoolId}. */
    public void startAt(long schoolId) {
        school.set(schools.stream().filter(s -> s.id() == schoolId).findFirst().orElse(null));
    }

    /** Loads {@code event} into the form for correcting it. */
    public void edit(OutreachEvent event) {
        editing = event.id();
        if (types.stream().noneMatch(t -> t.id() == event.typeId())) {
            types.add(new ReferenceItem(event.typeId(), event.typeName(), 0, false));
        }
        present(partners, event.partners());
        present(officers, event.officers());
        show(event.toDraft());
    }

    /** Shows {@code d} as the event stored now: what the next save goes over. */
    private void show(EventDraft d) {
        loaded = d;
        fill(d);
    }

    /** Puts {@code d}'s values in the fields. */
    private void fill(EventDraft d) {
        type.set(types.stream().filter(t -> d.typeId() != null && t.id() == d.typeId()).findFirst().orElse(null));
        title.set(d.title());
        date.set(d.heldOn());
        atCentre.set(d.schoolId() == null && d.centreId() != null);
        school.set(d.schoolId() == null ? null : schools.stream().filter(s -> s.id() == d.schoolId()).findFirst().orElse(null));
        centre.set(d.centreId() == null ? null : centres.stream().filter(c -> c.id() == d.centreId()).findFirst().orElse(null));
        checkedPartners.setAll(ticked(partners, d.partnerIds()));
        checkedOfficers.setAll(ticked(officers, d.officerIds()));
        pupils.set(d.pupils() == null ? "" : Integer.toString(d.pupils()));
        parents.set(d.parents() == null ? "" : Integer.toString(d.parents()));
        notes.set(d.notes());
    }

    /** The entries of {@code list} for {@code ids}; one the list lacks (added elsewhere meanwhile) joins it by its id. */
    private static List<Lookup> ticked(List<Lookup> list, List<Long> ids) {
        return present(list, ids.stream().map(id -> list.stream().filter(i -> i.id() == id).findFirst()
                .orElse(new Lookup(id, "№" + id))).toList());
    }

    /** The entries of {@code list} for {@code wanted}, adding those the list does not offer (any more). */
    private static List<Lookup> present(List<Lookup> list, List<Lookup> wanted) {
        List<Lookup> found = new ArrayList<>();
        for (Lookup w : wanted) {
            found.add(list.stream().filter(i -> i.id() == w.id()).findFirst().orElseGet(() -> {
                list.add(w);
                return w;
            }));
        }
        return found;
    }

    /** Adds the partner typed in {@link #newPartnerProperty()} to the registry and ticks it. */
    public void addPartner() {
        String name = newPartner.get();
        partnerError.set(null);
        tasks().submit(() -> lookups.addPartner(name), added -> {
            partners.add(added);
            checkedPartners.add(added);
            newPartner.set("");
        }, error -> partnerError.set(FailureMessages.of(error).stream().findFirst().orElse(null)));
    }

    /** Checks the counts, builds the draft and saves it off the FX thread. */
    @Override
    public void save() {
        Integer p = Formats.parseCount(pupils.get());
        Integer r = Formats.parseCount(parents.get());
        List<FieldError> local = new ArrayList<>();
        if (p == null) {
            local.add(FieldError.of("pupils", "validation.number"));
        }
        if (r == null) {
            local.add(FieldError.of("parents", "validation.number"));
        }
        if (refuse(local)) {
            return;
        }
        EventDraft draft = new EventDraft(type.get() == null ? null : type.get().id(), title.get(), date.get(),
                !atCentre.get() && school.get() != null ? school.get().id() : null,
                atCentre.get() && centre.get() != null ? centre.get().id() : null,
                p, r, notes.get(), checkedPartners.stream().map(Lookup::id).toList(), checkedOfficers.stream().map(Lookup::id).toList(),
                loaded == null ? 0 : loaded.version());
        typed = draft;
        Long id = editing;
        saveInBackground(() -> {
            if (id == null) {
                events.create(draft);
            } else {
                events.update(id, draft);
            }
            return Boolean.TRUE;
        });
    }

    /** The event as stored now beside the one opened and the one typed; the officer's choice goes through this form. */
    @Override
    protected ConflictViewModel<?> conflictWith(EditConflictException changed) {
        EventDraft theirs = changed.current(EventDraft.class);
        return new ConflictViewModel<>(conflictFields(), loaded, theirs, typed, this::show, merged -> {
            // Their version becomes what the form opened; the fields hold the merge, saved over that version.
            loaded = theirs;
            fill(merged);
            save();
        });
    }

    /** Partners and officers compare as sets (ticked in any order) and merge as a whole list. */
    private ConflictFields<EventDraft> conflictFields() {
        return ConflictFields.of(EventDraft.class)
                .add("typeId", "event.field.type", EventDraft::typeId, ConflictFields.lookedUp(id -> types.stream()
                        .filter(t -> t.id() == ((Number) id).longValue()).map(ReferenceItem::name).findFirst().orElse(String.valueOf(id))))
                .add("title", "event.field.title", EventDraft::title)
                .add("heldOn", "event.field.date", EventDraft::heldOn)
                .add("schoolId", "event.field.place", EventDraft::schoolId, ConflictFields.lookedUp(id -> schools.stream()
                        .filter(s -> s.id() == ((Number) id).longValue()).map(SchoolChoice::label).findFirst().orElse(String.valueOf(id))))
                .add("centreId", "event.field.centre", EventDraft::centreId, ConflictFields.lookedUp(id -> name(centres, id)))
                .add("pupils", "event.field.pupils", EventDraft::pupils)
                .add("parents", "event.field.parents", EventDraft::parents)
                .add("notes", "event.field.notes", EventDraft::notes)
                .add("partnerIds", "event.field.partners", d -> sorted(d.partnerIds()), ConflictFields.lookedUp(ids -> names(partners, ids)))
                .add("officerIds", "event.field.officers", d -> sorted(d.officerIds()), ConflictFields.lookedUp(ids -> names(officers, ids)));
    }

    private static List<Long> sorted(List<Long> ids) {
        return ids.stream().sorted().toList();
    }

    /** The names {@code list} shows for a list of ids, joined, by name. */
    private static String names(List<Lookup> list, Object ids) {
        return ((List<?>) ids).stream().map(id -> name(list, id)).sorted().collect(Collectors.joining(", "));
    }

    private static String name(List<Lookup> list, Object id) {
        long wanted = ((Number) id).longValue();
        return list.stream().filter(l -> l.id() == wanted).map(Lookup::name).findFirst().orElse(String.valueOf(id));
    }

    /** True for an event being corrected. */
    public boolean isEditing() {
        return editing != null;
    }

    /** Types a new event may take, and a corrected event's own retired type. */
    public ObservableList<ReferenceItem> types() {
        return types;
    }

    public ObservableList<SchoolChoice> schools() {
        return schools;
    }

    public ObservableList<Lookup> centres() {
        return centres;
    }

    public ObservableList<Lookup> partners() {
        return partners;
    }

    public ObservableList<Lookup> officers() {
        return officers;
    }

    public ObjectProperty<ReferenceItem> typeProperty() {
        return type;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** False at a school, true at a leisure centre. */
    public BooleanProperty atCentreProperty() {
        return atCentre;
    }

    public ObjectProperty<SchoolChoice> schoolProperty() {
        return school;
    }

    public ObjectProperty<Lookup> centreProperty() {
        return centre;
    }

    public StringProperty pupilsProperty() {
        return pupils;
    }

    public StringProperty parentsProperty() {
        return parents;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** The partners ticked, in the order ticked. */
    public ObservableList<Lookup> checkedPartners() {
        return checkedPartners;
    }

    /** The officers ticked. */
    public ObservableList<Lookup> checkedOfficers() {
        return checkedOfficers;
    }

    public StringProperty newPartnerProperty() {
        return newPartner;
    }

    /** Why the last partner could not be added, or null. */
    public ReadOnlyObjectProperty<FieldError> partnerErrorProperty() {
        return partnerError;
    }

}
