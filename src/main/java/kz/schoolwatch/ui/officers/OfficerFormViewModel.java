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
import kz.schoolwatch.service.OfficerService;
import kz.schoolwatch.ui.common.AbstractFormViewModel;
import kz.schoolwatch.ui.common.TaskRunner;

/** The form of one officer, new (active by default) or being corrected. */
public final class OfficerFormViewModel extends AbstractFormViewModel {

    private final OfficerService officers;
    private final Long officerId;
    private final ObservableList<Lookup> ranks;
    private final ObservableList<Lookup> districts;

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
            rank.set(find(ranks, officer.rankId()));
            lastName.set(officer.lastName());
            firstName.set(officer.firstName());
            middleName.set(officer.middleName());
            badge.set(officer.badgeNumber());
            district.set(find(districts, officer.districtId()));
            phone.set(officer.phone());
            active.set(officer.active());
        }
    }

    private static Lookup find(List<Lookup> list, long id) {
        return list.stream().filter(l -> l.id() == id).findFirst().orElse(null);
    }

    public boolean isNew() {
        return officerId == null;
    }

    /** Saves a new officer or the corrections in the background. */
    @Override
    public void save() {
        OfficerDraft draft = new OfficerDraft(rank.get() == null ? null : (int) rank.get().id(), lastName.get(), firstName.get(),
                middleName.get(), badge.get(), district.get() == null ? null : (int) district.get().id(), phone.get(), active.get());
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
