// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.util.Optional;
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
}
