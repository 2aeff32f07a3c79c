// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.leisure;

import java.util.Arrays;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.LeisureCentre;
import kz.schoolwatch.domain.LeisureCentreDraft;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.service.LeisureService;
import kz.schoolwatch.ui.common.AbstractFormViewModel;
import kz.schoolwatch.ui.common.TaskRunner;

/** The form of one leisure centre, new or being corrected: its clubs are typed one a line. */
public final class LeisureCentreFormViewModel extends AbstractFormViewModel {

    private final LeisureService leisure;
    private final Long centreId;
    private final ObservableList<Lookup> districts;

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
            name.set(centre.name());
            district.set(districts.stream().filter(d -> d.id() == centre.districtId()).findFirst().orElse(null));
            address.set(centre.address());
            clubs.set(String.join("\n", centre.clubs()));
        }
    }

    public boolean isNew() {
        return centreId == null;
    }

    /** Saves the centre in the background. */
    @Override
    public void save() {
        LeisureCentreDraft draft = new LeisureCentreDraft(name.get(), district.get() == null ? null : (int) district.get().id(),
                address.get(), Arrays.asList(clubs.get() == null ? new String[0] : clubs.get().split("\\R")));
        Long id = centreId;
        saveInBackground(() -> leisure.save(id, draft));
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
