// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.visits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.SchoolChoice;
import kz.schoolwatch.domain.Visit;
import kz.schoolwatch.domain.VisitFilter;
import kz.schoolwatch.service.DataChanges.Topic;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.service.VisitService;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.PagedList;
import kz.schoolwatch.ui.common.Selections;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * The visits table: filters (officer, school, district, period, this month by default) and the page shown.
 * Filtering and paging happen in the database.
 */
public final class VisitListViewModel {

    /** Rows per page: a screenful or two, read in a few milliseconds. */
    public static final int PAGE_SIZE = 100;

    /** The «all» entry of the officer and district filters. */
    public static final Lookup ALL = new Lookup(0, "");
    /** The «all schools» entry of the school filter. */
    public static final SchoolChoice ALL_SCHOOLS = new SchoolChoice(0, 0, "", 0);

    private final VisitService visits;
    private final LookupService lookups;
    private final TaskRunner tasks;
    private final PagedList<Visit> list;

    // Properties
    private final ObservableList<Lookup> officers = FXCollections.observableArrayList(ALL);
    private final ObservableList<SchoolChoice> schools = FXCollections.observableArrayList(ALL_SCHOOLS);
    private final ObservableList<Lookup> districts = FXCollections.observableArrayList(ALL);
    private final ObjectProperty<Lookup> officer = new SimpleObjectProperty<>(ALL);
    private final ObjectProperty<SchoolChoice> school = new SimpleObjectProperty<>(ALL_SCHOOLS);
    private final ObjectProperty<Lookup> district = new SimpleObjectProperty<>(ALL);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Visit> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();
    /** The filters of the page shown, or null before the first. */
    private VisitFilter applied;
    /** True while {@link #setTogether} sets several filters: their notifications wait for the last. */
    private boolean settingSeveral;

    public VisitListViewModel(VisitService visits, LookupService lookups, TaskRunner tasks, Clock clock) {
        this.visits = visits;
        this.lookups = lookups;
        this.tasks = tasks;
        this.list = new PagedList<>(tasks, PAGE_SIZE, (o, l) -> visits.page(filter(), o, l));
        VisitFilter month = VisitFilter.month(LocalDate.now(clock));
        from.set(month.from());
        to.set(month.to());
    }

    private record Choices(List<Lookup> officers, List<SchoolChoice> schools, List<Lookup> districts) {
    }

    // Commands

    /**
     * Follows committed changes: a visit saved anywhere reads the page again; an officer, a school or a purpose
     * changed also reads the filter choices again (a name in the table may have changed with them).
     */
    public void follow(ChangeFeed changes) {
        changes.on(list::refresh, Topic.VISITS);
        changes.on(() -> {
            loadChoices();
            list.refresh();
        }, Topic.OFFICERS, Topic.SCHOOLS, Topic.REFERENCE);
    }

    /** Reads the filter choices; officers who left stay choosable, their visits remain. */
    public void loadChoices() {
        tasks.submit(() -> new Choices(lookups.activeOfficers(), lookups.schools(), lookups.districts()), c -> {
            Lookup o = officer.get();
            SchoolChoice s = school.get();
            Lookup d = district.get();
            officers.setAll(prepend(ALL, c.officers()));
            schools.setAll(prepend(ALL_SCHOOLS, c.schools()));
            districts.setAll(prepend(ALL, c.districts()));
            Selections.keep(officer, officers, x -> x.id() == o.id(), ALL);
            Selections.keep(school, schools, x -> x.id() == s.id(), ALL_SCHOOLS);
            Selections.keep(district, districts, x -> x.id() == d.id(), ALL);
        }, failure::set);
    }

    private static <T> List<T> prepend(T first, List<T> rest) {
        ArrayList<T> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** Shows the first page for the current filters. */
    public void apply() {
        applied = filter();
        VisitFilter f = applied;
        list.reload((o, l) -> visits.rows(f, o, l), () -> visits.count(f));
    }

    /**
     * {@link #apply()} when the filters differ from those of the page shown. The screen calls this on every
     * filter notification: a combo box whose list is read again may pass through no choice and back, which is
     * the same filter and must not read the table again (it doubled the first open on 1,000,000 visits).
     */
    public void applyIfChanged() {
        if (!settingSeveral && !filter().equals(applied)) {
            apply();
        }
    }

    /** Moves the period one calendar month back (-1) or forward (+1), starting from the period's first day. */
    public void shiftMonth(int months) {
        LocalDate base = from.get() != null ? from.get() : to.get() != null ? to.get() : LocalDate.now();
        VisitFilter m = VisitFilter.month(base.withDayOfMonth(1).plusMonths(months));
        setTogether(() -> {
            from.set(m.from());
            to.set(m.to());
        });
    }

    /** Clears the officer, school and district filters and shows the month of {@code today}. */
    public void reset(LocalDate today) {
        VisitFilter m = VisitFilter.month(today);
        setTogether(() -> {
            officer.set(ALL);
            school.set(ALL_SCHOOLS);
            district.set(ALL);
            from.set(m.from());
            to.set(m.to());
        });
    }

    /**
     * Sets several filters and reads the table once, after the last: read per filter, a month step read a
     * two-month span (new start, old end) beside the month itself, two queries where one was asked for.
     */
    private void setTogether(Runnable changes) {
        settingSeveral = true;
        try {
            changes.run();
        } finally {
            settingSeveral = false;
        }
        applyIfChanged();
    }

    /** Deletes a visit off the FX thread; the table follows through the change notification. */
    public void delete(Visit v, Runnable onDone) {
        tasks.submit(() -> {
            visits.delete(v.id(), v.version());
            return Boolean.TRUE;
        }, ok -> onDone.run(), failure::set);
    }

    /** The filter as the repository reads it. */
    public VisitFilter filter() {
        Lookup o = officer.get();
        SchoolChoice s = school.get();
        Lookup d = district.get();
        return new VisitFilter(o == null || o.id() == 0 ? null : o.id(), s == null || s.id() == 0 ? null : s.id(),
                d == null || d.id() == 0 ? null : (int) d.id(), from.get(), to.get());
    }

    public PagedList<Visit> list() {
        return list;
    }

    public ObservableList<Lookup> officers() {
        return officers;
    }

    public ObservableList<SchoolChoice> schools() {
        return schools;
    }

    public ObservableList<Lookup> districts() {
        return districts;
    }

    public ObjectProperty<Lookup> officerProperty() {
        return officer;
    }

    public ObjectProperty<SchoolChoice> schoolProperty() {
        return school;
    }

    public ObjectProperty<Lookup> districtProperty() {
        return district;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Visit> selectedProperty() {
        return selected;
    }

    /** A delete or a load of the choices that failed. */
    public ObjectProperty<Throwable> failureProperty() {
        return failure;
    }
}
