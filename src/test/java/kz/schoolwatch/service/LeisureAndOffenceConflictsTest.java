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
import kz.schoolwatch.domain.Offence;
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

/**
 * Two officers on the same leisure centre, month of counts or offence (issue 18): the second save, made over a
 * version someone else has since replaced, writes nothing and hands back what is stored now; a delete of a
 * record changed meanwhile is refused; a save of one deleted meanwhile says it is gone. On both engines.
 */
class LeisureAndOffenceConflictsTest {

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

        private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
        private static final Clock JUNE = Clock.fixed(LocalDate.of(2026, 6, 1).atStartOfDay(ALMATY).toInstant(), ALMATY);
        private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

        Cases(Engine engine) {
            super(engine);
        }

        @TempDir
        Path folder;

        private static LeisureService leisure(Database db) {
            return new LeisureService(db, new LeisureRepository(db), new DataChanges(), TestDatabases.head());
        }

        private static OffenceService offences(Database db) {
            return new OffenceService(db, new OffenceRepository(db), new DataChanges(), JUNE, TestDatabases.head());
        }

        @Test
        void aCentreSavedOverSomeoneElsesChangeIsRefusedWithTheirVersion() throws Exception {
            try (Database db = databases.open(engine, folder)) {
                LeisureService leisure = leisure(db);
                long id = leisure.save(null, new LeisureCentreDraft("Центр «Жастар»", 3, null, List.of("Бокс")));
                LeisureCentreDraft opened = leisure.centres().get(0).toDraft();
                assertThat(opened.version()).isEqualTo(1);

                leisure.save(id, new LeisureCentreDraft("Центр «Жастар»", 3, "мкр. Аксай-4, 12", List.of("Бокс", "Шахматы"), 1));
                LeisureCentreDraft mine = new LeisureCentreDraft("Центр досуга «Жастар»", 3, null, List.of("Бокс"), opened.version());

                assertThatThrownBy(() -> leisure.save(id, mine)).isInstanceOfSatisfying(EditConflictException.class, e ->
                        assertThat(e.current(LeisureCentreDraft.class)).isEqualTo(
                                new LeisureCentreDraft("Центр «Жастар»", 3, "мкр. Аксай-4, 12", List.of("Бокс", "Шахматы"), 2)));
                LeisureCentre stored = leisure.centres().get(0);
                assertThat(stored.name()).isEqualTo("Центр «Жастар»");
                assertThat(stored.clubs()).containsExactly("Бокс", "Шахматы");

                // Saved over their version, the officer's own wins, as chosen.
                leisure.save(id, new LeisureCentreDraft("Центр досуга «Жастар»", 3, "мкр. Аксай-4, 12", List.of("Бокс", "Шахматы"), 2));
                assertThat(leisure.centres().get(0)).extracting(LeisureCentre::name, LeisureCentre::version)
                        .containsExactly("Центр досуга «Жастар»", 3);
            }
        }

        @Test
        void aCentreDeletedMeanwhileIsSaidToBeGone() throws Exception {
            try (Database db = databases.open(engine, folder)) {
                LeisureService leisure = leisure(db);
                long id = new TestRows(db).centre("Центр «Балауса»", 1);
                LeisureCentreDraft opened = leisure.centres().get(0).toDraft();
                db.dsl().execute("DELETE FROM leisure_centre WHERE id = ?", id);

                assertThatThrownBy(() -> leisure.save(id, new LeisureCentreDraft("Центр «Балауса-2»", 1, null, List.of(), opened.version())))
                        .isInstanceOfSatisfying(SaveFailedException.class, e -> assertThat(e.messageKey()).isEqualTo("common.error.gone"));
            }
        }

