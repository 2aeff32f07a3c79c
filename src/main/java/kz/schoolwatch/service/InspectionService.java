// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.schoolwatch.domain.CorrectionOrder;
import kz.schoolwatch.domain.FindingResult;
import kz.schoolwatch.domain.InspectionAct;
import kz.schoolwatch.domain.InspectionFinding;
import kz.schoolwatch.domain.ItemCompliance;
import kz.schoolwatch.domain.NewInspection;
import kz.schoolwatch.domain.OrderDraft;
import kz.schoolwatch.domain.OrderFilter;
import kz.schoolwatch.persistence.ConstraintViolation;
import kz.schoolwatch.persistence.inspection.InspectionRepository;
import kz.schoolwatch.persistence.inspection.OrderRepository;
import kz.schoolwatch.persistence.inspection.OrderRepository.OrderCounts;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.compliance.ComplianceService;

/**
 * Checks by requirement and what follows from them (issue 22): the act, numbered per district and year, and the
 * correction orders of its failed findings, open until a follow-up check finds the requirement met or a fix is
 * recorded. Heads record; everybody who sees schools reads.
 */
public final class InspectionService {

    private final Database db;
    private final Writes writes;
    private final ComplianceService compliance;
    private final Access access;
    private final Clock clock;

    public InspectionService(Database db, DataChanges changes, ComplianceService compliance, Access access, Clock clock) {
        this.db = db;
        this.writes = new Writes(db, changes);
        this.compliance = compliance;
        this.access = access;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The requirement items a check of the school on {@code day} lists, each judged from the school's data that day. */
    public List<ItemCompliance> proposal(long schoolId, LocalDate day) {
        return compliance.forSchool(schoolId, day).items();
    }

    /**
     * Records a check by requirement with its findings, gives it the next act number of the school's district and
     * the check's year, and closes the open orders a follow-up check finds fixed, all in one transaction.
     */
    public long record(NewInspection check) {
        access.requireSchoolEdit(check.schoolId());
        Validator v = new Validator()
                .required("officer", check.officerId())
                .required("checkedOn", check.checkedOn()).date("checkedOn", check.checkedOn())
                .check(check.checkedOn() != null && check.checkedOn().isAfter(today()), "checkedOn", "validation.dateInFuture")
                .check(check.findings().isEmpty(), "findings", "act.validation.noRequirements")
                .maxLength("remarks", check.remarks(), 4000);
        for (InspectionFinding f : check.findings()) {
            String field = "finding." + f.item().id();
            v.required(field, f.result()).maxLength(field, f.note(), 1000);
        }
        v.throwIfInvalid();
        try {
            return save(check);
        } catch (SaveFailedException e) {
            // Another PC took the same act number between our read and our insert: take the next one.
            if (ConstraintViolation.of(e, InspectionRepository.ACT_NUMBER_CONSTRAINT)) {
                return save(check);
            }
            throw e;
        }
    }

    private long save(NewInspection check) {
        return writes.save(DataChanges.Topic.CHECKS, tx -> {
            OpenSchools.require(tx, check.schoolId());
            int district = InspectionRepository.districtOf(tx, check.schoolId())
                    .orElseThrow(() -> new SaveFailedException("common.error.gone", null));
            long id = InspectionRepository.insert(tx, check, district);
            if (check.followsCheckId() != null) {
                OrderRepository.closeByFollowUp(tx, id, check.schoolId(), check.checkedOn());
            }
            return id;
        });
    }

    /** The act of a check by requirement; empty for a check of the old fixed items. */
    public Optional<InspectionAct> act(long checkId) {
        return db.read(dsl -> InspectionRepository.act(dsl, checkId));
    }

    /** The school's checks that have an act, with its number «n/year». */
    public Map<Long, String> actNumbers(long schoolId) {
        return db.read(dsl -> InspectionRepository.actNumbers(dsl, schoolId));
    }

    /** Issues an order for a failed finding. */
    public long issueOrder(long findingId, OrderDraft draft) {
        var origin = db.read(dsl -> InspectionRepository.origin(dsl, findingId))
                .orElseThrow(() -> new SaveFailedException("common.error.gone", null));
        access.requireSchoolEdit(origin.schoolId());
        new Validator()
                .required("description", draft.description()).maxLength("description", draft.description(), 1000)
                .required("responsible", draft.responsible()).maxLength("responsible", draft.responsible(), 200)
                .required("deadline", draft.deadline()).date("deadline", draft.deadline())
                .check(draft.deadline() != null && !draft.deadline().isAfter(origin.checkedOn()), "deadline",
                        "order.validation.deadlineAfterCheck")
                .check(origin.result() != FindingResult.NOT_MET, "description", "order.validation.findingMet")
                .throwIfInvalid();
        return writes.save(DataChanges.Topic.CHECKS, tx -> OrderRepository.insert(tx, findingId, origin.schoolId(), draft),
                SaveErrors.rule("correction_order_finding_uq", "description", "order.validation.exists"));
    }

    /** Records that an open order was fixed on {@code on}. */
    public void markFixed(CorrectionOrder order, LocalDate on, String note) {
        access.requireSchoolEdit(order.schoolId());
        new Validator()
                .required("closedOn", on).date("closedOn", on)
                .check(on != null && on.isAfter(today()), "closedOn", "validation.dateInFuture")
                .check(on != null && on.isBefore(order.checkedOn()), "closedOn", "order.validation.fixBeforeCheck")
                .maxLength("closingNote", note, 1000)
                .throwIfInvalid();
        writes.saveExisting(DataChanges.Topic.CHECKS, tx -> OrderRepository.markFixed(tx, order.id(), order.version(), on, note));
    }

    public List<CorrectionOrder> orders(OrderFilter filter) {
        return db.read(dsl -> OrderRepository.list(dsl, OrderRepository.of(filter, today())));
    }

    public List<CorrectionOrder> ordersOfSchool(long schoolId) {
        return db.read(dsl -> OrderRepository.list(dsl, OrderRepository.ofSchool(schoolId)));
    }

    /**
     * A period's orders for the monthly summary: issued and closed in [from, to], open and overdue at its end, and
     * the overdue ones themselves; of a district (or the city when null), of one officer's checks when not null.
     */
    public PeriodOrders periodOrders(Integer districtId, Long officerId, LocalDate from, LocalDate to) {
        return db.read(dsl -> {
            var scope = OrderRepository.inScope(districtId, officerId);
            return new PeriodOrders(OrderRepository.counts(dsl, scope, from, to),
                    OrderRepository.list(dsl, OrderRepository.overdueOn(scope, to)));
        });
    }

    /** What {@link #periodOrders} finds: the counts and the orders overdue at the period's end, earliest deadline first. */
    public record PeriodOrders(OrderCounts counts, List<CorrectionOrder> overdue) {
    }

    /** Issued and closed in [from, to], open and overdue at its end; null district: the city. */
    public OrderCounts counts(Integer districtId, LocalDate from, LocalDate to) {
        return db.read(dsl -> OrderRepository.counts(dsl, districtId, from, to));
    }
}
