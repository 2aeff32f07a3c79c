// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import static kz.schoolwatch.persistence.jooq.Tables.CORRECTION_ORDER;
import static kz.schoolwatch.persistence.jooq.Tables.INSPECTION_FINDING;
import static kz.schoolwatch.persistence.jooq.Tables.SECURITY_CHECK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import kz.schoolwatch.EngineCases;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.CorrectionOrder;
import kz.schoolwatch.domain.FindingResult;
import kz.schoolwatch.domain.InspectionAct;
import kz.schoolwatch.domain.InspectionFinding;
import kz.schoolwatch.domain.ItemCompliance;
import kz.schoolwatch.domain.NewInspection;
import kz.schoolwatch.domain.OrderDraft;
import kz.schoolwatch.domain.OrderFilter;
import kz.schoolwatch.domain.RequirementItem;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.inspection.OrderRepository.OrderCounts;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import kz.schoolwatch.service.compliance.ComplianceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks by requirement, their acts' numbers and the correction orders, on both engines. */
class InspectionServiceTest {

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

        Cases(Engine engine) {
            super(engine);
        }

        private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

        @TempDir
        Path folder;

        private Database db;
        private InspectionService service;
        private final List<DataChanges.Topic> published = new ArrayList<>();
        private long school;
        private long officer;

        @BeforeEach
        void open() throws Exception {
            db = databases.open(engine, folder);
            Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Almaty")).toInstant(), ZoneId.of("Asia/Almaty"));
            DataChanges changes = new DataChanges();
            changes.subscribe(published::add);
            ComplianceService compliance = new ComplianceService(db, new SettingsRepository(db), clock);
            service = new InspectionService(db, changes, compliance, TestDatabases.head(), clock);
            TestRows rows = new TestRows(db);
            school = rows.school(150, 4);
            officer = rows.officer("Сериков", "B1", 4);
        }

