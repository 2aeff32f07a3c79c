// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.EventDraft;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.OutreachEvent;
import kz.schoolwatch.domain.ReferenceItem;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.EventRepository;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.persistence.ReferenceListRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.EventService;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.service.ReferenceListService;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.InStepTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Events screen's model, its reads run in step: the month's table, the filters, the month view, saves elsewhere. */
class EventsViewModelTest {

    private static final Clock MARCH = Clock.fixed(LocalDate.of(2026, 3, 15).atStartOfDay(ZoneId.of("Asia/Almaty")).toInstant(),
            ZoneId.of("Asia/Almaty"));

    @TempDir
    Path folder;

    private Database db;
    private TestRows rows;
    private final DataChanges changes = new DataChanges();
    private final InStepTaskRunner tasks = new InStepTaskRunner();
    private EventService events;
    private EventsViewModel model;
    private long school;
    private long centre;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        rows = new TestRows(db);
        school = rows.school(125, 1);
        centre = rows.centre("Центр досуга «Жастар»", 3);
        rows.officer("Исин", "100001", 1);
        events = new EventService(db, new EventRepository(db), changes, TestDatabases.head());
        model = new EventsViewModel(events, new LookupService(db, new LookupRepository(db), changes, TestDatabases.head()),
                new ReferenceListService(db, new ReferenceListRepository(db), changes, TestDatabases.head()), tasks, MARCH);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long event(int type, LocalDate on, Long schoolId, Long centreId) {
        return events.create(new EventDraft(type, null, on, schoolId, centreId, 10, 5, null, List.of(), List.of(), 0));
    }

    @Test
    void showsTheMonthsEventsAndFiltersThemByTypeAndPlace() {
        event(1, LocalDate.of(2026, 3, 3), school, null);
        long atCentre = event(6, LocalDate.of(2026, 3, 8), null, centre);
        event(1, LocalDate.of(2026, 2, 20), school, null);

        model.loadChoices();
        model.apply();

        assertThat(model.list().rows()).extracting(OutreachEvent::heldOn)
                .containsExactlyInAnyOrder(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 8));
        assertThat(model.schools()).extracting(s -> s.id()).containsExactly(school);
        assertThat(model.centres()).extracting(Lookup::id).containsExactly(centre);
        assertThat(model.places()).hasSize(3);
        assertThat(model.types().get(0)).isEqualTo(EventsViewModel.ALL_TYPES);

        ReferenceItem six = model.types().stream().filter(t -> t.id() == 6).findFirst().orElseThrow();
        model.typeProperty().set(six);
        assertThat(model.applyIfChanged()).isTrue();
        assertThat(model.list().rows()).extracting(OutreachEvent::id).containsExactly(atCentre);
        assertThat(model.applyIfChanged()).as("the same filters read nothing again").isFalse();

        model.typeProperty().set(EventsViewModel.ALL_TYPES);
        model.placeProperty().set(model.places().stream().filter(p -> p.schoolId() != null).findFirst().orElseThrow());
        model.applyIfChanged();
        assertThat(model.list().rows()).extracting(OutreachEvent::heldOn).containsExactly(LocalDate.of(2026, 3, 3));

        model.resetFilters();
        assertThat(model.list().rows()).hasSize(2);
        assertThat(model.monthEvents()).hasSize(2);
        model.shiftMonth(-1);
        assertThat(model.monthEvents()).extracting(OutreachEvent::heldOn).containsExactly(LocalDate.of(2026, 2, 20));
    }

    @Test
    void followsEventsSavedAndPlacesAddedElsewhere() {
        model.follow(new ChangeFeed(changes, tasks));
        model.loadChoices();
        model.apply();
        model.loadMonth();
        assertThat(model.list().rows()).isEmpty();

        event(1, LocalDate.of(2026, 3, 10), school, null);
        assertThat(model.list().rows()).as("the table after an event saved elsewhere").hasSize(1);
        assertThat(model.monthEvents()).as("the month view after it").hasSize(1);

        // A partner added (a reference change) reads the form's lists again.
        new LookupService(db, new LookupRepository(db), changes, TestDatabases.head()).addPartner("ОО «Кереге»");
        assertThat(model.partners()).extracting(Lookup::name).contains("ОО «Кереге»");

        model.delete(model.list().rows().get(0));
        assertThat(rows.count("outreach_event")).isZero();
        assertThat(model.list().rows()).isEmpty();
        assertThat(tasks.failed()).isZero();
    }
}
