// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import kz.schoolwatch.domain.SchoolDetails;
import kz.schoolwatch.persistence.SchoolRepository;
import org.jooq.DSLContext;

/**
 * The check, inside a saving transaction, that work is still written at an open school: another officer (or
 * another window) may have archived or deleted it while the form was open. The school's row stays locked until
 * the transaction ends, so an archive committing at the same moment cannot slip in between the check and the write.
 */
final class OpenSchools {

    private OpenSchools() {
    }

    /**
     * Passes when school {@code schoolId} exists and is not archived; otherwise throws a {@link SaveFailedException}
     * saying which ({@code school.error.goneMeanwhile} or {@code school.error.archivedMeanwhile}), rolling back.
     */
    static SchoolDetails require(DSLContext tx, long schoolId) {
        SchoolDetails school = SchoolRepository.lockForChange(tx, schoolId)
                .orElseThrow(() -> new SaveFailedException("school.error.goneMeanwhile", null));
        if (school.isArchived()) {
            throw new SaveFailedException("school.error.archivedMeanwhile", null, String.valueOf(school.number()));
        }
        return school;
    }
}
