// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.offences;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.Offence;
import kz.schoolwatch.domain.OffenceCounts;
import kz.schoolwatch.domain.ReferenceItem;
import kz.schoolwatch.domain.ReferenceList;
import kz.schoolwatch.domain.SchoolChoice;
import kz.schoolwatch.service.DataChanges.Topic;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.service.OffenceService;
import kz.schoolwatch.service.ReferenceListService;
import kz.schoolwatch.service.SaveFailedException;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.FailureMessages;
import kz.schoolwatch.ui.common.PagedList;
import kz.schoolwatch.ui.common.TaskRunner;

/** Offences: the list of a year, the per-school-and-month counts, and the lists the form offers. */
public final class OffencesViewModel {

    public static final int PAGE_SIZE = 100;

    private final OffenceService offences;
    private final LookupService lookups;
    private final ReferenceListService references;
    private final TaskRunner tasks;
    private final PagedList<Offence> list;

    // Properties
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final ObservableList<OffenceCounts> counts = FXCollections.observableArrayList();
    private final ObservableList<SchoolChoice> schools = FXCollections.observableArrayList();
    private final ObservableList<ReferenceItem> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<Offence> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();
    /** Why a delete was refused (changed or deleted meanwhile), as the officer reads it; null while none. */
    private final ObjectProperty<FieldError> refusal = new SimpleObjectProperty<>();
    private final LocalDate today;

    public OffencesViewModel(OffenceService offences, LookupService lookups, ReferenceListService references, TaskRunner tasks, Clock clock) {
        this.offences = offences;
        this.lookups = lookups;
        this.references = references;
        this.tasks = tasks;
        this.today = LocalDate.now(clock);
        year.set(today.getYear());
        this.list = new PagedList<>(tasks, PAGE_SIZE, loader());
    }

    private PagedList.Loader<Offence> loader() {
        int y = year.get();
        return (o, l) -> offences.page(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), null, o, l);
    }

    private record Choices(List<SchoolChoice> schools, List<ReferenceItem> kinds) {
    }

    // Commands

    /** Follows committed changes: an offence saved reads the year again; a school or a kind changed also the choices. */
    public void follow(ChangeFeed changes) {
        changes.on(this::load, Topic.OFFENCES);
        changes.on(() -> {
            loadChoices();
            load();
        }, Topic.SCHOOLS, Topic.REFERENCE);
    }

    public void loadChoices() {
        tasks.submit(() -> new Choices(lookups.schools(), references.active(ReferenceList.OFFENCE_KIND)), c -> {
            schools.setAll(c.schools());
            kinds.setAll(c.kinds());
        }, failure::set);
    }

    /** Reads the year's list and its counts per school and month. */
    public void load() {
        list.reload(loader());
        int y = year.get();
        tasks.submit(() -> offences.countsByMonth(y), found -> {
            if (y == year.get()) {
                counts.setAll(found);
            }
        }, failure::set);
    }

    public void shiftYear(int years) {
        year.set(year.get() + years);
        load();
    }

    /** The offence form for {@code offence}, or for a new one when null, offering the lists read last by {@link #loadChoices}. */
    public OffenceFormViewModel form(Offence offence) {
        OffenceFormViewModel form = new OffenceFormViewModel(offences, tasks, schools, kinds, today);
        if (offence != null) {
            form.edit(offence);
        }
        return form;
    }

    /**
     * Deletes {@code o} as the list shows it; one changed or deleted meanwhile is refused with the reason, and the
     * list reads again so the officer sees what changed before deciding again.
     */
    public void delete(Offence o) {
        tasks.submit(() -> {
            offences.delete(o.id(), o.version());
            return Boolean.TRUE;
        }, ok -> { }, error -> {
            if (error instanceof SaveFailedException) {
                refusal.set(FailureMessages.of(error).get(0));
            } else {
                failure.set(error);
            }
            load();
        });
    }

    public LocalDate today() {
        return today;
    }

    public PagedList<Offence> list() {
        return list;
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public ObservableList<OffenceCounts> counts() {
        return counts;
    }

    public ObservableList<SchoolChoice> schools() {
        return schools;
    }

    public ObservableList<ReferenceItem> kinds() {
        return kinds;
    }

    public ObjectProperty<Offence> selectedProperty() {
        return selected;
    }

    /** Why the last delete was refused; the view shows it and sets it back to null. */
    public ObjectProperty<FieldError> refusalProperty() {
        return refusal;
    }

    public ObjectProperty<Throwable> failureProperty() {
        return failure;
    }
}
