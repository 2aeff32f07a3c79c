// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import java.sql.SQLException;
import java.util.Locale;

import org.jooq.exception.DataAccessException;

/**
 * Reads which schema constraint a refused write broke, so a service can explain it next to the right field
 * (a badge number taken, a name already in a list) instead of showing a database error.
 */
public final class ConstraintViolation {

    private ConstraintViolation() {
    }

    /** True when {@code error} is an integrity violation naming {@code constraint} (as written in db/V*.sql). */
    public static boolean of(Throwable error, String constraint) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")
                    && String.valueOf(sql.getMessage()).toUpperCase(Locale.ROOT).contains(constraint.toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code error} is any integrity violation (a row referenced elsewhere, a broken rule). */
    public static boolean any(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return error instanceof DataAccessException dae && dae.sqlState() != null && dae.sqlState().startsWith("23");
    }
}
