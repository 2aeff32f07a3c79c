// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.NamedRef;
import kz.schoolwatch.domain.Ownership;
import kz.schoolwatch.domain.SchoolDetails;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.domain.TeachingLanguage;
import kz.schoolwatch.service.EditConflictException;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.SchoolService;
import kz.schoolwatch.ui.common.ConflictFields;
import kz.schoolwatch.ui.common.ConflictViewModel;
import kz.schoolwatch.ui.common.Inputs;
import kz.schoolwatch.ui.common.TaskRunner;

/** The school's own data as typed: number, name, type, district, contacts, pupils, the building. Validates before it saves. */
final class SchoolDetailsViewModel extends CardFormViewModel {

    private final SchoolService service;
    private LongConsumer onSaved = id -> { };
    private Long schoolId;
    private SchoolDetails loaded;
    /** The school as last sent to be saved: "mine" if that save meets someone else's change. */
    private SchoolDetails typed;
    /** The fields as last loaded or saved: what differs from it is unsaved. */
    private List<Object> baseline;

    // Properties
    private final ObservableList<NamedRef> districts = FXCollections.observableArrayList();
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<SchoolType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<Ownership> ownership = new SimpleObjectProperty<>(Ownership.STATE);
    private final ObjectProperty<TeachingLanguage> language = new SimpleObjectProperty<>(TeachingLanguage.KAZAKH_RUSSIAN);
    private final ObjectProperty<NamedRef> district = new SimpleObjectProperty<>();
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty director = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty pupils = new SimpleStringProperty("");
    private final StringProperty entrances = new SimpleStringProperty("");
    private final StringProperty floors = new SimpleStringProperty("");

    SchoolDetailsViewModel(SchoolService service, TaskRunner tasks) {
        super(tasks);
        this.service = service;
        baseline = fields();
    }

    /** Told the school's id after each save. */
    void onSaved(LongConsumer action) {
        this.onSaved = action;
    }

    // Commands

    /** Fills the district choices and, for an existing school, the fields. */
    void load(Long id) {
        this.schoolId = id;
        tasks.submit(() -> new Object[] {service.districts(), id == null ? null : service.find(id)}, result -> {
            @SuppressWarnings("unchecked")
            List<NamedRef> list = (List<NamedRef>) result[0];
            districts.setAll(list);
            if (result[1] instanceof SchoolDetails s) {
                show(s);
            }
        }, this::failed);
    }

    /** Reads the school again (saved elsewhere); the fields follow it unless they hold unsaved input. */
    void reload() {
        if (schoolId == null) {
            return;
        }
        long id = schoolId;
        tasks.submit(() -> service.find(id), s -> {
            if (!hasUnsavedInput() && !savingProperty().get()) {
                show(s);
            }
        }, error -> { });
    }

    private void show(SchoolDetails s) {
        loaded = s;
        fill(s);
        baseline = fields();
    }

    /** Puts {@code s}'s values in the fields. */
    private void fill(SchoolDetails s) {
        number.set(s.number() == null ? "" : s.number().toString());
        name.set(s.name());
        type.set(s.type());
        ownership.set(s.ownership());
        language.set(s.language());
        district.set(districts.stream().filter(d -> d.id() == s.districtId()).findFirst().orElse(null));
        address.set(nullToEmpty(s.address()));
        director.set(nullToEmpty(s.directorName()));
        phone.set(nullToEmpty(s.phone()));
        pupils.set(s.pupils() == null ? "" : s.pupils().toString());
        entrances.set(s.entrances() == null ? "" : s.entrances().toString());
        floors.set(s.floors() == null ? "" : s.floors().toString());
    }

    /** What the form holds now, as typed. */
    private List<Object> fields() {
        return Arrays.asList(number.get(), name.get(), type.get(), ownership.get(), language.get(),
                district.get() == null ? null : district.get().id(), address.get(), director.get(), phone.get(), pupils.get(),
                entrances.get(), floors.get());
    }

