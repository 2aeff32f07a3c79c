// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

/** Why the database could not be opened; the UI and the command line turn the reason into a message. */
public final class DatabaseOpenException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The kinds of failure a user can act on. */
    public enum Reason {
        /** Another running copy of SchoolWatch holds the database; {@link #detail()} says who, if known. */
        IN_USE,
        /** The database was made by a newer version of SchoolWatch; {@link #detail()} holds its schema version. */
        TOO_NEW,
        /** The key does not open the file (a key ring from another database, or a damaged file header). */
        WRONG_KEY,
        /** The file exists but cannot be read as a SchoolWatch database. */
        UNREADABLE,
        /**
         * The file is of another H2 version (newer, or 1.x), an old PageStore file, or not H2 at all; it was not
         * opened for writing. {@link #detail()} is a {@link FileFormat.Problem#toDetail()}.
         */
        FOREIGN_FORMAT,
        /**
         * The key fits but the file's content is damaged (H2 reports corrupt pages or chunks, or finds no database
         * in a file that has content); {@link #detail()} is the file.
         */
        DAMAGED,
        /**
         * The server's database has an older schema than this program, and the login is not the database's
         * owner, the only one who may migrate it ({@code schoolwatch server-setup}); {@link #detail()} holds the
         * server's schema version.
         */
        SERVER_NOT_UPDATED,
        /** The unit's server does not answer at {@link #detail()} (host:port): the network, or the server is down. */
        SERVER_UNREACHABLE,
        /** The server at {@link #detail()} offers no TLS, and the settings do not allow a connection without it. */
        SERVER_WITHOUT_TLS,
        /**
         * The server's certificate is not signed by the unit's CA or does not name the host, or the CA file
         * {@link #detail()} cannot be read.
         */
        SERVER_CERTIFICATE,
        /** The server refused the login or the password (each account is a login of the server). */
        LOGIN_REFUSED
    }

    private final Reason reason;
    private final String detail;

    public DatabaseOpenException(Reason reason, String detail, Throwable cause) {
        super(reason + (detail == null ? "" : ": " + detail), cause);
        this.reason = reason;
        this.detail = detail == null ? "" : detail;
    }

    public Reason reason() {
        return reason;
    }

    /** Extra fact for the message (the holder of the lock, a version), never record data. */
    public String detail() {
        return detail;
    }
}
