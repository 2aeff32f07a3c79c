// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.logging;

import java.sql.SQLException;

/**
 * What a log may say about a failure: the exception classes of its causes and H2's error codes, never the
 * messages. H2's and jOOQ's messages quote the SQL and the values that broke a rule (a school's name, a
 * child's data), and the log is a plain file beside the encrypted database.
 */
public final class ErrorSummary {

    private ErrorSummary() {
    }

    public static String of(Throwable error) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = error; t != null && b.length() < 500; t = t.getCause() == t ? null : t.getCause()) {
            if (b.length() > 0) {
                b.append(" <- ");
            }
            b.append(t.getClass().getName());
            if (t instanceof SQLException s) {
                b.append(" [H2 ").append(s.getErrorCode()).append(", SQLState ").append(s.getSQLState()).append(']');
            }
            StackTraceElement[] at = t.getStackTrace();
            if (at.length > 0) {
                b.append(" at ").append(at[0]);
            }
        }
        return b.toString();
    }
}
