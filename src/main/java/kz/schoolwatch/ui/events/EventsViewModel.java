// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.events;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.EventFilter;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.OutreachEvent;
import kz.schoolwatch.domain.ReferenceItem;
import kz.schoolwatch.domain.ReferenceList;
import kz.schoolwatch.domain.SchoolChoice;
import kz.schoolwatch.service.DataChanges.Topic;
import kz.schoolwatch.service.EventService;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.service.ReferenceListService;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.PagedList;
import kz.schoolwatch.ui.common.Selections;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * Outreach events: the filtered, paged table, the month view, and the lists the event form offers
 * (types, schools, centres, partners, officers).
 */
public final class EventsViewModel {

    public static final int PAGE_SIZE = 100;
    /** The «all» entry of the type and district filters. */
    public static final ReferenceItem ALL_TYPES = new ReferenceItem(0, "", 0, true);
    public static final Lookup ALL = new Lookup(0, "");
    /** The «any place» entry of the place filter. */
    public static final Place ANY_PLACE = new Place(null, null, "");

    /** A school or a leisure centre, as the place filter and the form offer them. */
    public record Place(Long schoolId, Long centreId, String label) {
    }

    private final EventService events;
    private final LookupService lookups;
    private final ReferenceListService references;
    private final TaskRunner tasks;
    private final PagedList<OutreachEvent> list;

    // Properties
    private final ObservableList<ReferenceItem> types = FXCollections.observableArrayList(ALL_TYPES);
    private final ObservableList<ReferenceItem> activeTypes = FXCollections.observableArrayList();
    private final ObservableList<Lookup> districts = FXCollections.observableArrayList(ALL);
    private final ObservableList<Place> places = FXCollections.observableArrayList(ANY_PLACE);
    private final ObservableList<SchoolChoice> schools = FXCollections.observableArrayList();
    private final ObservableList<Lookup> centres = FXCollections.observableArrayList();
    private final ObservableList<Lookup> partners = FXCollections.observableArrayList();
    private final ObservableList<Lookup> officers = FXCollections.observableArrayList();
    /** The filters of the list shown, or null before the first. */
    private EventFilter applied;
    private final ObjectProperty<ReferenceItem> type = new SimpleObjectProperty<>(ALL_TYPES);
    private final ObjectProperty<Lookup> district = new SimpleObjectProperty<>(ALL);
    private final ObjectProperty<Place> place = new SimpleObjectProperty<>(ANY_PLACE);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObservableList<OutreachEvent> monthEvents = FXCollections.observableArrayList();
    private final ObjectProperty<OutreachEvent> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();
    private final Clock clock;

    public EventsViewModel(EventService events, LookupService lookups, ReferenceListService references, TaskRunner tasks, Clock clock) {
        this.events = events;
        this.lookups = lookups;
        this.references = references;
        this.tasks = tasks;
        this.clock = clock;
        this.list = new PagedList<>(tasks, PAGE_SIZE, (o, l) -> events.page(filter(), o, l));
        LocalDate today = LocalDate.now(clock);
        month.set(YearMonth.from(today));
        EventFilter m = EventFilter.month(today);
        from.set(m.from());
        to.set(m.to());
    }

    private record Choices(List<ReferenceItem> types, List<Lookup> districts, List<SchoolChoice> schools, List<Lookup> centres,
                           List<Lookup> partners, List<Lookup> officers) {
    }

    /** Today by the program's clock: the calendar marks it. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // Commands

    /**
     * Follows committed changes: an event saved anywhere reads the table and the month again; a type, district,
     * school, centre or officer changed also reads the choices again.
     */
    public void follow(ChangeFeed changes) {
        changes.on(() -> {
            list.refresh();
            loadMonth();
        }, Topic.EVENTS);
        changes.on(() -> {
            loadChoices();
            list.refresh();
        }, Topic.OFFICERS, Topic.SCHOOLS, Topic.REFERENCE, Topic.LEISURE);
    }

    /** Reads every list the filters and the form offer. */
    public void loadChoices() {
        loadChoices(() -> { });
    }

