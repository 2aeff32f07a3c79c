// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.audit;

import static kz.schoolwatch.persistence.jooq.Tables.AUDIT_ENTRY;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/** Appends entries to the audit trail, each linked to the one before by its hash. */
public final class AuditLog {

    /** One entry before it is linked; {@code at} is null for "now". */
    public record Entry(LocalDateTime at, String actor, String action, String subject, String key, String before,
                        String after, String detail) {

        public static Entry of(String actor, String action, String subject, String key, String before, String after,
                               String detail) {
            return new Entry(null, actor, action, subject, key, before, after, detail);
        }

        /** The same entry, recorded as having happened at {@code time} (an event kept while the database was closed). */
        public Entry at(LocalDateTime time) {
            return new Entry(time, actor, action, subject, key, before, after, detail);
        }
    }

    private AuditLog() {
    }

    /**
     * Appends {@code entry} inside the caller's transaction. On the H2 file callers hold the database's write
     * lock, so the entry read as "previous" is still the last one when this one is inserted. On the server many
     * PCs write at once: its own triggers link the transaction's entries at its commit, under the chain's lock
     * (db/postgresql/V7, V16), so the program leaves the hashes, the time of a "now" entry and the id to them.
     */
    public static void append(DSLContext dsl, Entry entry) {
        boolean server = dsl.dialect().family() == SQLDialect.POSTGRES;
        LocalDateTime at = entry.at() == null ? (server ? null : LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS))
                : entry.at().truncatedTo(ChronoUnit.MILLIS);
        String previous = server ? AuditChain.GENESIS : dsl.select(AUDIT_ENTRY.ENTRY_HASH).from(AUDIT_ENTRY)
                .orderBy(AUDIT_ENTRY.ID.desc()).limit(1)
                .fetchOptional(AUDIT_ENTRY.ENTRY_HASH).orElse(AuditChain.GENESIS);
        String action = cut(entry.action(), 20);
        String subject = cut(entry.subject(), 60);
        String key = cut(entry.key(), 100);
        String actor = cut(entry.actor(), 40);
        String detail = cut(entry.detail(), 1000);
        String hash = server ? AuditChain.GENESIS
                : AuditChain.hash(previous, at, actor, action, subject, key, entry.before(), entry.after(), detail);
        dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.RECORDED_AT, at)
                .set(AUDIT_ENTRY.ACTOR, actor)
                .set(AUDIT_ENTRY.ACTION, action)
                .set(AUDIT_ENTRY.SUBJECT, subject)
                .set(AUDIT_ENTRY.SUBJECT_KEY, key)
                .set(AUDIT_ENTRY.BEFORE_VALUE, entry.before())
                .set(AUDIT_ENTRY.AFTER_VALUE, entry.after())
                .set(AUDIT_ENTRY.DETAIL, detail)
                .set(AUDIT_ENTRY.PREV_HASH, previous)
                .set(AUDIT_ENTRY.ENTRY_HASH, hash)
                .execute();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
