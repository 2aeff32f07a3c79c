// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What is typed for an outreach event; fields may be missing until validated. {@code version} is the stored event's
 * version when the form opened it (0 for a new event); it guards the partners and officers too, which are rewritten
 * with the event (issue 18).
 */
public record EventDraft(Integer typeId, String title, LocalDate heldOn, Long schoolId, Long centreId,
                         Integer pupils, Integer parents, String notes, List<Long> partnerIds, List<Long> officerIds,
                         int version) {

    public EventDraft {
        partnerIds = partnerIds == null ? List.of() : List.copyOf(partnerIds);
        officerIds = officerIds == null ? List.of() : List.copyOf(officerIds);
    }
}
