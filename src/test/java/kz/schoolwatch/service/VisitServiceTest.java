// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import kz.schoolwatch.EngineCases;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Page;
import kz.schoolwatch.domain.Visit;
import kz.schoolwatch.domain.VisitDraft;
import kz.schoolwatch.domain.VisitFilter;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.VisitRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Visits on both engines: validation, one transaction per save, paging and filters in the database. */
class VisitServiceTest {

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

        private Database db;
        private TestRows rows;
        private VisitService visits;
        private final List<DataChanges.Topic> published = new ArrayList<>();
        private long officer;
        private long otherOfficer;
        private long school;
        private long schoolInOtherDistrict;
        private int purpose;

        @BeforeEach
        void open() throws Exception {
            db = databases.open(engine, folder);
            rows = new TestRows(db);
            DataChanges changes = new DataChanges();
            changes.subscribe(published::add);
            Clock clock = Clock.fixed(NOW.atZone(ZoneId.of("Asia/Almaty")).toInstant(), ZoneId.of("Asia/Almaty"));
            visits = new VisitService(db, new VisitRepository(db), changes, clock, TestDatabases.head());
            officer = rows.officer("Исин", "100001", 1);
            otherOfficer = rows.officer("Ахметова", "100002", 2);
            school = rows.school(125, 1);
            schoolInOtherDistrict = rows.school(174, 2);
            purpose = rows.firstPurposeId();
        }

        private VisitDraft draft(long officerId, long schoolId, LocalDateTime at) {
            return new VisitDraft(officerId, schoolId, at, purpose, "  Охрана на месте  ", "", 0);
        }

        @Test
        void loggedVisitIsStoredTrimmedAndAnnounced() {
            long id = visits.create(draft(officer, school, NOW.minusHours(2)));

            Visit v = visits.find(id).orElseThrow();
            assertThat(v.officerName()).isEqualTo("Исин Т.");
            assertThat(v.schoolNumber()).isEqualTo(125);
            assertThat(v.purposeName()).isEqualTo("Плановая проверка");
            assertThat(v.findings()).isEqualTo("Охрана на месте");
            assertThat(v.agreedActions()).isNull();
            assertThat(published).containsExactly(DataChanges.Topic.VISITS);
        }

        @Test
        void visitWithoutOfficerSchoolOrPurposeIsRefusedWithEveryErrorAndNothingIsWritten() {
            assertThatThrownBy(() -> visits.create(new VisitDraft(null, null, null, null, "x".repeat(4001), null, 0)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactlyInAnyOrder("officer", "school", "visitedAt", "purpose", "findings"));
            assertThat(rows.count("school_visit")).isZero();
            assertThat(published).isEmpty();
        }

        @Test
        void visitInTheFutureIsRefused() {
            assertThatThrownBy(() -> visits.create(draft(officer, school, NOW.plusDays(1))))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("visitedAt", "visit.error.future")));
        }

        @Test
        void visitOfASchoolDeletedMeanwhileIsRefusedNextToTheSchoolAndRolledBack() {
            assertThatThrownBy(() -> visits.create(draft(officer, 999_999, NOW)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("school", "visit.error.schoolGone")));
            assertThat(rows.count("school_visit")).isZero();
        }

        @Test
        void correctingAndDeletingAVisit() {
            long id = visits.create(draft(officer, school, NOW.minusDays(1)));
            visits.update(id, new VisitDraft(otherOfficer, schoolInOtherDistrict, NOW.minusDays(2), purpose, null, "Повторить проверку", 1));
            Visit v = visits.find(id).orElseThrow();
            assertThat(v.officerId()).isEqualTo(otherOfficer);
            assertThat(v.schoolNumber()).isEqualTo(174);
            assertThat(v.agreedActions()).isEqualTo("Повторить проверку");

            visits.delete(id, v.version());
            assertThat(visits.find(id)).isEmpty();
            assertThatThrownBy(() -> visits.delete(id, v.version())).isInstanceOfSatisfying(SaveFailedException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("common.error.gone"));
        }

        @Test
        void pagesAreNewestFirstAndFiltersCombineInTheDatabase() {
            for (int day = 1; day <= 28; day++) {
                visits.create(draft(day % 2 == 0 ? officer : otherOfficer, day % 3 == 0 ? schoolInOtherDistrict : school,
                        LocalDateTime.of(2026, 2, day, 10, 0)));
            }
            visits.create(draft(officer, school, LocalDateTime.of(2026, 3, 1, 9, 0)));

            Page<Visit> first = visits.page(VisitFilter.month(LocalDate.of(2026, 2, 10)), 0, 10);
            assertThat(first.total()).isEqualTo(28);
            assertThat(first.rows()).hasSize(10);
            assertThat(first.rows().get(0).visitedAt()).isEqualTo(LocalDateTime.of(2026, 2, 28, 10, 0));
            Page<Visit> last = visits.page(VisitFilter.month(LocalDate.of(2026, 2, 10)), 20, 10);
            assertThat(last.rows()).hasSize(8);
            assertThat(last.rows().get(7).visitedAt()).isEqualTo(LocalDateTime.of(2026, 2, 1, 10, 0));

            VisitFilter officerInDistrict2 = new VisitFilter(officer, null, 2, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
            Page<Visit> both = visits.page(officerInDistrict2, 0, 100);
            // Even days that are multiples of 3: 6, 12, 18, 24.
            assertThat(both.rows()).extracting(v -> v.visitedAt().getDayOfMonth()).containsExactly(24, 18, 12, 6);
            assertThat(both.total()).isEqualTo(4);

            assertThat(visits.page(VisitFilter.ofSchool(schoolInOtherDistrict), 0, 100).total()).isEqualTo(9);
            assertThat(visits.page(VisitFilter.all(), 0, 5).total()).isEqualTo(29);
        }
    }
}
