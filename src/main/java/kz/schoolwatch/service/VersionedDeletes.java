// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.util.function.BooleanSupplier;

/**
 * The check after a delete at the version the officer saw ({@code WHERE id = ? AND row_version = ?}), inside the
 * deleting transaction: nothing removed means someone else changed the record meanwhile, and then it stays, for the
 * officer to look at it again, or it is gone already.
 */
final class VersionedDeletes {

    private VersionedDeletes() {
    }

    /**
     * Passes when {@code removed} is positive; otherwise throws, rolling back: {@code changedKey} when the record is
     * still there (changed since it was shown), {@code common.error.gone} when it is not.
     */
    static void requireDeleted(int removed, BooleanSupplier stillThere, String changedKey) {
        if (removed > 0) {
            return;
        }
        throw new SaveFailedException(stillThere.getAsBoolean() ? changedKey : "common.error.gone", null);
    }
}
