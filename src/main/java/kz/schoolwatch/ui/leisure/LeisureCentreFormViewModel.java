// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.leisure;

import java.util.Arrays;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.LeisureCentre;
import kz.schoolwatch.domain.LeisureCentreDraft;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.service.EditConflictException;
import kz.schoolwatch.service.LeisureService;
import kz.schoolwatch.ui.common.AbstractFormViewModel;
import kz.schoolwatch.ui.common.ConflictFields;
import kz.schoolwatch.ui.common.ConflictViewModel;
import kz.schoolwatch.ui.common.TaskRunner;

/** The form of one leisure centre, new or being corrected: its clubs are typed one a line. */
public final class LeisureCentreFormViewModel extends AbstractFormViewModel {

    private final LeisureService leisure;
    private final Long centreId;
    private final ObservableList<Lookup> districts;
    /** The centre as the form opened it (or as stored when a conflict was resolved); null for a new one. */
    private LeisureCentreDraft loaded;
    /** The centre as last sent to be saved: "mine" if that save meets someone else's change. */
    private LeisureCentreDraft typed;

    // Properties
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Lookup> district = new SimpleObjectProperty<>();
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty clubs = new SimpleStringProperty("");

    LeisureCentreFormViewModel(LeisureService leisure, TaskRunner tasks, ObservableList<Lookup> districts, LeisureCentre centre) {
        super(tasks);
        this.leisure = leisure;
        this.districts = districts;
        this.centreId = centre == null ? null : centre.id();
        if (centre != null) {
            show(centre.toDraft());
        }
    }

    public boolean isNew() {
        return centreId == null;
    }

    /** Shows {@code d} as what the form opened: a later save goes over its version. */
    private void show(LeisureCentreDraft d) {
        loaded = d;
        fill(d);
    }

    /** Puts {@code d}'s values in the fields. */
    private void fill(LeisureCentreDraft d) {
        name.set(d.name());
        district.set(districts.stream().filter(x -> d.districtId() != null && x.id() == d.districtId()).findFirst().orElse(null));
        address.set(d.address() == null ? "" : d.address());
        clubs.set(String.join("\n", d.clubs()));
    }

    /** Saves the centre in the background. */
    @Override
    public void save() {
        List<String> typedClubs = Arrays.stream(clubs.get() == null ? new String[0] : clubs.get().split("\\R"))
                .map(String::trim).filter(c -> !c.isEmpty()).toList();
        LeisureCentreDraft draft = new LeisureCentreDraft(name.get(), district.get() == null ? null : (int) district.get().id(),
                address.get(), typedClubs, loaded == null ? 0 : loaded.version());
        Long id = centreId;
        typed = draft;
        saveInBackground(() -> leisure.save(id, draft));
    }

    /** The centre as stored now beside the one opened and the one typed; the officer's choice goes through this form. */
    @Override
    protected ConflictViewModel<?> conflictWith(EditConflictException changed) {
        LeisureCentreDraft theirs = changed.current(LeisureCentreDraft.class);
        return new ConflictViewModel<>(conflictFields(), loaded, theirs, typed, this::show, merged -> {
            // Their version becomes what the form opened; the fields hold the merge, saved over that version.
            loaded = theirs;
            fill(merged);
            save();
        });
    }

    private ConflictFields<LeisureCentreDraft> conflictFields() {
        return ConflictFields.of(LeisureCentreDraft.class)
                .add("name", "leisure.field.name", LeisureCentreDraft::name)
                .add("districtId", "leisure.field.district", LeisureCentreDraft::districtId,
                        ConflictFields.lookedUp(id -> districts.stream().filter(d -> d.id() == ((Number) id).longValue())
                                .map(Lookup::name).findFirst().orElse(String.valueOf(id))))
                .add("address", "leisure.field.address", LeisureCentreDraft::address)
                // The clubs as one value: an empty list is the same as none.
                .add("clubs", "leisure.field.clubs", d -> d.clubs().isEmpty() ? null : String.join(", ", d.clubs()));
    }

    public ObservableList<Lookup> districts() {
        return districts;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Lookup> districtProperty() {
        return district;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty clubsProperty() {
        return clubs;
    }
}