    /** Whether the fields differ from the school as loaded (or from the empty form of a new school). */
    public boolean hasUnsavedInput() {
        return !fields().equals(baseline);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Reads the form, checks it, saves it in the background; errors appear next to the fields. */
    public void save() {
        save(saved -> { });
    }

    /** As {@link #save()}; {@code done} gets true once saved, false when the form or the database refused it. */
    public void save(Consumer<Boolean> done) {
        clearOutcome();
        List<FieldError> parseErrors = new ArrayList<>();
        Integer num = Inputs.integerField("number", number.get(), parseErrors);
        Integer pup = Inputs.integerField("pupils", pupils.get(), parseErrors);
        Integer ent = Inputs.integerField("entrances", entrances.get(), parseErrors);
        Integer flo = Inputs.integerField("floors", floors.get(), parseErrors);
        SchoolDetails s = new SchoolDetails(schoolId, num, name.get(), type.get(), ownership.get(), language.get(),
                district.get() == null ? null : (int) district.get().id(), address.get(), director.get(),
                phone.get(), pup, ent, flo, loaded == null ? null : loaded.archivedOn(), loaded == null ? 0 : loaded.version());
        List<FieldError> all = new ArrayList<>(parseErrors);
        service.validate(s).errors().stream()
                .filter(e -> parseErrors.stream().noneMatch(p -> p.field().equals(e.field())))
                .forEach(all::add);
        if (refuse(all)) {
            done.accept(false);
            return;
        }
        List<Object> saving = fields();
        typed = s;
        write(() -> service.save(s), id -> {
            schoolId = id;
            loaded = s.saved(id);
            baseline = saving;
            return FormOutcome.saved("school.saved");
        }, saved -> {
            if (saved) {
                onSaved.accept(schoolId);
            }
            done.accept(saved);
        });
    }

    /** The school as stored now beside the one opened and the one typed; the officer's choice goes through this form. */
    @Override
    protected ConflictViewModel<?> conflictWith(EditConflictException changed) {
        SchoolDetails theirs = changed.current(SchoolDetails.class);
        // The form never archives: the archive day is theirs alone, a row to read, not a choice to undo it.
        SchoolDetails mine = new SchoolDetails(typed.id(), typed.number(), typed.name(), typed.type(), typed.ownership(),
                typed.language(), typed.districtId(), typed.address(), typed.directorName(), typed.phone(), typed.pupils(),
                typed.entrances(), typed.floors(), theirs.archivedOn(), typed.version());
        return new ConflictViewModel<>(conflictFields(), loaded, theirs, mine, this::show, merged -> {
            // Their version becomes what the form opened; the fields hold the merge, saved over that version.
            loaded = theirs;
            fill(merged);
            save();
        });
    }

    private ConflictFields<SchoolDetails> conflictFields() {
        return ConflictFields.of(SchoolDetails.class)
                .add("number", "school.field.number", SchoolDetails::number)
                .add("name", "school.field.name", SchoolDetails::name)
                .add("type", "school.field.type", SchoolDetails::type, ConflictFields.named("school.type"))
                .add("ownership", "school.field.ownership", SchoolDetails::ownership, ConflictFields.named("school.ownership"))
                .add("language", "school.field.language", SchoolDetails::language, ConflictFields.named("school.language"))
                .add("districtId", "school.field.district", SchoolDetails::districtId,
                        ConflictFields.lookedUp(id -> districts.stream().filter(d -> d.id() == ((Number) id).longValue())
                                .map(NamedRef::name).findFirst().orElse(String.valueOf(id))))
                .add("address", "school.field.address", SchoolDetails::address)
                .add("directorName", "school.field.director", SchoolDetails::directorName)
                .add("phone", "school.field.phone", SchoolDetails::phone)
                .add("pupils", "school.field.pupils", SchoolDetails::pupils)
                .add("entrances", "school.field.entrances", SchoolDetails::entrances)
                .add("floors", "school.field.floors", SchoolDetails::floors)
                .add("archivedOn", "school.field.archivedOn", SchoolDetails::archivedOn);
    }

    public Long schoolId() {
        return schoolId;
    }

    public ObservableList<NamedRef> districts() {
        return districts;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<SchoolType> typeProperty() {
        return type;
    }

    public ObjectProperty<Ownership> ownershipProperty() {
        return ownership;
    }

    public ObjectProperty<TeachingLanguage> languageProperty() {
        return language;
    }

    public ObjectProperty<NamedRef> districtProperty() {
        return district;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty directorProperty() {
        return director;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty pupilsProperty() {
        return pupils;
    }

    public StringProperty entrancesProperty() {
        return entrances;
    }

    public StringProperty floorsProperty() {
        return floors;
    }
}
