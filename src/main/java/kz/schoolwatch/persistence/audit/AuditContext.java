// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.audit;

/**
 * Who is writing, for the audit triggers. H2 creates trigger objects itself and runs them on the thread that
 * executes the statement (the database is embedded), so a thread-local set around each write is the one
 * channel from the program to its triggers that needs no SQL.
 */
public final class AuditContext {

    private record Current(String actor, boolean bulk) {
    }

    private static final ThreadLocal<Current> CURRENT = new ThreadLocal<>();

    private AuditContext() {
    }

    /** Starts a write by {@code actor}; a bulk write's rows are not audited one by one. */
    public static void begin(String actor, boolean bulk) {
        CURRENT.set(new Current(actor, bulk));
    }

    public static void end() {
        CURRENT.remove();
    }

    /** The login writing on this thread, or null for the program itself (migrations, restore). */
    static String actor() {
        Current c = CURRENT.get();
        return c == null ? null : c.actor();
    }

    static boolean bulk() {
        Current c = CURRENT.get();
        return c != null && c.bulk();
    }
}
