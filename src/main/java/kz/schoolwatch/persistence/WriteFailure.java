// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/** What kind of database refusal a failed write was, read from the SQL state and H2's error codes. */
public enum WriteFailure {
    /** A UNIQUE constraint: the value is taken (a school number, a badge number). */
    DUPLICATE,
    /** A foreign key: the row refers to something that no longer exists, or is still referred to. */
    REFERENCE,
    /** A CHECK or NOT NULL constraint that validation should have caught. */
    CONSTRAINT,
    /** The disk is full or the file cannot be written. */
    STORAGE,
    /** Anything else. */
    OTHER;

    /** Classifies {@code error} by the first SQLException in its cause chain. */
    public static WriteFailure of(Throwable error) {
        Optional<SQLException> sql = sqlException(error);
        if (sql.isEmpty()) {
            return OTHER;
        }
        SQLException e = sql.get();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int code = e.getErrorCode();
        if (state.equals("23505")) {
            return DUPLICATE;
        }
        if (state.equals("23503") || state.equals("23506")) {
            return REFERENCE;
        }
        if (state.startsWith("23")) {
            return CONSTRAINT;
        }
        // 90028 IO_EXCEPTION_1, 90031 IO_EXCEPTION_2, 90098 DATABASE_IS_CLOSED after a failed write, 50000 with "No space"
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (code == 90028 || code == 90031 || code == 90098 || text.contains("no space") || text.contains("disk full")) {
            return STORAGE;
        }
        return OTHER;
    }

    /** The name of the violated constraint, in upper case, if H2 said it. */
    public static Optional<String> constraintName(Throwable error) {
        return sqlException(error).map(e -> String.valueOf(e.getMessage()).toUpperCase(Locale.ROOT));
    }

    private static Optional<SQLException> sqlException(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException e) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
