// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import static kz.schoolwatch.persistence.jooq.Tables.CHECK_ASSIGNMENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SECURITY_CHECK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import kz.schoolwatch.EngineCases;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.CheckAssignment;
import kz.schoolwatch.domain.PlanRow;
import kz.schoolwatch.domain.PlanStatus;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.i18n.ReferenceNames;
import kz.schoolwatch.persistence.InspectionPlanRepository;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import kz.schoolwatch.service.InspectionPlanService.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inspection plan on both engines: who is due, by the type's interval; assignments made, fulfilled and refused. */
class InspectionPlanServiceTest {

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

        private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

        Cases(Engine engine) {
            super(engine);
        }

        @TempDir
        Path folder;

        private Database db;
        private Clock clock;
        private long overdue;
        private long never;
        private long dueThisMonth;
        private long dueNextMonth;
        private long lyceum;
        private long officer;
        private long other;

        @BeforeEach
        void open() throws Exception {
            db = databases.open(engine, folder);
            clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Almaty")).toInstant(), ZoneId.of("Asia/Almaty"));
            TestRows rows = new TestRows(db);
            officer = rows.officer("Сейтов", "P1", 4);
            other = rows.officer("Ахметов", "P2", 4);
            overdue = school(rows, 201, TODAY.minusDays(120));
            never = school(rows, 202, null);
            dueThisMonth = school(rows, 203, TODAY.minusDays(80));
            dueNextMonth = school(rows, 204, TODAY.minusDays(60));
            lyceum = school(rows, 205, TODAY.minusDays(120));
            db.dsl().update(SCHOOL).set(SCHOOL.SCHOOL_TYPE, SchoolType.LYCEUM.name()).where(SCHOOL.ID.eq(lyceum)).execute();
        }

        private long school(TestRows rows, int number, LocalDate lastCheck) {
            long id = rows.school(number, 4);
            if (lastCheck != null) {
                db.dsl().insertInto(SECURITY_CHECK).set(SECURITY_CHECK.SCHOOL_ID, id).set(SECURITY_CHECK.OFFICER_ID, officer)
                        .set(SECURITY_CHECK.CHECKED_ON, lastCheck).execute();
            }
            return id;
        }

        private InspectionPlanService plan(Access access) {
            return new InspectionPlanService(db, new InspectionPlanRepository(db, ReferenceNames.in(Messages.russian())),
                    new SettingsRepository(db), new SettingsService(new SettingsRepository(db), new DataChanges(), access),
                    new DataChanges(), clock, access);
        }

        private static PlanRow row(List<PlanRow> rows, long school) {
            return rows.stream().filter(r -> r.schoolId() == school).findFirst().orElseThrow();
        }

        @Test
        void eachSchoolIsDueItsTypesIntervalAfterItsLastCheck() {
            InspectionPlanService head = plan(TestDatabases.head());
            Map<SchoolType, Integer> days = new EnumMap<>(head.intervals());
            days.put(SchoolType.LYCEUM, 180);
            head.setIntervals(days);

            List<PlanRow> month = head.plan(Period.MONTH, null, null);
            assertThat(row(month, overdue).status()).isEqualTo(PlanStatus.OVERDUE);
            assertThat(row(month, overdue).nextDue()).isEqualTo(TODAY.minusDays(30));
            assertThat(row(month, never).status()).isEqualTo(PlanStatus.NEVER_CHECKED);
            assertThat(row(month, dueThisMonth).status()).isEqualTo(PlanStatus.DUE);
            assertThat(row(month, dueNextMonth).status()).isEqualTo(PlanStatus.NOT_DUE);
            assertThat(row(month, lyceum).status()).isEqualTo(PlanStatus.NOT_DUE);
            assertThat(month).extracting(PlanRow::schoolId).startsWith(overdue, never, dueThisMonth);
            // The quarter reaches to 31 December: the school due in December is due in it.
            assertThat(row(head.plan(Period.QUARTER, null, null), dueNextMonth).status()).isEqualTo(PlanStatus.DUE);
            assertThat(InspectionPlanService.periodEnd(TODAY, Period.QUARTER)).isEqualTo(LocalDate.of(2026, 12, 31));
        }

