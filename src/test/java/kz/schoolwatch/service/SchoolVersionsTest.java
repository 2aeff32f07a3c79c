// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import kz.schoolwatch.EngineCases;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Ownership;
import kz.schoolwatch.domain.SchoolDetails;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.domain.TeachingLanguage;
import kz.schoolwatch.persistence.AssignmentRepository;
import kz.schoolwatch.persistence.ReferenceRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A school's version on both engines: a save names the version its card opened, and a save over a newer one (an
 * edit, an archive) writes nothing and hands back the school as stored now.
 */
class SchoolVersionsTest {

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

    abstract static class Cases extends EngineCases {

        private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

        Cases(Engine engine) {
            super(engine);
        }

        @TempDir
        Path folder;

        private Database db;
        private SchoolService schools;

        @BeforeEach
        void open() throws Exception {
            db = databases.open(engine, folder);
            Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Almaty")).toInstant(), ZoneId.of("Asia/Almaty"));
            schools = new SchoolService(db, new SchoolRepository(db), new AssignmentRepository(db), new ReferenceRepository(db),
                    new DataChanges(), clock, TestDatabases.head());
        }

        private SchoolDetails renamed(SchoolDetails s, String name) {
            return new SchoolDetails(s.id(), s.number(), name, s.type(), s.ownership(), s.language(), s.districtId(),
                    s.address(), s.directorName(), s.phone(), s.pupils(), s.entrances(), s.floors(),
                    s.archivedOn(), s.version());
        }

        private long newSchool() {
            return schools.save(new SchoolDetails(null, 150, "Школа №150", SchoolType.GENERAL, Ownership.STATE,
                    TeachingLanguage.KAZAKH, 4, null, null, null, 800, null, null, null, 0));
        }

        @Test
        void eachSaveCountsTheVersionUp() {
            long id = newSchool();
            assertThat(schools.find(id).version()).isEqualTo(1);

            schools.save(renamed(schools.find(id), "Школа-лицей №150"));

            assertThat(schools.find(id).version()).isEqualTo(2);
            assertThat(schools.find(id).name()).isEqualTo("Школа-лицей №150");
        }

        @Test
        void aSaveOverSomeoneElsesChangeWritesNothingAndHandsBackTheirs() {
            long id = newSchool();
            SchoolDetails openedByMe = schools.find(id);
            SchoolDetails openedByThem = schools.find(id);
            schools.save(renamed(openedByThem, "Школа-гимназия №150"));

            assertThatThrownBy(() -> schools.save(renamed(openedByMe, "Школа №150 им. Абая")))
                    .isInstanceOfSatisfying(EditConflictException.class, e -> {
                        SchoolDetails theirs = e.current(SchoolDetails.class);
                        assertThat(theirs.name()).isEqualTo("Школа-гимназия №150");
                        assertThat(theirs.version()).isEqualTo(2);
                    });
            assertThat(db.dsl().fetchValue(SCHOOL.NAME, SCHOOL.ID.eq(id))).isEqualTo("Школа-гимназия №150");

            // Saved again over their version (the dialog's «Сохранить моё поверх»), it goes through.
            schools.save(renamed(schools.find(id), "Школа №150 им. Абая"));
            assertThat(db.dsl().fetchValue(SCHOOL.NAME, SCHOOL.ID.eq(id))).isEqualTo("Школа №150 им. Абая");
        }

        @Test
        void anArchiveMeanwhileIsAChangeTheCardMeetsOnSaving() {
            long id = newSchool();
            db.dsl().insertInto(kz.schoolwatch.persistence.jooq.Tables.OFFENCE)
                    .set(kz.schoolwatch.persistence.jooq.Tables.OFFENCE.SCHOOL_ID, id)
                    .set(kz.schoolwatch.persistence.jooq.Tables.OFFENCE.OCCURRED_ON, TODAY.minusDays(3))
                    .set(kz.schoolwatch.persistence.jooq.Tables.OFFENCE.OFFENCE_KIND_ID, 1)
                    .set(kz.schoolwatch.persistence.jooq.Tables.OFFENCE.LOCATION, "INSIDE")
                    .execute();
            SchoolDetails opened = schools.find(id);

            assertThat(schools.remove(id)).isEqualTo(SchoolService.RemoveOutcome.ARCHIVED);

            assertThatThrownBy(() -> schools.save(renamed(opened, "Школа №150 им. Абая")))
                    .isInstanceOfSatisfying(EditConflictException.class,
                            e -> assertThat(e.current(SchoolDetails.class).archivedOn()).isEqualTo(TODAY));
        }

        @Test
        void aSchoolDeletedMeanwhileIsSaidToBeGone() {
            long id = newSchool();
            SchoolDetails opened = schools.find(id);
            assertThat(schools.remove(id)).isEqualTo(SchoolService.RemoveOutcome.DELETED);

            assertThatThrownBy(() -> schools.save(renamed(opened, "Школа №150 им. Абая")))
                    .isInstanceOfSatisfying(SaveFailedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("common.error.gone"));
        }
    }
}