    /** Reads every list the filters and the form offer, then runs {@code then} on the FX thread. */
    public void loadChoices(Runnable then) {
        tasks.submit(() -> new Choices(references.active(ReferenceList.EVENT_TYPE), lookups.districts(), lookups.schools(),
                lookups.openCentres(), lookups.partners(), lookups.activeOfficers()), c -> {
                    ReferenceItem t = type.get();
                    Lookup d = district.get();
                    Place p = place.get();
                    types.setAll(prepend(ALL_TYPES, c.types()));
                    activeTypes.setAll(c.types());
                    districts.setAll(prepend(ALL, c.districts()));
                    schools.setAll(c.schools());
                    centres.setAll(c.centres());
                    partners.setAll(c.partners());
                    officers.setAll(c.officers());
                    List<Place> all = new ArrayList<>();
                    all.add(ANY_PLACE);
                    c.schools().forEach(s -> all.add(new Place(s.id(), null, s.label())));
                    c.centres().forEach(ce -> all.add(new Place(null, ce.id(), ce.name())));
                    places.setAll(all);
                    Selections.keep(type, types, x -> x.id() == t.id(), ALL_TYPES);
                    Selections.keep(district, districts, x -> x.id() == d.id(), ALL);
                    Selections.keep(place, places, x -> x.equals(p), ANY_PLACE);
                    then.run();
                }, failure::set);
    }

    private static <T> List<T> prepend(T first, List<T> rest) {
        List<T> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** Shows the first page of the table for the current filters. */
    public void apply() {
        applied = filter();
        list.reload((o, l) -> events.page(filter(), o, l));
    }

    /**
     * {@link #apply()} when the filters differ from those of the list shown, and says whether it did: a combo box
     * whose choices are read again passes through no choice and back, which must not read the events again.
     */
    public boolean applyIfChanged() {
        if (filter().equals(applied)) {
            return false;
        }
        apply();
        return true;
    }

    /** Reads the events of the month view's month (with the type, district and place filters). */
    public void loadMonth() {
        YearMonth m = month.get();
        EventFilter f = filter();
        EventFilter monthFilter = new EventFilter(f.typeId(), f.districtId(), f.schoolId(), f.centreId(), m.atDay(1), m.atEndOfMonth());
        tasks.submit(() -> events.calendar(monthFilter), found -> {
            if (m.equals(month.get())) {
                monthEvents.setAll(found);
            }
        }, failure::set);
    }

    /** Back to every type, district and place in the current month, read once. */
    public void resetFilters() {
        EventFilter m = EventFilter.month(LocalDate.now(clock));
        type.set(ALL_TYPES);
        district.set(ALL);
        place.set(ANY_PLACE);
        from.set(m.from());
        to.set(m.to());
        applyIfChanged();
        month.set(YearMonth.from(m.from()));
        loadMonth();
    }

    public void shiftMonth(int months) {
        month.set(month.get().plusMonths(months));
        loadMonth();
    }

    /**
     * The event form for {@code event} (null for a new one, then at school {@code schoolId} when not null), offering
     * the lists read last by {@link #loadChoices}.
     */
    public EventFormViewModel form(OutreachEvent event, Long schoolId) {
        EventFormViewModel form = new EventFormViewModel(events, lookups, tasks,
                new EventFormViewModel.Offered(activeTypes, schools, centres, partners, officers), today());
        if (event != null) {
            form.edit(event);
        } else if (schoolId != null) {
            form.startAt(schoolId);
        }
        return form;
    }

    public void delete(OutreachEvent e) {
        tasks.submit(() -> {
            events.delete(e.id(), e.version());
            return Boolean.TRUE;
        }, ok -> { }, failure::set);
    }

    public EventFilter filter() {
        ReferenceItem t = type.get();
        Lookup d = district.get();
        Place p = place.get();
        return new EventFilter(t == null || t.id() == 0 ? null : t.id(), d == null || d.id() == 0 ? null : (int) d.id(),
                p == null ? null : p.schoolId(), p == null ? null : p.centreId(), from.get(), to.get());
    }

    public PagedList<OutreachEvent> list() {
        return list;
    }

    public ObservableList<ReferenceItem> types() {
        return types;
    }

    /** Types a new event may take: the active ones. */
    public ObservableList<ReferenceItem> activeTypes() {
        return activeTypes;
    }

    public ObservableList<Lookup> districts() {
        return districts;
    }

    public ObservableList<Place> places() {
        return places;
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

    public ObjectProperty<Lookup> districtProperty() {
        return district;
    }

    public ObjectProperty<Place> placeProperty() {
        return place;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObservableList<OutreachEvent> monthEvents() {
        return monthEvents;
    }

    public ObjectProperty<OutreachEvent> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Throwable> failureProperty() {
        return failure;
    }
}