        @Test
        void twoFirstEntriesOfAMonthsCountsDoNotOverwriteEachOther() throws Exception {
            try (Database db = databases.open(engine, folder)) {
                LeisureService leisure = leisure(db);
                long id = new TestRows(db).centre("Центр «Жастар»", 3);
                assertThat(leisure.attendance(MARCH).get(0).version()).isZero();

                leisure.putAttendance(id, MARCH, 12, 7, 0);
                // The other officer opened the month before the first entry: also version 0.
                assertThatThrownBy(() -> leisure.putAttendance(id, MARCH, 20, 1, 0))
                        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                                .containsExactly(FieldError.of("teenagers", "leisure.error.countsEnteredMeanwhile")));
                LeisureAttendance stored = leisure.attendance(MARCH).get(0);
                assertThat(stored).extracting(LeisureAttendance::registeredTeenagers, LeisureAttendance::troubledFamilyChildren,
                        LeisureAttendance::version).containsExactly(12, 7, 1);
            }
        }

        @Test
        void aCorrectionOfCountsSomeoneElseCorrectedIsRefusedWithTheirs() throws Exception {
            try (Database db = databases.open(engine, folder)) {
                LeisureService leisure = leisure(db);
                long id = new TestRows(db).centre("Центр «Жастар»", 3);
                leisure.putAttendance(id, MARCH, 12, 7, 0);
                leisure.putAttendance(id, MARCH.plusDays(9), 14, 7, 1);

                assertThatThrownBy(() -> leisure.putAttendance(id, MARCH, 12, 9, 1))
                        .isInstanceOfSatisfying(EditConflictException.class, e -> {
                            LeisureAttendance theirs = e.current(LeisureAttendance.class);
                            assertThat(theirs.centreId()).isEqualTo(id);
                            assertThat(theirs).extracting(LeisureAttendance::registeredTeenagers,
                                    LeisureAttendance::troubledFamilyChildren, LeisureAttendance::version).containsExactly(14, 7, 2);
                        });
                assertThat(leisure.attendance(MARCH).get(0).troubledFamilyChildren()).isEqualTo(7);
                leisure.putAttendance(id, MARCH, 14, 9, 2);
                assertThat(leisure.attendance(MARCH).get(0)).extracting(LeisureAttendance::registeredTeenagers,
                        LeisureAttendance::troubledFamilyChildren, LeisureAttendance::version).containsExactly(14, 9, 3);
            }
        }

        @Test
        void anOffenceCorrectedMeanwhileIsNeitherOverwrittenNorDeleted() throws Exception {
            try (Database db = databases.open(engine, folder)) {
                OffenceService offences = offences(db);
                long school = new TestRows(db).school(125, 1);
                long id = offences.save(null, new OffenceDraft(LocalDate.of(2026, 5, 20), school, 1, OffenceLocation.INSIDE,
                        "Драка на перемене", false));
                Offence opened = offences.page(null, null, null, 0, 10).rows().get(0);
                assertThat(opened.version()).isEqualTo(1);
                OffenceDraft theirs = new OffenceDraft(LocalDate.of(2026, 5, 20), school, 2, OffenceLocation.GROUNDS,
                        "Драка на перемене", true, 1);
                offences.save(id, theirs);

                OffenceDraft mine = new OffenceDraft(LocalDate.of(2026, 5, 21), school, 1, OffenceLocation.INSIDE,
                        "Драка на большой перемене", false, opened.version());
                assertThatThrownBy(() -> offences.save(id, mine)).isInstanceOfSatisfying(EditConflictException.class, e ->
                        assertThat(e.current(OffenceDraft.class)).isEqualTo(new OffenceDraft(LocalDate.of(2026, 5, 20), school, 2,
                                OffenceLocation.GROUNDS, "Драка на перемене", true, 2)));
                assertThatThrownBy(() -> offences.delete(id, opened.version()))
                        .isInstanceOfSatisfying(SaveFailedException.class, e ->
                                assertThat(e.messageKey()).isEqualTo("common.error.changedBeforeDelete"));
                Offence stored = offences.page(null, null, null, 0, 10).rows().get(0);
                assertThat(stored).extracting(Offence::kindId, Offence::location, Offence::version)
                        .containsExactly(2, OffenceLocation.GROUNDS, 2);

                offences.delete(id, stored.version());
                assertThat(offences.page(null, null, null, 0, 10).total()).isZero();
            }
        }

        @Test
        void anOffenceDeletedMeanwhileIsSaidToBeGone() throws Exception {
            try (Database db = databases.open(engine, folder)) {
                OffenceService offences = offences(db);
                long school = new TestRows(db).school(125, 1);
                OffenceDraft draft = new OffenceDraft(LocalDate.of(2026, 5, 20), school, 1, OffenceLocation.INSIDE, null, false);
                long id = offences.save(null, draft);
                offences.delete(id, 1);

                OffenceDraft mine = new OffenceDraft(LocalDate.of(2026, 5, 20), school, 1, OffenceLocation.INSIDE, "Кража", false, 1);
                assertThatThrownBy(() -> offences.save(id, mine))
                        .isInstanceOfSatisfying(SaveFailedException.class, e -> assertThat(e.messageKey()).isEqualTo("common.error.gone"));
                assertThatThrownBy(() -> offences.delete(id, 1))
                        .isInstanceOfSatisfying(SaveFailedException.class, e -> assertThat(e.messageKey()).isEqualTo("common.error.gone"));
            }
        }
    }
}
