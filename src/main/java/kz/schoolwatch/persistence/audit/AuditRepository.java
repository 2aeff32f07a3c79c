// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.audit;

import static kz.schoolwatch.persistence.jooq.Tables.AUDIT_ENTRY;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;

import kz.schoolwatch.domain.AuditChainCheck;
import kz.schoolwatch.domain.AuditEvent;
import kz.schoolwatch.domain.AuditFilter;
import kz.schoolwatch.domain.Page;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.jooq.tables.records.AuditEntryRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reads the audit trail, and checks its hash chain. Entries are added through {@link AuditLog} only. */
public final class AuditRepository {

    private final Database db;

    public AuditRepository(Database db) {
        this.db = db;
    }

    /** Appends an entry in its own transaction (a sign-in, an export, a print). */
    public void append(AuditLog.Entry entry) {
        db.write(cfg -> {
            AuditLog.append(cfg.dsl(), entry);
            return null;
        });
    }

    /** Appends several entries in one transaction, in order. */
    public void appendAll(List<AuditLog.Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        db.write(cfg -> {
            entries.forEach(e -> AuditLog.append(cfg.dsl(), e));
            return null;
        });
    }

    /** Entries matching {@code filter}, newest first, a page at a time. */
    public Page<AuditEvent> page(AuditFilter filter, int offset, int limit) {
        return db.read(dsl -> {
            Condition where = where(filter);
            int total = dsl.fetchCount(AUDIT_ENTRY, where);
            List<AuditEvent> rows = dsl.selectFrom(AUDIT_ENTRY).where(where)
                    .orderBy(AUDIT_ENTRY.ID.desc()).limit(limit).offset(offset)
                    .fetch(AuditRepository::toEvent);
            return new Page<>(rows, offset, total);
        });
    }

    /** Every entry matching {@code filter}, oldest first, handed over one at a time (for an export). */
    public void forEach(AuditFilter filter, Consumer<AuditEvent> sink) {
        db.read(dsl -> {
            try (var cursor = dsl.selectFrom(AUDIT_ENTRY).where(where(filter)).orderBy(AUDIT_ENTRY.ID).fetchSize(500).fetchLazy()) {
                for (AuditEntryRecord r : cursor) {
                    sink.accept(toEvent(r));
                }
            }
            return null;
        });
    }

    /** The logins and actions that occur in the trail, for the screen's filters. */
    public List<String> actors() {
        return db.read(dsl -> dsl.selectDistinct(AUDIT_ENTRY.ACTOR).from(AUDIT_ENTRY).where(AUDIT_ENTRY.ACTOR.isNotNull())
                .orderBy(AUDIT_ENTRY.ACTOR).fetch(AUDIT_ENTRY.ACTOR));
    }

    /** Walks the chain from the first entry and reports the first link that does not hold. */
    public AuditChainCheck verify() {
        return db.read(AuditRepository::verify);
    }

    /** Checks the chain of the database behind {@code dsl} (also used on a backup before it is restored). */
    public static AuditChainCheck verify(DSLContext dsl) {
        long checked = 0;
        String previous = AuditChain.GENESIS;
        try (var cursor = dsl.selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.ID).fetchSize(500).fetchLazy()) {
            for (AuditEntryRecord r : cursor) {
                checked++;
                String expected = AuditChain.hash(previous, r.getRecordedAt(), r.getActor(), r.getAction(), r.getSubject(),
                        r.getSubjectKey(), r.getBeforeValue(), r.getAfterValue(), r.getDetail());
                if (!r.getPrevHash().equals(previous) || !r.getEntryHash().equals(expected)) {
                    return new AuditChainCheck(checked, OptionalLong.of(r.getId()));
                }
                previous = r.getEntryHash();
            }
        }
        return new AuditChainCheck(checked, OptionalLong.empty());
    }

    private static Condition where(AuditFilter f) {
        List<Condition> c = new ArrayList<>();
        if (f.from() != null) {
            c.add(AUDIT_ENTRY.RECORDED_AT.ge(f.from().atStartOfDay()));
        }
        if (f.to() != null) {
            c.add(AUDIT_ENTRY.RECORDED_AT.lt(f.to().plusDays(1).atStartOfDay()));
        }
        if (f.actor() != null && !f.actor().isBlank()) {
            c.add(AUDIT_ENTRY.ACTOR.eq(f.actor()));
        }
        if (f.action() != null && !f.action().isBlank()) {
            c.add(AUDIT_ENTRY.ACTION.eq(f.action()));
        }
        if (f.subject() != null && !f.subject().isBlank()) {
            c.add(AUDIT_ENTRY.SUBJECT.eq(f.subject()));
        }
        return DSL.and(c);
    }

    private static AuditEvent toEvent(AuditEntryRecord r) {
        LocalDateTime at = r.getRecordedAt();
        return new AuditEvent(r.getId(), at, r.getActor(), r.getAction(), r.getSubject(), r.getSubjectKey(), r.getBeforeValue(),
                r.getAfterValue(), r.getDetail());
    }
}
