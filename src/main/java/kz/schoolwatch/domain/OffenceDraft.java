// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;

/**
 * What is typed for an offence; fields may be missing until validated. {@code version} is the stored offence's
 * version when its form opened (0 for a new one): a save over a newer one is refused (issue 18).
 */
public record OffenceDraft(LocalDate occurredOn, Long schoolId, Integer kindId, OffenceLocation location,
                           String description, boolean camerasHelped, int version) {

    /** A new offence's draft. */
    public OffenceDraft(LocalDate occurredOn, Long schoolId, Integer kindId, OffenceLocation location,
                        String description, boolean camerasHelped) {
        this(occurredOn, schoolId, kindId, location, description, camerasHelped, 0);
    }
}
