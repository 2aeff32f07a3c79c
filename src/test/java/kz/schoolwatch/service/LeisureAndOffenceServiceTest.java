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
import kz.schoolwatch.domain.LeisureAttendance;
import kz.schoolwatch.domain.LeisureCentre;
import kz.schoolwatch.domain.LeisureCentreDraft;
import kz.schoolwatch.domain.OffenceCounts;
import kz.schoolwatch.domain.OffenceDraft;
import kz.schoolwatch.domain.OffenceLocation;
import kz.schoolwatch.persistence.LeisureRepository;
import kz.schoolwatch.persistence.OffenceRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leisure centres with monthly counts, and offences with their per-school monthly counts, on both engines (an H2 file and a PostgreSQL server). */
class LeisureAndOffenceServiceTest {

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
        void centreWithClubsAndMonthlyCountsReplacedNotDuplicated() throws Exception {
            try (Database db = databases.open(engine, folder)) {
                LeisureService leisure = new LeisureService(db, new LeisureRepository(db), new DataChanges(), TestDatabases.head());
                long id = leisure.save(null, new LeisureCentreDraft(" Центр досуга «Жастар» ", 3, "мкр. Аксай-4, 12",
                        List.of("Военно-патриотический клуб «Контингент»", " ", "Бокс", "Бокс")));
                leisure.save(null, new LeisureCentreDraft("Центр «Балауса»", 1, null, List.of()));
                assertThat(leisure.centres()).extracting(LeisureCentre::name).containsExactly("Центр «Балауса»", "Центр досуга «Жастар»");
                assertThat(leisure.centres().get(1).clubs()).containsExactly("Военно-патриотический клуб «Контингент»", "Бокс");

                LocalDate march = LocalDate.of(2026, 3, 17);
                leisure.putAttendance(id, march, 12, 7, 0);
                leisure.putAttendance(id, march, 14, 9, 1);
                List<LeisureAttendance> rows = leisure.attendance(LocalDate.of(2026, 3, 1));
                assertThat(rows).extracting(LeisureAttendance::registeredTeenagers).containsExactly(0, 14);
                assertThat(rows).extracting(LeisureAttendance::troubledFamilyChildren).containsExactly(0, 9);
                assertThat(new TestRows(db).count("leisure_attendance")).isEqualTo(1);

                assertThatThrownBy(() -> leisure.putAttendance(id, march, -1, null, 1))
                        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                                .containsExactly("teenagers", "children"));
                assertThatThrownBy(() -> leisure.save(null, new LeisureCentreDraft("", null, null, null)))
                        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                                .containsExactly("name", "district"));
            }
        }

        @Test
        void offencesAreCountedPerSchoolAndMonth() throws Exception {
            try (Database db = databases.open(engine, folder)) {
                TestRows rows = new TestRows(db);
                Clock clock = Clock.fixed(LocalDate.of(2026, 6, 1).atStartOfDay(ZoneId.of("Asia/Almaty")).toInstant(), ZoneId.of("Asia/Almaty"));
                OffenceService offences = new OffenceService(db, new OffenceRepository(db), new DataChanges(), clock, TestDatabases.head());
                long a = rows.school(12, 1);
                long b = rows.school(125, 2);
                offences.save(null, new OffenceDraft(LocalDate.of(2026, 1, 20), a, 1, OffenceLocation.INSIDE, "Драка на перемене", true));
                offences.save(null, new OffenceDraft(LocalDate.of(2026, 1, 28), a, 2, OffenceLocation.GROUNDS, null, false));
                offences.save(null, new OffenceDraft(LocalDate.of(2026, 3, 2), a, 2, OffenceLocation.INSIDE, null, false));
                offences.save(null, new OffenceDraft(LocalDate.of(2026, 3, 2), b, 3, OffenceLocation.INSIDE, null, true));
                offences.save(null, new OffenceDraft(LocalDate.of(2025, 12, 30), b, 3, OffenceLocation.INSIDE, null, true));

                List<OffenceCounts> counts = offences.countsByMonth(2026);
                assertThat(counts).extracting(OffenceCounts::schoolNumber).containsExactly(12, 125);
                assertThat(counts.get(0).month(0)).isEqualTo(2);
                assertThat(counts.get(0).month(2)).isEqualTo(1);
                assertThat(counts.get(0).total()).isEqualTo(3);
                assertThat(counts.get(1).total()).isEqualTo(1);
                assertThat(offences.page(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, 0, 10).total()).isEqualTo(4);

                assertThatThrownBy(() -> offences.save(null, new OffenceDraft(LocalDate.of(2026, 7, 1), null, null, null, null, false)))
                        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                                .containsExactly("occurredOn", "school", "kind", "location"));
                assertThat(rows.count("offence")).isEqualTo(5);
            }
        }
    }
}
