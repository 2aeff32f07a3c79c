// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.util.function.BooleanSupplier;

/**
 * The check after a versioned delete or retirement, inside its transaction: a record someone changed since it
 * was shown is not removed behind their back (issue 18); the officer is told, and sees the change first.
 */
final class Deletes {

    private Deletes() {
    }

    /**
     * Passes when {@code changedRows} is positive; otherwise throws, rolling back: {@code common.error.changedBeforeDelete}
     * while the record is still there (someone changed it), {@code common.error.gone} when it is not.
     */
    static void requireDeleted(int changedRows, BooleanSupplier stillThere) {
        if (changedRows > 0) {
            return;
        }
        throw new SaveFailedException(stillThere.getAsBoolean() ? "common.error.changedBeforeDelete" : "common.error.gone", null);
    }
}
