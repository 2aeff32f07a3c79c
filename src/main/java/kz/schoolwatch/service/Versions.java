// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The check after a versioned update, inside the saving transaction. The repositories update a row only while its
 * stored version is the one the form opened ({@code WHERE id = ? AND row_version = ?}) and count it up; no row
 * changed means someone else saved it meanwhile, or removed it.
 */
public final class Versions {

    private Versions() {
    }

    /**
     * Passes when {@code changedRows} is positive. Otherwise throws, rolling the transaction back: an
     * {@link EditConflictException} with the row as {@code current} reads it now, or, when it is gone, a
     * {@link SaveFailedException} saying so ({@code common.error.gone}).
     */
    public static void requireUpdated(int changedRows, Supplier<? extends Optional<? extends Record>> current) {
        if (changedRows > 0) {
            return;
        }
        Optional<? extends Record> now = current.get();
        if (now.isPresent()) {
            throw new EditConflictException(now.get());
        }
        throw new SaveFailedException("common.error.gone", null);
    }

    /**
     * The check after a delete or retirement at the version the officer saw, inside its transaction: passes when
     * {@code removed} is positive; otherwise throws, rolling back: {@code changedKey} while the record is still there
     * (someone changed it since it was shown, and it stays for the officer to look at again), {@code common.error.gone}
     * when it is not.
     */
    public static void requireDeleted(int removed, BooleanSupplier stillThere, String changedKey) {
        if (removed > 0) {
            return;
        }
        throw new SaveFailedException(stillThere.getAsBoolean() ? changedKey : "common.error.gone", null);
    }

    /** As {@link #requireDeleted(int, BooleanSupplier, String)}, saying {@code common.error.changedBeforeDelete}. */
    public static void requireDeleted(int removed, BooleanSupplier stillThere) {
        requireDeleted(removed, stillThere, "common.error.changedBeforeDelete");
    }
}
