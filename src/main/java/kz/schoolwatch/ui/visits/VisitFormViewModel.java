// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.visits;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.ReferenceItem;
import kz.schoolwatch.domain.ReferenceList;
import kz.schoolwatch.domain.SchoolChoice;
import kz.schoolwatch.domain.Visit;
import kz.schoolwatch.domain.VisitDraft;
import kz.schoolwatch.service.DataChanges.Topic;
import kz.schoolwatch.service.EditConflictException;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.service.ReferenceListService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.VisitService;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.ConflictViewModel;
import kz.schoolwatch.ui.common.FailureMessages;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * The visit form: new by default (the current officer, now, the first purpose), or an existing visit being
 * corrected. A failed save keeps every field as typed.
 */
public final class VisitFormViewModel {

    private final VisitService visits;
    private final LookupService lookups;
    private final ReferenceListService references;
    private final SettingsService settings;
    private final TaskRunner tasks;
    private final Clock clock;
    private Long currentOfficerId;
    /** The moment a new visit was given by default, while the user has not changed its date or time; else null. */
    private LocalDateTime defaultMoment;
    /** The school every new visit of this form is at (a form opened from a school's card), or null. */
    private Long fixedSchoolId;
    /** Told how the running save ended (see {@link #saveThen}), or null. */
    private Consumer<Boolean> afterSave;
    /** The visit being corrected as opened (with its version; null if new), and as last sent ("mine" in a conflict). */
    private VisitDraft loaded;
    private VisitDraft typed;

    // Properties
    private final ObservableList<Lookup> officers = FXCollections.observableArrayList();
    private final ObservableList<SchoolChoice> schools = FXCollections.observableArrayList();
    private final ObservableList<ReferenceItem> purposes = FXCollections.observableArrayList();
    private final ObjectProperty<Lookup> officer = new SimpleObjectProperty<>();
    private final ObjectProperty<SchoolChoice> school = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private final ObjectProperty<ReferenceItem> purpose = new SimpleObjectProperty<>();
    private final StringProperty findings = new SimpleStringProperty("");
    private final StringProperty agreedActions = new SimpleStringProperty("");
    private final ObjectProperty<Long> editing = new SimpleObjectProperty<>();
    private final ObservableList<FieldError> errors = FXCollections.observableArrayList();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final IntegerProperty saved = new SimpleIntegerProperty();
    private final BooleanProperty choicesLoaded = new SimpleBooleanProperty();
    private final ObjectProperty<ConflictViewModel<?>> conflict = new SimpleObjectProperty<>();

    public VisitFormViewModel(VisitService visits, LookupService lookups, ReferenceListService references,
                              SettingsService settings, TaskRunner tasks, Clock clock) {
        this.visits = visits;
        this.lookups = lookups;
        this.references = references;
        this.settings = settings;
        this.tasks = tasks;
        this.clock = clock;
    }

    private record Choices(List<Lookup> officers, List<SchoolChoice> schools, List<ReferenceItem> purposes, OptionalLong me) {
    }

    // Commands

    /** Reads the lists again whenever an officer, a school or a purpose changes, keeping what is typed. */
    public void follow(ChangeFeed changes) {
        changes.on(this::loadChoices, Topic.OFFICERS, Topic.SCHOOLS, Topic.REFERENCE);
    }

    /** Reads the officers, schools and purposes to offer; the first time, also starts a new visit. */
    public void loadChoices() {
        tasks.submit(() -> new Choices(lookups.activeOfficers(), lookups.schools(), references.active(ReferenceList.VISIT_PURPOSE),
                settings.currentOfficerId()), c -> {
                    Lookup keepOfficer = officer.get();
                    SchoolChoice keepSchool = school.get();
                    ReferenceItem keepPurpose = purpose.get();
                    officers.setAll(c.officers());
                    schools.setAll(c.schools());
                    purposes.setAll(c.purposes());
                    currentOfficerId = c.me().isPresent() ? c.me().getAsLong() : null;
                    if (!choicesLoaded.get()) {
                        choicesLoaded.set(true);
                        startNew();
                    } else {
                        // Keep what is typed; pick the same entries from the fresh lists.
                        officer.set(find(officers, keepOfficer));
                        school.set(keepSchool == null ? null : schools.stream().filter(s -> s.id() == keepSchool.id()).findFirst().orElse(keepSchool));
                        purpose.set(keepPurpose == null ? null : purposes.stream().filter(p -> p.id() == keepPurpose.id()).findFirst().orElse(keepPurpose));
                    }
                }, error -> errors.setAll(FieldError.of(FailureMessages.FORM, "common.loadFailed")));
    }

