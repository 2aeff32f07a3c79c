// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;
import java.util.List;

/** What is typed for an outreach event; fields may be missing until validated. */
public record EventDraft(Integer typeId, String title, LocalDate heldOn, Long schoolId, Long centreId,
                         Integer pupils, Integer parents, String notes, List<Long> partnerIds, List<Long> officerIds) {

    public EventDraft {
        partnerIds = partnerIds == null ? List.of() : List.copyOf(partnerIds);
        officerIds = officerIds == null ? List.of() : List.copyOf(officerIds);
    }
}
