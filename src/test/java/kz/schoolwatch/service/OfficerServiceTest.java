// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kz.schoolwatch.EngineCases;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Assignment;
import kz.schoolwatch.domain.OfficerDraft;
import kz.schoolwatch.domain.OfficerSummary;
import kz.schoolwatch.persistence.OfficerRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The officers' registry and the handover, on both engines (an H2 file and a PostgreSQL server). */
class OfficerServiceTest {

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

        private Database db;
        private TestRows rows;
        private OfficerService officers;
        private final List<DataChanges.Topic> published = new ArrayList<>();

        @BeforeEach
        void open() throws Exception {
            db = databases.open(engine, folder);
            rows = new TestRows(db);
            DataChanges changes = new DataChanges();
            changes.subscribe(published::add);
            officers = new OfficerService(db, new OfficerRepository(db), changes, TestDatabases.head());
        }

        private static OfficerDraft draft(String badge) {
            return new OfficerDraft(9, " Исин ", "Тимур", "Серикович", badge, 2, "+7 701 123 45 67", true, 0);
        }

        @Test
        void officerIsRegisteredWithRankAndDistrict() {
            long id = officers.create(draft("100200"));
            OfficerSummary s = officers.list().get(0);
            assertThat(s.officer().id()).isEqualTo(id);
            assertThat(s.officer().rankName()).isEqualTo("майор полиции");
            assertThat(s.officer().lastName()).isEqualTo("Исин");
            assertThat(s.officer().districtName()).isEqualTo("Алмалинский");
            assertThat(s.currentSchools()).isZero();
            assertThat(published).containsExactly(DataChanges.Topic.OFFICERS);
        }

        @Test
        void badgeNumberTakenByAnotherOfficerIsRefusedNextToTheBadge() {
            officers.create(draft("100200"));
            assertThatThrownBy(() -> officers.create(draft(" 100200 ")))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("badgeNumber", "officer.error.badgeTaken")));
            assertThat(rows.count("officer")).isEqualTo(1);
        }

        @Test
        void missingFieldsAreAllReported() {
            assertThatThrownBy(() -> officers.create(new OfficerDraft(null, " ", null, null, "12 34", null, "abc", true, 0)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactlyInAnyOrder("rank", "lastName", "firstName", "badgeNumber", "district", "phone"));
        }

        @Test
        void handoverMovesEverySchoolInOneStepAndKeepsTheHistory() {
            long from = rows.officer("Исин", "1", 1);
            long to = rows.officer("Ахметова", "2", 1);
            long a = rows.school(1, 1);
            long b = rows.school(2, 1);
            long c = rows.school(3, 1);
            rows.assign(a, from, LocalDate.of(2024, 9, 1));
            rows.assign(b, from, LocalDate.of(2025, 1, 10));
            rows.assign(c, to, LocalDate.of(2024, 9, 1));

            int moved = officers.handOver(from, to, LocalDate.of(2026, 3, 1), List.of(a, b));

            assertThat(moved).isEqualTo(2);
            assertThat(officers.assignments(from)).extracting(Assignment::schoolNumber, Assignment::to)
                    .containsExactlyInAnyOrder(Tuple.tuple(1, LocalDate.of(2026, 2, 28)),
                            Tuple.tuple(2, LocalDate.of(2026, 2, 28)));
            assertThat(officers.assignments(to)).filteredOn(Assignment::current).extracting(Assignment::schoolNumber, Assignment::from)
                    .containsExactlyInAnyOrder(Tuple.tuple(1, LocalDate.of(2026, 3, 1)),
                            Tuple.tuple(2, LocalDate.of(2026, 3, 1)),
                            Tuple.tuple(3, LocalDate.of(2024, 9, 1)));
            assertThat(rows.count("school_assignment")).isEqualTo(5);
            assertThat(published).containsExactly(DataChanges.Topic.OFFICERS, DataChanges.Topic.SCHOOLS);
        }

        @Test
        void handoverDatedBeforeACurrentAssignmentBeganIsRefusedAndChangesNothing() {
            long from = rows.officer("Исин", "1", 1);
            long to = rows.officer("Ахметова", "2", 1);
            long first = rows.school(1, 1);
            long second = rows.school(2, 1);
            rows.assign(first, from, LocalDate.of(2024, 9, 1));
            rows.assign(second, from, LocalDate.of(2026, 3, 5));

            assertThatThrownBy(() -> officers.handOver(from, to, LocalDate.of(2026, 3, 5), List.of(first, second)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("handoverDate", "handover.error.dateTooEarly", "06.03.2026")));
            assertThatThrownBy(() -> officers.handOver(from, from, LocalDate.of(2026, 4, 1), List.of(first, second)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("toOfficer", "handover.error.sameOfficer")));
            assertThat(officers.assignments(from)).allMatch(Assignment::current).hasSize(2);
            assertThat(rows.count("school_assignment")).isEqualTo(2);
        }
    }
}
