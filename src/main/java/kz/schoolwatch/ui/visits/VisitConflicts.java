// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.visits;

import java.time.LocalDateTime;
import java.util.List;

import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.ReferenceItem;
import kz.schoolwatch.domain.SchoolChoice;
import kz.schoolwatch.domain.VisitDraft;
import kz.schoolwatch.ui.common.ConflictFields;
import kz.schoolwatch.ui.common.Formats;

/**
 * The fields of a visit as its conflict dialog shows them, under the form's own labels: the officer, the school and
 * the purpose by the names the form's lists give them.
 */
final class VisitConflicts {

    private VisitConflicts() {
    }

    static ConflictFields<VisitDraft> fields(List<Lookup> officers, List<SchoolChoice> schools, List<ReferenceItem> purposes) {
        return ConflictFields.of(VisitDraft.class)
                .add("officerId", "visit.field.officer", VisitDraft::officerId, ConflictFields.lookedUp(id -> officers.stream()
                        .filter(o -> o.id() == idOf(id)).map(Lookup::name).findFirst().orElse(String.valueOf(id))))
                .add("schoolId", "visit.field.school", VisitDraft::schoolId, ConflictFields.lookedUp(id -> schools.stream()
                        .filter(s -> s.id() == idOf(id)).map(SchoolChoice::label).findFirst().orElse(String.valueOf(id))))
                .add("visitedAt", "visit.field.date", VisitDraft::visitedAt, 
                        (m, v) -> Formats.DATE_TIME.format((LocalDateTime) v))
                .add("purposeId", "visit.field.purpose", VisitDraft::purposeId, ConflictFields.lookedUp(id -> purposes.stream()
                        .filter(p -> p.id() == idOf(id)).map(ReferenceItem::name).findFirst().orElse(String.valueOf(id))))
                .add("findings", "visit.field.findings", VisitDraft::findings)
                .add("agreedActions", "visit.field.actions", VisitDraft::agreedActions);
    }

    private static long idOf(Object id) {
        return ((Number) id).longValue();
    }
}