    private static Lookup find(List<Lookup> list, Lookup item) {
        return item == null ? null : list.stream().filter(l -> l.id() == item.id()).findFirst().orElse(item);
    }

    /** Clears the form for a new visit: the current officer, today, now, the first purpose. */
    public void startNew() {
        editing.set(null);
        loaded = null;
        officer.set(currentOfficerId == null ? null
                : officers.stream().filter(o -> o.id() == currentOfficerId).findFirst().orElse(null));
        school.set(fixedSchoolId == null ? null : schools.stream().filter(s -> s.id() == fixedSchoolId).findFirst().orElse(null));
        setDefaultMoment(LocalDateTime.now(clock));
        purpose.set(purposes.isEmpty() ? null : purposes.get(0));
        findings.set("");
        agreedActions.set("");
        errors.clear();
    }

    private void setDefaultMoment(LocalDateTime now) {
        date.set(now.toLocalDate());
        time.set(Formats.TIME.format(now));
        defaultMoment = now;
    }

    /**
     * Moves a new visit's date and time on to now while they are still the default the form gave them: the form is
     * built once per session, and a visit logged hours later must not carry the time the screen was opened. A date
     * or time the user typed or chose is kept, and so is a visit being corrected.
     */
    public void refreshDefaultMoment() {
        if (editing.get() != null || defaultMoment == null) {
            return;
        }
        if (!Objects.equals(date.get(), defaultMoment.toLocalDate())
                || !Objects.equals(time.get(), Formats.TIME.format(defaultMoment))) {
            defaultMoment = null;
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (!now.toLocalDate().equals(defaultMoment.toLocalDate()) || !Formats.TIME.format(now).equals(Formats.TIME.format(defaultMoment))) {
            setDefaultMoment(now);
        }
    }

    /** Loads {@code v} into the form for correcting it. */
    public void edit(Visit v) {
        defaultMoment = null;
        editing.set(v.id());
        // A retired officer or purpose is offered again for this visit, and a school no longer listed by its name.
        if (officers.stream().noneMatch(o -> o.id() == v.officerId())) {
            officers.add(new Lookup(v.officerId(), v.officerName()));
        }
        if (purposes.stream().noneMatch(p -> p.id() == v.purposeId())) {
            purposes.add(new ReferenceItem(v.purposeId(), v.purposeName(), Integer.MAX_VALUE, false));
        }
        loaded = v.toDraft();
        fill(loaded);
        if (school.get() == null) {
            school.set(new SchoolChoice(v.schoolId(), v.schoolNumber(), v.schoolName(), 0));
        }
        errors.clear();
        loadedVisit = fields();
    }

    /** Shows {@code d} (the visit as stored now) in the form being corrected: what the next save goes over. */
    private void show(VisitDraft d) {
        loaded = d;
        fill(d);
        loadedVisit = fields();
    }

    /** Puts {@code d}'s values in the fields. */
    private void fill(VisitDraft d) {
        officer.set(officers.stream().filter(o -> Objects.equals(o.id(), d.officerId())).findFirst().orElse(null));
        school.set(schools.stream().filter(s -> Objects.equals(s.id(), d.schoolId())).findFirst().orElse(null));
        date.set(d.visitedAt() == null ? null : d.visitedAt().toLocalDate());
        time.set(d.visitedAt() == null ? "" : Formats.TIME.format(d.visitedAt()));
        purpose.set(purposes.stream().filter(p -> Objects.equals(p.id(), d.purposeId())).findFirst().orElse(null));
        findings.set(d.findings() == null ? "" : d.findings());
        agreedActions.set(d.agreedActions() == null ? "" : d.agreedActions());
    }

    /** The visit as stored now beside the one opened and the one typed; the officer's choice goes through this form. */
    private ConflictViewModel<VisitDraft> conflictWith(EditConflictException changed) {
        VisitDraft theirs = changed.current(VisitDraft.class);
        // Mine or the merge: their version becomes what the form opened; the fields hold it, saved over that version.
        return new ConflictViewModel<>(VisitConflicts.fields(officers, schools, purposes), loaded, theirs, typed, this::show,
                merged -> { loaded = theirs; fill(merged); save(); });
    }

    /** Makes every new visit of this form one at school {@code schoolId} (a form opened from the school's card). */
    public void startNewAt(long schoolId) {
        fixedSchoolId = schoolId;
        if (choicesLoaded.get()) {
            startNew();
        }
    }

    /** Pre-selects a school (e.g. the one the table is filtered to). */
    public void chooseSchool(SchoolChoice s) {
        school.set(s);
    }

    /** Validates and saves off the FX thread; on failure the errors appear and the input stays. */
    public void save() {
        refreshDefaultMoment();
        List<FieldError> local = new ArrayList<>();
        Optional<LocalTime> parsedTime = Formats.parseTime(time.get());
        if (time.get() != null && !time.get().isBlank() && parsedTime.isEmpty()) {
            local.add(FieldError.of("time", "validation.time"));
        }
        // A missing date or time leaves the moment empty: the service then asks for it next to the field.
        LocalDateTime at = date.get() != null && parsedTime.isPresent() ? date.get().atTime(parsedTime.get()) : null;
        if (!local.isEmpty()) {
            errors.setAll(local);
            return;
        }
        VisitDraft draft = new VisitDraft(officer.get() == null ? null : officer.get().id(), school.get() == null ? null : school.get().id(),
                at, purpose.get() == null ? null : purpose.get().id(), findings.get(), agreedActions.get(),
                loaded == null ? 0 : loaded.version());
        typed = draft;
        Long id = editing.get();
        saving.set(true);
        errors.clear();
        conflict.set(null);
        tasks.submit(() -> {
            if (id == null) {
                visits.create(draft);
            } else {
                visits.update(id, draft);
            }
            return Boolean.TRUE;
        }, ok -> {
            saving.set(false);
            saved.set(saved.get() + 1);
            startNew();
            tellAfterSave(true);
        }, error -> {
            saving.set(false);
            errors.setAll(FailureMessages.of(error));
            conflict.set(error instanceof EditConflictException changed ? conflictWith(changed) : null);
            tellAfterSave(false);
        });
    }

    /** Remembers the chosen officer as the one using this copy of the program («это я»). */
    public void rememberOfficerAsMe() {
        Lookup me = officer.get();
        if (me == null) {
            errors.setAll(FieldError.of("officer", "validation.required"));
            return;
        }
        tasks.submit(() -> {
            settings.setCurrentOfficerId(me.id());
            return me.id();
        }, id -> currentOfficerId = id, error -> errors.setAll(FailureMessages.of(error)));
    }

    public ObservableList<Lookup> officers() {
        return officers;
    }

    public ObservableList<SchoolChoice> schools() {
        return schools;
    }

    public ObservableList<ReferenceItem> purposes() {
        return purposes;
    }

    public ObjectProperty<Lookup> officerProperty() {
        return officer;
    }

    public ObjectProperty<SchoolChoice> schoolProperty() {
        return school;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public ObjectProperty<ReferenceItem> purposeProperty() {
        return purpose;
    }

    public StringProperty findingsProperty() {
        return findings;
    }

    public StringProperty agreedActionsProperty() {
        return agreedActions;
    }

    /** The id of the visit being corrected, null for a new one. */
    public ObjectProperty<Long> editingProperty() {
        return editing;
    }

    public ObservableList<FieldError> errors() {
        return errors;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    /** Counts successful saves. */
    public ReadOnlyIntegerProperty savedProperty() {
        return saved;
    }

    /** A save that met someone else's change, for the view to show in the conflict dialog; null while none. */
    public ReadOnlyObjectProperty<ConflictViewModel<?>> conflictProperty() {
        return conflict;
    }

    public Long currentOfficerId() {
        return currentOfficerId;
    }

    /** The visit being corrected as loaded, to tell unsaved changes; null for a new visit. */
    private List<Object> loadedVisit;

    private List<Object> fields() {
        return Arrays.asList(officer.get() == null ? null : officer.get().id(), school.get() == null ? null : school.get().id(),
                date.get(), time.get(), purpose.get() == null ? null : purpose.get().id(), findings.get(), agreedActions.get());
    }

    /**
     * Whether the form holds input not saved: for a new visit, a school chosen or findings or agreed actions typed
     * (the officer, the moment and the purpose are filled in by themselves); for a visit being corrected, any change.
     */
    public boolean hasUnsavedInput() {
        if (editing.get() != null && loadedVisit != null) {
            return !fields().equals(loadedVisit);
        }
        return school.get() != null || !isBlank(findings.get()) || !isBlank(agreedActions.get());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Saves as {@link #save()}; {@code done} gets true once saved, false when the form or the database refused it. */
    public void saveThen(Consumer<Boolean> done) {
        int before = saved.get();
        save();
        if (!saving.get()) {
            // Refused before it reached the database, or saved already (work run in step): the outcome is known.
            done.accept(saved.get() > before);
            return;
        }
        afterSave = done;
    }

    /** Tells the caller of {@link #saveThen} how its save ended, after the save's own follow-up. */
    private void tellAfterSave(boolean ok) {
        Consumer<Boolean> done = afterSave;
        afterSave = null;
        if (done != null) {
            done.accept(ok);
        }
    }
}
