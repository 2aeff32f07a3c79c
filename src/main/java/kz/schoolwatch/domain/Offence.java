// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;

/** An offence at a school, with the names tables show and its stored version. */
public record Offence(long id, LocalDate occurredOn, long schoolId, int schoolNumber, String schoolName, int kindId,
                      String kindName, OffenceLocation location, String description, boolean camerasHelped, int version) {

    public OffenceDraft toDraft() {
        return new OffenceDraft(occurredOn, schoolId, kindId, location, description, camerasHelped, version);
    }
}
