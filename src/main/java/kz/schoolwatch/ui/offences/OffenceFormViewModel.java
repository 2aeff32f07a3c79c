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
import kz.schoolwatch.service.OffenceService;

import kz.schoolwatch.ui.common.AbstractFormViewModel;
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
        date.set(offence.occurredOn());
        school.set(schools.stream().filter(s -> s.id() == offence.schoolId()).findFirst().orElse(null));
        kind.set(kinds.stream().filter(k -> k.id() == offence.kindId()).findFirst().orElseGet(() -> {
            ReferenceItem retired = new ReferenceItem(offence.kindId(), offence.kindName(), 0, false);
            kinds.add(retired);
            return retired;
        }));
        onGrounds.set(offence.location() == OffenceLocation.GROUNDS);
        description.set(offence.description());
        camerasHelped.set(offence.camerasHelped());
    }

    /** Builds the draft and saves it off the FX thread. */
    @Override
    public void save() {
        OffenceDraft draft = new OffenceDraft(date.get(), school.get() == null ? null : school.get().id(),
                kind.get() == null ? null : kind.get().id(), onGrounds.get() ? OffenceLocation.GROUNDS : OffenceLocation.INSIDE,
                description.get(), camerasHelped.get());
        Long id = editing;
        saveInBackground(() -> offences.save(id, draft));
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
