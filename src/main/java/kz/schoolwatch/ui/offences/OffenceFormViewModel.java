// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.offences;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.Offence;
import kz.schoolwatch.domain.OffenceDraft;
import kz.schoolwatch.domain.OffenceLocation;
import kz.schoolwatch.domain.ReferenceItem;
import kz.schoolwatch.domain.SchoolChoice;
import kz.schoolwatch.service.EditConflictException;
import kz.schoolwatch.service.OffenceService;

import kz.schoolwatch.ui.common.AbstractFormViewModel;
import kz.schoolwatch.ui.common.ConflictFields;
import kz.schoolwatch.ui.common.ConflictViewModel;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * The offence form: a new offence (today, inside the building) or one being corrected. The service checks the
 * fields; its refusals come back field by field and everything typed stays.
 */
public final class OffenceFormViewModel extends AbstractFormViewModel {

    private final OffenceService offences;
    private final ObservableList<SchoolChoice> schools;
    /** The offence being corrected, null for a new one. */
    private Long editing;
    /** The offence as its form opened it (or as stored when a conflict was resolved); null for a new one. */
    private OffenceDraft loaded;
    /** The offence as last sent to be saved: "mine" if that save meets someone else's change. */
    private OffenceDraft typed;

    // Properties
    private final ObservableList<ReferenceItem> kinds;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<SchoolChoice> school = new SimpleObjectProperty<>();
    private final ObjectProperty<ReferenceItem> kind = new SimpleObjectProperty<>();
    private final BooleanProperty onGrounds = new SimpleBooleanProperty();
    private final StringProperty description = new SimpleStringProperty("");
    private final BooleanProperty camerasHelped = new SimpleBooleanProperty();

    public OffenceFormViewModel(OffenceService offences, TaskRunner tasks, ObservableList<SchoolChoice> schools,
                                List<ReferenceItem> activeKinds, LocalDate today) {
        super(tasks);
        this.offences = offences;
        this.schools = schools;
        // An own copy: an offence being corrected may add its retired kind.
        this.kinds = FXCollections.observableArrayList(activeKinds);
        date.set(today);
    }

    // Commands

    /** Loads {@code offence} into the form for correcting it. */
    public void edit(Offence offence) {
        editing = offence.id();
        if (kinds.stream().noneMatch(k -> k.id() == offence.kindId())) {
            kinds.add(new ReferenceItem(offence.kindId(), offence.kindName(), 0, false));
        }
        show(offence.toDraft());
    }

    /** Shows {@code d} as what the form opened: a later save goes over its version. */
    private void show(OffenceDraft d) {
        loaded = d;
        fill(d);
    }

    /** Puts {@code d}'s values in the fields. */
    private void fill(OffenceDraft d) {
        date.set(d.occurredOn());
        school.set(schools.stream().filter(s -> d.schoolId() != null && s.id() == d.schoolId()).findFirst().orElse(null));
        kind.set(kinds.stream().filter(k -> d.kindId() != null && k.id() == d.kindId()).findFirst().orElse(null));
        onGrounds.set(d.location() == OffenceLocation.GROUNDS);
        description.set(d.description() == null ? "" : d.description());
        camerasHelped.set(d.camerasHelped());
    }

    /** Builds the draft and saves it off the FX thread. */
    @Override
    public void save() {
        OffenceDraft draft = new OffenceDraft(date.get(), school.get() == null ? null : school.get().id(),
                kind.get() == null ? null : kind.get().id(), onGrounds.get() ? OffenceLocation.GROUNDS : OffenceLocation.INSIDE,
                description.get(), camerasHelped.get(), loaded == null ? 0 : loaded.version());
        Long id = editing;
        typed = draft;
        saveInBackground(() -> offences.save(id, draft));
    }

    /** The offence as stored now beside the one opened and the one typed; the officer's choice goes through this form. */
    @Override
    protected ConflictViewModel<?> conflictWith(EditConflictException changed) {
        OffenceDraft theirs = changed.current(OffenceDraft.class);
        return new ConflictViewModel<>(conflictFields(), loaded, theirs, typed, this::show, merged -> {
            // Their version becomes what the form opened; the fields hold the merge, saved over that version.
            loaded = theirs;
            fill(merged);
            save();
        });
    }

    private ConflictFields<OffenceDraft> conflictFields() {
        return ConflictFields.of(OffenceDraft.class)
                .add("occurredOn", "offence.field.date", OffenceDraft::occurredOn)
                .add("schoolId", "offence.field.school", OffenceDraft::schoolId, ConflictFields.lookedUp(id -> schools.stream()
                        .filter(s -> s.id() == ((Number) id).longValue()).map(SchoolChoice::label).findFirst()
                        .orElse(String.valueOf(id))))
                .add("kindId", "offence.field.kind", OffenceDraft::kindId, ConflictFields.lookedUp(id -> kinds.stream()
                        .filter(k -> k.id() == ((Number) id).intValue()).map(ReferenceItem::name).findFirst()
                        .orElse(String.valueOf(id))))
                .add("location", "offence.field.location", OffenceDraft::location, ConflictFields.named("offence.location"))
                .add("description", "offence.field.description", OffenceDraft::description)
                .add("camerasHelped", "offence.field.cameras", OffenceDraft::camerasHelped, ConflictFields.YES_NO);
    }

    /** True for an offence being corrected. */
    public boolean isEditing() {
        return editing != null;
    }

    public ObservableList<SchoolChoice> schools() {
        return schools;
    }

    /** The kinds a new offence may take, and a corrected offence's own retired kind. */
    public ObservableList<ReferenceItem> kinds() {
        return kinds;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<SchoolChoice> schoolProperty() {
        return school;
    }

    public ObjectProperty<ReferenceItem> kindProperty() {
        return kind;
    }

    /** False inside the building, true on the school's grounds. */
    public BooleanProperty onGroundsProperty() {
        return onGrounds;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public BooleanProperty camerasHelpedProperty() {
        return camerasHelped;
    }

}
