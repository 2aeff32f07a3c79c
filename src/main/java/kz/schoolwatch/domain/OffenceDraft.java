// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;

/** What is typed for an offence; fields may be missing until validated. */
public record OffenceDraft(LocalDate occurredOn, Long schoolId, Integer kindId, OffenceLocation location,
                           String description, boolean camerasHelped) {
}
