// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import kz.schoolwatch.EngineCases;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.EventDraft;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.OutreachEvent;
import kz.schoolwatch.domain.Visit;
import kz.schoolwatch.domain.VisitDraft;
import kz.schoolwatch.persistence.EventRepository;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.VisitRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two officers correcting the same visit or event (issue 18): a save over the other's change is refused with the
 * record as stored now, the event's partners and officers stay with its version, and a record changed meanwhile is
 * not deleted. On both engines.
 */
class VisitEventConflictTest {

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

        private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 16, 11, 0);

        @TempDir
        Path folder;

        private TestRows rows;
        private VisitService visits;
        private EventService events;
        private LookupService lookups;
        private long officer;
        private long school;
        private int purpose;

        @BeforeEach
        void open() throws Exception {
            Database db = databases.open(engine, folder);
            rows = new TestRows(db);
            DataChanges changes = new DataChanges();
            Clock clock = Clock.fixed(NOW.atZone(ZoneId.of("Asia/Almaty")).toInstant(), ZoneId.of("Asia/Almaty"));
            visits = new VisitService(db, new VisitRepository(db), changes, clock, TestDatabases.head());
            events = new EventService(db, new EventRepository(db), changes, TestDatabases.head());
            lookups = new LookupService(db, new LookupRepository(db), changes, TestDatabases.head());
            officer = rows.officer("Исин", "100001", 1);
            school = rows.school(125, 1);
            purpose = rows.firstPurposeId();
        }

        private static VisitDraft withFindings(Visit v, String findings) {
            VisitDraft d = v.toDraft();
            return new VisitDraft(d.officerId(), d.schoolId(), d.visitedAt(), d.purposeId(), findings, d.agreedActions(), d.version());
        }

        private static EventDraft withPartners(OutreachEvent e, int pupils, List<Long> partners) {
            EventDraft d = e.toDraft();
            return new EventDraft(d.typeId(), d.title(), d.heldOn(), d.schoolId(), d.centreId(), pupils, d.parents(), d.notes(),
                    partners, d.officerIds(), d.version());
        }

        @Test
        void visitCorrectedOverSomeoneElsesChangeIsRefusedWithTheVisitAsStoredNow() {
            long id = visits.create(new VisitDraft(officer, school, NOW.minusHours(2), purpose, "Охрана на месте", null, 0));
            Visit opened = visits.find(id).orElseThrow();
            visits.update(id, withFindings(opened, "Охранника нет"));

            assertThatThrownBy(() -> visits.update(id, withFindings(opened, "Турникет сломан")))
                    .isInstanceOfSatisfying(EditConflictException.class, e -> {
                        VisitDraft now = e.current(VisitDraft.class);
                        assertThat(now.findings()).isEqualTo("Охранника нет");
                        assertThat(now.version()).isEqualTo(2);
                    });
            assertThat(visits.find(id).orElseThrow()).extracting(Visit::findings, Visit::version).containsExactly("Охранника нет", 2);
        }

        @Test
        void visitChangedMeanwhileIsNotDeletedAndOneDeletedMeanwhileIsGone() {
            long id = visits.create(new VisitDraft(officer, school, NOW.minusHours(2), purpose, "Охрана на месте", null, 0));
            Visit shown = visits.find(id).orElseThrow();
            visits.update(id, withFindings(shown, "Охранника нет"));

            assertThatThrownBy(() -> visits.delete(id, shown.version())).isInstanceOfSatisfying(SaveFailedException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("visit.error.changedBeforeDelete"));
            assertThat(visits.find(id)).isPresent();

            visits.delete(id, 2);
            assertThatThrownBy(() -> visits.update(id, withFindings(shown, "Поздно"))).isInstanceOfSatisfying(SaveFailedException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("common.error.gone"));
        }

        @Test
        void eventCorrectedOverSomeoneElsesChangeKeepsTheirPartnersAndCounts() {
            Lookup kerege = lookups.addPartner("ОО «Кереге»");
            Lookup zhastar = lookups.addPartner("ОО «Жастар»");
            long id = events.create(new EventDraft(1, "Родительский час", LocalDate.of(2026, 3, 12), school, null, 120, 80, null,
                    List.of(kerege.id()), List.of(officer), 0));
            OutreachEvent opened = events.find(id).orElseThrow();
            events.update(id, withPartners(opened, 130, List.of(zhastar.id(), kerege.id())));

            assertThatThrownBy(() -> events.update(id, withPartners(opened, 90, List.of())))
                    .isInstanceOfSatisfying(EditConflictException.class, e -> {
                        EventDraft now = e.current(EventDraft.class);
                        assertThat(now.pupils()).isEqualTo(130);
                        assertThat(now.partnerIds()).containsExactlyInAnyOrder(kerege.id(), zhastar.id());
                        assertThat(now.officerIds()).containsExactly(officer);
                        assertThat(now.version()).isEqualTo(2);
                    });
            OutreachEvent stored = events.find(id).orElseThrow();
            assertThat(stored.pupils()).isEqualTo(130);
            assertThat(stored.partners()).extracting(Lookup::id).containsExactlyInAnyOrder(kerege.id(), zhastar.id());
            assertThat(stored.officers()).extracting(Lookup::id).containsExactly(officer);
        }

        @Test
        void eventChangedMeanwhileIsNotDeleted() {
            long id = events.create(new EventDraft(1, null, LocalDate.of(2026, 3, 12), school, null, 120, 80, null,
                    List.of(), List.of(officer), 0));
            OutreachEvent shown = events.find(id).orElseThrow();
            events.update(id, withPartners(shown, 121, List.of()));

            assertThatThrownBy(() -> events.delete(id, shown.version())).isInstanceOfSatisfying(SaveFailedException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("event.error.changedBeforeDelete"));
            assertThat(events.find(id)).isPresent();
            assertThat(rows.count("event_officer")).isEqualTo(1);
        }
    }
}
