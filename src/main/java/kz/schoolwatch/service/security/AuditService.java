// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.security;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

import kz.schoolwatch.domain.AuditChainCheck;
import kz.schoolwatch.domain.AuditEvent;
import kz.schoolwatch.domain.AuditFilter;
import kz.schoolwatch.domain.Page;
import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.persistence.audit.AuditLog;
import kz.schoolwatch.persistence.audit.AuditRepository;
import kz.schoolwatch.service.Access;

/**
 * The audit trail for the administrator (read, check, export), and the entries services add for what is not
 * a change of rows: exports and prints. Changes of rows are recorded by the database's triggers.
 * Entries are never deleted, so the trail is kept for as long as the database (at least the year the issue asks).
 */
public final class AuditService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final AuditRepository audit;
    private final Access access;

    public AuditService(AuditRepository audit, Access access) {
        this.audit = audit;
        this.access = access;
    }

    public Page<AuditEvent> page(AuditFilter filter, int offset, int limit) {
        access.require(Permission.VIEW_AUDIT);
        return audit.page(filter, offset, limit);
    }

    public List<String> actors() {
        access.require(Permission.VIEW_AUDIT);
        return audit.actors();
    }

    /** Walks the hash chain; the result names the first broken link, if any. */
    public AuditChainCheck verify() {
        access.require(Permission.VIEW_AUDIT);
        AuditChainCheck check = audit.verify();
        record("AUDIT_CHECK", "audit_entry", check.intact() ? "intact, " + check.checked() + " entries"
                : "broken at entry " + check.firstBroken().getAsLong());
        return check;
    }

    /**
     * Writes the entries matching {@code filter} to {@code target} as CSV (UTF-8 with a byte-order mark and
     * semicolons, which Excel in a Russian locale opens as columns). The export itself is audited.
     *
     * @return how many entries were written
     */
    public long exportCsv(AuditFilter filter, Path target) throws IOException {
        access.require(Permission.VIEW_AUDIT);
        long[] n = {0};
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write('\ufeff');
            line(out, "id", "time", "user", "action", "subject", "key", "before", "after", "detail");
            audit.forEach(filter, e -> {
                try {
                    line(out, Long.toString(e.id()), TIME.format(e.at()), e.actor(), e.action(), e.subject(), e.subjectKey(),
                            e.before(), e.after(), e.detail());
                    n[0]++;
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        record("EXPORT", "audit_entry", n[0] + " entries to " + target.getFileName());
        return n[0];
    }

    /** Records an export of {@code what} to a file. */
    public void recordExport(String what, Path file) {
        record("EXPORT", what, file.getFileName().toString());
    }

    /** Records that {@code what} was sent to a printer. */
    public void recordPrint(String what, String detail) {
        record("PRINT", what, detail);
    }

    private void record(String action, String subject, String detail) {
        audit.append(AuditLog.Entry.of(access.login(), action, subject, null, null, null, detail));
    }

    private static void line(BufferedWriter out, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(';');
            }
            String c = cells[i] == null ? "" : cells[i];
            // A leading =, +, - or @ would run as a formula in a spreadsheet: quote it as text.
            boolean formula = !c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0;
            if (formula || c.indexOf(';') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                out.write('"');
                out.write((formula ? "'" : "") + c.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(c);
            }
        }
        out.write("\r\n");
    }
}
