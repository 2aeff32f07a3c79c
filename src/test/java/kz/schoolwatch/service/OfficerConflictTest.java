// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import kz.schoolwatch.EngineCases;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Assignment;
import kz.schoolwatch.domain.Officer;
import kz.schoolwatch.domain.OfficerDraft;
import kz.schoolwatch.persistence.AssignmentRepository;
import kz.schoolwatch.persistence.OfficerRepository;
import kz.schoolwatch.persistence.ReferenceRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two officers at once on the officers' registry (issue 18): a correction or a deactivation over someone else's
 * change is refused with the officer as stored now, and a handover moves no school whose assignment changed since
 * the form showed it. On both engines.
 */
class OfficerConflictTest {

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

        private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

        @TempDir
        Path folder;

        private TestRows rows;
        private OfficerService officers;
        private SchoolService schools;

        @BeforeEach
        void open() throws Exception {
            Database db = databases.open(engine, folder);
            rows = new TestRows(db);
            DataChanges changes = new DataChanges();
            officers = new OfficerService(db, new OfficerRepository(db), changes, TestDatabases.head());
            Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Almaty")).toInstant(), ZoneId.of("Asia/Almaty"));
            schools = new SchoolService(db, new SchoolRepository(db), new AssignmentRepository(db), new ReferenceRepository(db),
                    changes, clock, TestDatabases.head());
        }

        private long created() {
            return officers.create(new OfficerDraft(9, "Исин", "Тимур", "Серикович", "100200", 2, "+7 701 123 45 67", true, 0));
        }

        private static OfficerDraft withPhone(Officer o, String phone) {
            OfficerDraft d = o.toDraft();
            return new OfficerDraft(d.rankId(), d.lastName(), d.firstName(), d.middleName(), d.badgeNumber(), d.districtId(),
                    phone, d.active(), d.version());
        }

        @Test
        void correctionOverSomeoneElsesChangeIsRefusedWithTheOfficerAsStoredNow() {
            long id = created();
            Officer opened = officers.find(id).orElseThrow();
            assertThat(opened.version()).isEqualTo(1);
            officers.update(id, withPhone(opened, "+7 701 000 00 01"));

            assertThatThrownBy(() -> officers.update(id, withPhone(opened, "+7 701 000 00 02")))
                    .isInstanceOfSatisfying(EditConflictException.class, e -> {
                        OfficerDraft now = e.current(OfficerDraft.class);
                        assertThat(now.phone()).isEqualTo("+7 701 000 00 01");
                        assertThat(now.version()).isEqualTo(2);
                    });
            assertThat(officers.find(id).orElseThrow()).extracting(Officer::phone, Officer::version)
                    .containsExactly("+7 701 000 00 01", 2);
        }

        @Test
        void deactivatingAnOfficerEditedMeanwhileIsRefusedAndTheOfficerStaysActive() {
            long id = created();
            Officer opened = officers.find(id).orElseThrow();
            officers.update(id, withPhone(opened, "+7 701 000 00 01"));
            OfficerDraft d = opened.toDraft();
            OfficerDraft deactivated = new OfficerDraft(d.rankId(), d.lastName(), d.firstName(), d.middleName(), d.badgeNumber(),
                    d.districtId(), d.phone(), false, d.version());

            assertThatThrownBy(() -> officers.update(id, deactivated)).isInstanceOf(EditConflictException.class);
            assertThat(officers.find(id).orElseThrow().active()).isTrue();
        }

        @Test
        void handoverRefusesWhenASchoolWasAssignedToAnotherOfficerOnItsCardMeanwhile() {
            long from = rows.officer("Исин", "1", 1);
            long to = rows.officer("Ахметова", "2", 1);
            long other = rows.officer("Беков", "3", 1);
            long a = rows.school(12, 1);
            long b = rows.school(45, 1);
            rows.assign(a, from, LocalDate.of(2024, 9, 1));
            rows.assign(b, from, LocalDate.of(2024, 9, 1));
            List<Long> shown = List.of(a, b);

            schools.assignOfficer(b, other, LocalDate.of(2026, 3, 10));

            assertThatThrownBy(() -> officers.handOver(from, to, TODAY, shown))
                    .isInstanceOfSatisfying(SaveFailedException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("handover.error.changedMeanwhile");
                        assertThat(e.args()).containsExactly("№ 45");
                    });
            assertThat(officers.assignments(to)).isEmpty();
            assertThat(officers.assignments(from)).filteredOn(Assignment::current).extracting(Assignment::schoolNumber)
                    .containsExactly(12);

            // Having looked, the officer presses again: what is the officer's now is handed over.
            assertThat(officers.handOver(from, to, TODAY, List.of(a))).isEqualTo(1);
            assertThat(officers.assignments(to)).extracting(Assignment::schoolNumber).containsExactly(12);
        }

        @Test
        void handoverRefusesWhenAnotherHandoverMovedTheSchoolsMeanwhile() {
            long from = rows.officer("Исин", "1", 1);
            long to = rows.officer("Ахметова", "2", 1);
            long third = rows.officer("Беков", "3", 1);
            long a = rows.school(12, 1);
            long b = rows.school(45, 1);
            rows.assign(a, from, LocalDate.of(2024, 9, 1));
            rows.assign(b, from, LocalDate.of(2024, 9, 1));
            List<Long> shown = List.of(b, a);

            assertThat(officers.handOver(from, third, TODAY, shown)).isEqualTo(2);

            assertThatThrownBy(() -> officers.handOver(from, to, TODAY, shown))
                    .isInstanceOfSatisfying(SaveFailedException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("handover.error.changedMeanwhile");
                        assertThat(e.args()).containsExactly("№ 12, № 45");
                    });
            assertThat(officers.assignments(to)).isEmpty();
            assertThat(officers.assignments(third)).extracting(Assignment::schoolNumber).containsExactlyInAnyOrder(12, 45);
        }

        @Test
        void handoverRefusesASchoolGivenToTheOfficerAfterTheFormShowedTheirs() {
            long from = rows.officer("Исин", "1", 1);
            long to = rows.officer("Ахметова", "2", 1);
            long a = rows.school(12, 1);
            long c = rows.school(77, 1);
            rows.assign(a, from, LocalDate.of(2024, 9, 1));
            List<Long> shown = List.of(a);

            schools.assignOfficer(c, from, LocalDate.of(2026, 3, 10));

            assertThatThrownBy(() -> officers.handOver(from, to, TODAY, shown))
                    .isInstanceOfSatisfying(SaveFailedException.class, e -> assertThat(e.args()).containsExactly("№ 77"));
            assertThat(officers.assignments(from)).filteredOn(Assignment::current).hasSize(2);
        }
    }
}
