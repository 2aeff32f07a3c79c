// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An outreach event as tables and the month view show it. Its place is a school or a leisure centre, never
 * both: exactly one of {@code schoolId} and {@code centreId} is set.
 */
public record OutreachEvent(long id, int typeId, String typeName, String title, LocalDate heldOn,
                            Long schoolId, Long centreId, String placeName, String districtName,
                            int pupils, int parents, String notes, List<Lookup> partners, List<Lookup> officers,
                            int version) {

    public OutreachEvent {
        partners = List.copyOf(partners);
        officers = List.copyOf(officers);
    }

    /** The title if it has one («Лучшая семья»), else the type. */
    public String caption() {
        return title == null || title.isBlank() ? typeName : title;
    }

    public EventDraft toDraft() {
        return new EventDraft(typeId, title, heldOn, schoolId, centreId, pupils, parents, notes,
                partners.stream().map(Lookup::id).toList(), officers.stream().map(Lookup::id).toList(), version);
    }
}
