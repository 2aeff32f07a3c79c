// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/** What kind of database refusal a failed write was, read from the SQL state and H2's error codes. */
public enum WriteFailure {
    /** A UNIQUE constraint: the value is taken (a school number, a badge number). */
    DUPLICATE,
    /** A foreign key: the row refers to something that no longer exists, or is still referred to. */
    REFERENCE,
    /** A CHECK or NOT NULL constraint that validation should have caught. */
    CONSTRAINT,
    /** The disk (or the user's quota) is full: the user can free space and save again. */
    DISK_FULL,
    /** The file cannot be written or read for another reason (no access, a failing disk, a removed drive). */
    STORAGE,
    /**
     * The connection to the unit's server failed or broke (the network, the server down or restarting): nothing
     * was written, and the same save may be tried again once the server answers.
     */
    CONNECTION_LOST,
    /** Anything else. */
    OTHER;

    /**
     * The operating system's words for a full disk: ENOSPC and EDQUOT on Linux and macOS, ERROR_DISK_FULL and
     * ERROR_HANDLE_DISK_FULL on Windows, whose messages come in the language of the system (English or Russian here).
     */
    private static final List<String> DISK_FULL_TEXTS = List.of("no space left on device", "disk quota exceeded",
            "not enough space on the disk", "disk is full", "недостаточно места на диске", "диск заполнен");

    /**
     * Classifies {@code error}: constraints by the SQL state of the first SQLException in its cause chain, file
     * problems by any I/O or MVStore error in the chain.
     */
    public static WriteFailure of(Throwable error) {
        Optional<SQLException> sql = sqlException(error);
        String state = sql.map(SQLException::getSQLState).orElse("");
        int code = sql.map(SQLException::getErrorCode).orElse(0);
        if (ServerFailure.isConnectionLost(error)) {
            return CONNECTION_LOST;
        }
        if (state.equals("23505")) {
            return DUPLICATE;
        }
        if (state.equals("23503") || state.equals("23506")) {
            return REFERENCE;
        }
        if (state.startsWith("23")) {
            return CONSTRAINT;
        }
        // H2 reports a failed file write as "General error" 50000 around an MVStoreException around the IOException;
        // after it the store is closed, and the next statements fail with 90098 DATABASE_IS_CLOSED around the same cause.
        if (anyCause(error, WriteFailure::isDiskFull)) {
            return DISK_FULL;
        }
        // 90028 IO_EXCEPTION_1, 90031 IO_EXCEPTION_2, 90098 DATABASE_IS_CLOSED after a failed write
        if (code == 90028 || code == 90031 || code == 90098
                || anyCause(error, t -> t instanceof IOException || t instanceof MVStoreException m && isFileError(m))) {
            return STORAGE;
        }
        return OTHER;
    }

    /** An I/O error whose operating-system message says the disk is full. */
    private static boolean isDiskFull(Throwable t) {
        if (!(t instanceof IOException)) {
            return false;
        }
        String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        return DISK_FULL_TEXTS.stream().anyMatch(text::contains);
    }

    private static boolean isFileError(MVStoreException e) {
        int code = e.getErrorCode();
        return code == DataUtils.ERROR_READING_FAILED || code == DataUtils.ERROR_WRITING_FAILED
                || code == DataUtils.ERROR_FILE_CORRUPT || code == DataUtils.ERROR_CLOSED;
    }

    private static boolean anyCause(Throwable error, Predicate<Throwable> test) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
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
