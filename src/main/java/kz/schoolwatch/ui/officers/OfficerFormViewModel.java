// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.officers;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.Officer;
import kz.schoolwatch.domain.OfficerDraft;
import kz.schoolwatch.service.EditConflictException;
import kz.schoolwatch.service.OfficerService;
import kz.schoolwatch.ui.common.AbstractFormViewModel;
import kz.schoolwatch.ui.common.ConflictFields;
import kz.schoolwatch.ui.common.ConflictViewModel;
import kz.schoolwatch.ui.common.TaskRunner;

/** The form of one officer, new (active by default) or being corrected. */
public final class OfficerFormViewModel extends AbstractFormViewModel {

    private final OfficerService officers;
    private final Long officerId;
    private final ObservableList<Lookup> ranks;
    private final ObservableList<Lookup> districts;
    /** The officer as the form opened it (with its version), null for a new one. */
    private OfficerDraft loaded;
    /** The officer as last sent to be saved: "mine" if that save meets someone else's change. */
    private OfficerDraft typed;

    // Properties
    private final ObjectProperty<Lookup> rank = new SimpleObjectProperty<>();
    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty middleName = new SimpleStringProperty("");
    private final StringProperty badge = new SimpleStringProperty("");
    private final ObjectProperty<Lookup> district = new SimpleObjectProperty<>();
    private final StringProperty phone = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty(true);

    OfficerFormViewModel(OfficerService officers, TaskRunner tasks, ObservableList<Lookup> ranks, ObservableList<Lookup> districts,
                         Officer officer) {
        super(tasks);
        this.officers = officers;
        this.ranks = ranks;
        this.districts = districts;
        this.officerId = officer == null ? null : officer.id();
        if (officer != null) {
            show(officer.toDraft());
        }
    }

    /** Shows {@code d} as the officer stored now: what the next save goes over. */
    private void show(OfficerDraft d) {
        loaded = d;
        fill(d);
    }

    /** Puts {@code d}'s values in the fields. */
    private void fill(OfficerDraft d) {
        rank.set(find(ranks, d.rankId()));
        lastName.set(d.lastName());
        firstName.set(d.firstName());
        middleName.set(d.middleName());
        badge.set(d.badgeNumber());
        district.set(find(districts, d.districtId()));
        phone.set(d.phone());
        active.set(d.active());
    }

    private static Lookup find(List<Lookup> list, Integer id) {
        return id == null ? null : list.stream().filter(l -> l.id() == id).findFirst().orElse(null);
    }

    public boolean isNew() {
        return officerId == null;
    }

    /** Saves a new officer or the corrections in the background. */
    @Override
    public void save() {
        OfficerDraft draft = new OfficerDraft(rank.get() == null ? null : (int) rank.get().id(), lastName.get(), firstName.get(),
                middleName.get(), badge.get(), district.get() == null ? null : (int) district.get().id(), phone.get(), active.get(),
                loaded == null ? 0 : loaded.version());
        typed = draft;
        Long id = officerId;
        saveInBackground(() -> {
            if (id == null) {
                officers.create(draft);
            } else {
                officers.update(id, draft);
            }
            return Boolean.TRUE;
        });
    }

    /** The officer as stored now beside the one opened and the one typed; the officer's choice goes through this form. */
    @Override
    protected ConflictViewModel<?> conflictWith(EditConflictException changed) {
        OfficerDraft theirs = changed.current(OfficerDraft.class);
        return new ConflictViewModel<>(conflictFields(), loaded, theirs, typed, this::show, merged -> {
            // Their version becomes what the form opened; the fields hold the merge, saved over that version.
            loaded = theirs;
            fill(merged);
            save();
        });
    }

    private ConflictFields<OfficerDraft> conflictFields() {
        return ConflictFields.of(OfficerDraft.class)
                .add("rankId", "officer.field.rank", OfficerDraft::rankId, ConflictFields.lookedUp(id -> name(ranks, id)))
                .add("lastName", "officer.field.lastName", OfficerDraft::lastName)
                .add("firstName", "officer.field.firstName", OfficerDraft::firstName)
                .add("middleName", "officer.field.middleName", OfficerDraft::middleName)
                .add("badgeNumber", "officer.field.badge", OfficerDraft::badgeNumber)
                .add("districtId", "officer.field.district", OfficerDraft::districtId,
                        ConflictFields.lookedUp(id -> name(districts, id)))
                .add("phone", "officer.field.phone", OfficerDraft::phone)
                .add("active", "officer.field.active", OfficerDraft::active, ConflictFields.YES_NO);
    }

    /** The name {@code list} shows for {@code id}; the id itself when the list no longer has it. */
    private static String name(List<Lookup> list, Object id) {
        long wanted = ((Number) id).longValue();
        return list.stream().filter(l -> l.id() == wanted).map(Lookup::name).findFirst().orElse(String.valueOf(id));
    }

    public ObservableList<Lookup> ranks() {
        return ranks;
    }

    public ObservableList<Lookup> districts() {
        return districts;
    }

    public ObjectProperty<Lookup> rankProperty() {
        return rank;
    }

    public StringProperty lastNameProperty() {
        return lastName;
    }

    public StringProperty firstNameProperty() {
        return firstName;
    }

    public StringProperty middleNameProperty() {
        return middleName;
    }

    public StringProperty badgeProperty() {
        return badge;
    }

    public ObjectProperty<Lookup> districtProperty() {
        return district;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public BooleanProperty activeProperty() {
        return active;
    }
}
