// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import kz.schoolwatch.EngineCases;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.EventDraft;
import kz.schoolwatch.domain.EventFilter;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.OutreachEvent;
import kz.schoolwatch.persistence.EventRepository;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventServiceTest {

    @Nested
    class OnH2 extends Cases {
        OnH2() {
            super(Engine.H2);
        }
    }

    @Nested
    class OnPostgreSql extends Cases {
        OnPostgreSql() {
            super(Engine.POSTGRESQL);
        }
    }

    /** The cases, run once per engine. */
    abstract static class Cases extends EngineCases {

        Cases(Engine engine) {
            super(engine);
        }

        @TempDir
        Path folder;

        @Test
        void eventAtALeisureCentreKeepsItsPartnersAndOfficersAndFiltersByDistrictAndPlace() throws Exception {
            try (Database db = databases.open(engine, folder)) {
                TestRows rows = new TestRows(db);
                DataChanges changes = new DataChanges();
                EventService events = new EventService(db, new EventRepository(db), changes, TestDatabases.head());
                LookupService lookups = new LookupService(db, new LookupRepository(db), changes, TestDatabases.head());
                long centre = rows.centre("Центр досуга «Жастар»", 3);
                long school = rows.school(125, 1);
                long officer = rows.officer("Исин", "1", 3);
                Lookup kerege = lookups.addPartner("ОО «Кереге»");
                long zabota = lookups.partners().stream().filter(p -> p.name().contains("Забота")).findFirst().orElseThrow().id();

                long id = events.create(new EventDraft(6, " Лучшая семья ", LocalDate.of(2026, 3, 8), null, centre, 40, 25, null,
                        List.of(kerege.id(), zabota, zabota), List.of(officer), 0));
                events.create(new EventDraft(1, null, LocalDate.of(2026, 3, 12), school, null, 120, 80, "Родительский час", List.of(), List.of(), 0));
                events.create(new EventDraft(1, null, LocalDate.of(2026, 4, 2), school, null, 10, 5, null, List.of(), List.of(), 0));

                OutreachEvent e = events.find(id).orElseThrow();
                assertThat(e.title()).isEqualTo("Лучшая семья");
                assertThat(e.placeName()).isEqualTo("Центр досуга «Жастар»");
                assertThat(e.districtName()).isEqualTo("Ауэзовский");
                assertThat(e.partners()).extracting(Lookup::name).containsExactly("Кризисный центр «Забота»", "ОО «Кереге»");
                assertThat(e.officers()).extracting(Lookup::name).containsExactly("Исин Т.");

                EventFilter march = EventFilter.month(LocalDate.of(2026, 3, 1));
                assertThat(events.page(march, 0, 10).total()).isEqualTo(2);
                assertThat(events.page(new EventFilter(null, 3, null, null, march.from(), march.to()), 0, 10).rows())
                        .extracting(OutreachEvent::id).containsExactly(id);
                assertThat(events.page(new EventFilter(null, null, school, null, null, null), 0, 10).total()).isEqualTo(2);
                assertThat(events.calendar(march)).extracting(OutreachEvent::heldOn)
                        .containsExactly(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 12));

                events.update(id, new EventDraft(6, "Кереге", LocalDate.of(2026, 3, 8), school, null, 40, 25, null, List.of(), List.of(), 1));
                assertThat(events.find(id).orElseThrow().partners()).isEmpty();
                assertThat(events.find(id).orElseThrow().schoolId()).isEqualTo(school);
                events.delete(id, 2);
                assertThat(rows.count("event_partner")).isZero();
            }
        }

        @Test
        void eventWithoutTypePlaceOrWithNegativeCountsIsRefusedAndNothingIsWritten() throws Exception {
            try (Database db = databases.open(engine, folder)) {
                TestRows rows = new TestRows(db);
                EventService events = new EventService(db, new EventRepository(db), new DataChanges(), TestDatabases.head());
                assertThatThrownBy(() -> events.create(new EventDraft(null, null, null, null, null, -1, null, null, null, null, 0)))
                        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                                .containsExactlyInAnyOrder("type", "heldOn", "place", "pupils", "parents"));
                assertThat(rows.count("outreach_event")).isZero();
            }
        }
    }
}