        @Test
        void anAssignedCheckComesFirstForItsOfficerAndACheckFulfilsIt() {
            InspectionPlanService head = plan(TestDatabases.head());
            long id = head.assign(new CheckAssignment(null, dueNextMonth, officer, null, null, TODAY.plusDays(10), "с ИПДН", 0));
            List<PlanRow> seen = head.plan(Period.MONTH, null, officer);
            assertThat(seen.get(0).schoolId()).isEqualTo(dueNextMonth);
            assertThat(seen.get(0).assignment().officerName()).isEqualTo("Сейтов Тимур");
            assertThat(seen.get(0).plannedOn(TODAY)).isEqualTo(TODAY.plusDays(10));

            // A second head assigning the same school meanwhile is refused and told who has it.
            assertThatThrownBy(() -> head.assign(new CheckAssignment(null, dueNextMonth, other, null, null, TODAY.plusDays(3), null, 0)))
                    .isInstanceOf(SaveFailedException.class).extracting(e -> ((SaveFailedException) e).messageKey())
                    .isEqualTo("plan.error.assignedMeanwhile");
            // Changing it at a stale version is a conflict; at the version read it moves to the other officer.
            CheckAssignment open = seen.get(0).assignment();
            head.assign(new CheckAssignment(open.id(), dueNextMonth, other, null, open.assignedOn(), TODAY.plusDays(5), null, open.version()));
            assertThatThrownBy(() -> head.assign(new CheckAssignment(open.id(), dueNextMonth, officer, null, open.assignedOn(),
                    TODAY.plusDays(5), null, open.version()))).isInstanceOf(EditConflictException.class);
            assertThat(row(head.plan(Period.MONTH, null, other), dueNextMonth).assignment().officerId()).isEqualTo(other);

            db.dsl().insertInto(SECURITY_CHECK).set(SECURITY_CHECK.SCHOOL_ID, dueNextMonth).set(SECURITY_CHECK.OFFICER_ID, other)
                    .set(SECURITY_CHECK.CHECKED_ON, TODAY).execute();
            PlanRow after = row(head.plan(Period.MONTH, null, other), dueNextMonth);
            assertThat(after.assignment()).isNull();
            assertThat(after.lastCheck()).isEqualTo(TODAY);
            assertThat(db.dsl().fetchCount(CHECK_ASSIGNMENT, CHECK_ASSIGNMENT.ID.eq(id))).isOne();
        }

        @Test
        void badAssignmentsAreRefusedAndNothingIsWritten() {
            InspectionPlanService head = plan(TestDatabases.head());
            assertThatThrownBy(() -> head.assign(new CheckAssignment(null, never, officer, null, null, TODAY.minusDays(1), null, 0)))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> head.assign(new CheckAssignment(null, never, 0, null, null, TODAY, null, 0)))
                    .isInstanceOf(ValidationException.class);
            db.dsl().update(SCHOOL).set(SCHOOL.ARCHIVED_ON, TODAY).where(SCHOOL.ID.eq(never)).execute();
            assertThatThrownBy(() -> head.assign(new CheckAssignment(null, never, officer, null, null, TODAY, null, 0)))
                    .isInstanceOf(SaveFailedException.class);
            assertThat(db.dsl().fetchCount(CHECK_ASSIGNMENT)).isZero();
            // An inspector plans nothing, and a head of one district does not set the city's intervals.
            assertThatThrownBy(() -> plan(new Access(TestDatabases.account(Role.INSPECTOR, officer, null), x -> 4))
                    .assign(new CheckAssignment(null, overdue, officer, null, null, TODAY, null, 0))).isInstanceOf(AccessDeniedException.class);
            InspectionPlanService districtHead = plan(new Access(TestDatabases.account(Role.HEAD, null, 4), x -> 4));
            assertThat(districtHead.canSetIntervals()).isFalse();
            assertThatThrownBy(() -> districtHead.setIntervals(Map.of(SchoolType.GENERAL, 30))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plan(TestDatabases.head()).setIntervals(Map.of(SchoolType.GENERAL, 0)))
                    .isInstanceOf(ValidationException.class);
        }

        @Test
        void aWithdrawnAssignmentIsGone() {
            InspectionPlanService head = plan(TestDatabases.head());
            head.assign(new CheckAssignment(null, overdue, officer, null, null, TODAY, null, 0));
            CheckAssignment a = row(head.plan(Period.MONTH, null, null), overdue).assignment();
            head.withdraw(a);
            assertThat(row(head.plan(Period.MONTH, null, null), overdue).assignment()).isNull();
            assertThatThrownBy(() -> head.withdraw(a)).isInstanceOf(SaveFailedException.class);
        }
    }
}