        private NewInspection check(long schoolId, LocalDate on, Long follows, FindingResult firstResult) {
            List<ItemCompliance> items = service.proposal(schoolId, on);
            List<InspectionFinding> findings = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                findings.add(new InspectionFinding(null, items.get(i).item(), i == 0 ? firstResult : FindingResult.NOT_CHECKED,
                        i == 0 ? "нет камер" : null));
            }
            return new NewInspection(schoolId, officer, on, follows, findings, null);
        }

        private int count(org.jooq.Table<?> table) {
            return db.dsl().fetchCount(table);
        }

        @Test
        void actsAreNumberedPerDistrictAndYear() {
            long sameDistrict = new TestRows(db).school(151, 4);
            long otherDistrict = new TestRows(db).school(152, 2);
            long a = service.record(check(school, TODAY.minusDays(5), null, FindingResult.MET));
            long b = service.record(check(sameDistrict, TODAY.minusDays(4), null, FindingResult.MET));
            long c = service.record(check(otherDistrict, TODAY.minusDays(3), null, FindingResult.MET));
            long d = service.record(check(school, LocalDate.of(2025, 12, 30), null, FindingResult.MET));

            assertThat(service.act(a).orElseThrow().number()).isEqualTo("1/2026");
            assertThat(service.act(b).orElseThrow().number()).isEqualTo("2/2026");
            assertThat(service.act(c).orElseThrow().number()).isEqualTo("1/2026");
            assertThat(service.act(d).orElseThrow().number()).isEqualTo("1/2025");
            assertThat(service.actNumbers(school)).containsEntry(a, "1/2026").containsEntry(d, "1/2025");
            assertThat(published).contains(DataChanges.Topic.CHECKS);
        }

        @Test
        void theActHasEveryApplicableRequirementWithItsFinding() {
            List<ItemCompliance> proposed = service.proposal(school, TODAY);
            assertThat(proposed).isNotEmpty();
            long id = service.record(check(school, TODAY, null, FindingResult.NOT_MET));
            InspectionAct act = service.act(id).orElseThrow();
            assertThat(act.schoolNumber()).isEqualTo(150);
            assertThat(act.findings()).hasSize(proposed.size());
            InspectionFinding first = act.findings().get(0);
            assertThat(first.result()).isEqualTo(FindingResult.NOT_MET);
            assertThat(first.note()).isEqualTo("нет камер");
            assertThat(first.item().legalSource()).isNotBlank();
        }

        @Test
        void anOrderIsOpenThenOverdueAndAFollowUpCheckClosesIt() {
            long first = service.record(check(school, TODAY.minusDays(30), null, FindingResult.NOT_MET));
            InspectionFinding failed = service.act(first).orElseThrow().findings().get(0);
            assertThatThrownBy(() -> service.issueOrder(failed.id(), new OrderDraft("Установить камеры", TODAY.minusDays(30), "Директор")))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactly("deadline"));
            service.issueOrder(failed.id(), new OrderDraft("Установить камеры", TODAY.minusDays(2), "Директор Ахметова А. С."));

            CorrectionOrder order = service.ordersOfSchool(school).get(0);
            assertThat(order.open()).isTrue();
            assertThat(order.overdue(TODAY)).isTrue();
            assertThat(order.daysOverdue(TODAY)).isEqualTo(2);
            assertThat(order.actLabel()).isEqualTo("1/2026");
            assertThat(service.orders(new OrderFilter(4, null, false, true))).hasSize(1);
            assertThat(service.orders(new OrderFilter(2, null, true, false))).isEmpty();
            assertThat(service.act(first).orElseThrow().orders()).hasSize(1);

            // A follow-up that finds the requirement still not met leaves the order open.
            service.record(check(school, TODAY.minusDays(1), first, FindingResult.NOT_MET));
            assertThat(service.ordersOfSchool(school).get(0).open()).isTrue();
            long followUp = service.record(check(school, TODAY, first, FindingResult.MET));
            CorrectionOrder closed = service.ordersOfSchool(school).get(0);
            assertThat(closed.open()).isFalse();
            assertThat(closed.closedOn()).isEqualTo(TODAY);
            assertThat(closed.closedByCheckId()).isEqualTo(followUp);
            assertThat(service.orders(OrderFilter.allOpen())).isEmpty();

            OrderCounts november = service.counts(null, TODAY.withDayOfMonth(1), TODAY.withDayOfMonth(30));
            assertThat(november).isEqualTo(new OrderCounts(0, 1, 0, 0));
            OrderCounts october = service.counts(4, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
            assertThat(october).isEqualTo(new OrderCounts(1, 0, 1, 0));
        }

        @Test
        void theMonthsOrdersForTheSummaryAreCountedByScopeWithTheOverdueOnes() {
            long first = service.record(check(school, TODAY.minusDays(20), null, FindingResult.NOT_MET));
            service.issueOrder(service.act(first).orElseThrow().findings().get(0).id(),
                    new OrderDraft("Установить камеры", TODAY.minusDays(5), "Директор"));
            long other = new TestRows(db).school(151, 2);
            long second = service.record(check(other, TODAY.minusDays(3), null, FindingResult.NOT_MET));
            service.issueOrder(service.act(second).orElseThrow().findings().get(0).id(),
                    new OrderDraft("Установить камеры", TODAY.plusDays(10), "Завхоз"));
            LocalDate monthStart = TODAY.withDayOfMonth(1);

            InspectionService.PeriodOrders city = service.periodOrders(null, null, monthStart, TODAY);
            assertThat(city.counts()).isEqualTo(new OrderCounts(2, 0, 2, 1));
            assertThat(city.overdue()).extracting(CorrectionOrder::schoolNumber).containsExactly(150);
            assertThat(service.periodOrders(2, null, monthStart, TODAY).counts()).isEqualTo(new OrderCounts(1, 0, 1, 0));
            assertThat(service.periodOrders(2, null, monthStart, TODAY).overdue()).isEmpty();
            assertThat(service.periodOrders(null, officer, monthStart, TODAY).counts().issued()).isEqualTo(2);
            assertThat(service.periodOrders(null, officer + 1000, monthStart, TODAY).counts().issued()).isZero();
            // Before its deadline had passed, the first order was open but not overdue.
            InspectionService.PeriodOrders earlier = service.periodOrders(null, null, monthStart, TODAY.minusDays(6));
            assertThat(earlier.counts()).isEqualTo(new OrderCounts(1, 0, 1, 0));
            assertThat(earlier.overdue()).isEmpty();
        }

        @Test
        void aRecordedFixClosesAnOrder() {
            long first = service.record(check(school, TODAY.minusDays(10), null, FindingResult.NOT_MET));
            InspectionFinding failed = service.act(first).orElseThrow().findings().get(0);
            service.issueOrder(failed.id(), new OrderDraft("Установить камеры", TODAY.plusDays(20), "Завхоз"));
            CorrectionOrder order = service.ordersOfSchool(school).get(0);
            assertThat(order.overdue(TODAY)).isFalse();
            assertThatThrownBy(() -> service.markFixed(order, TODAY.plusDays(1), null)).isInstanceOf(ValidationException.class);

            service.markFixed(order, TODAY, "Камеры установлены");
            CorrectionOrder fixed = service.ordersOfSchool(school).get(0);
            assertThat(fixed.open()).isFalse();
            assertThat(fixed.closingNote()).isEqualTo("Камеры установлены");
            assertThat(fixed.closedByCheckId()).isNull();
            // Closed once: marking it again finds the row changed.
            assertThatThrownBy(() -> service.markFixed(order, TODAY, null)).isInstanceOf(SaveFailedException.class);
        }

        @Test
        void aFailedSaveWritesNothing() {
            RequirementItem real = service.proposal(school, TODAY).get(0).item();
            RequirementItem missing = new RequirementItem(999_999L, real.setId(), 99, null, "нет такого", "—", real.rule(),
                    null, null, false, java.util.Set.of(), 0);
            NewInspection broken = new NewInspection(school, officer, TODAY, null, List.of(
                    new InspectionFinding(null, real, FindingResult.MET, null),
                    new InspectionFinding(null, missing, FindingResult.NOT_MET, null)), null);
            assertThatThrownBy(() -> service.record(broken)).isInstanceOf(SaveFailedException.class);
            assertThat(count(SECURITY_CHECK)).isZero();
            assertThat(count(INSPECTION_FINDING)).isZero();
            assertThat(count(CORRECTION_ORDER)).isZero();

            assertThatThrownBy(() -> service.record(new NewInspection(school, null, TODAY.plusDays(1), null, List.of(), null)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                            .contains("officer", "checkedOn", "findings"));
            assertThat(count(SECURITY_CHECK)).isZero();
        }
    }
}
