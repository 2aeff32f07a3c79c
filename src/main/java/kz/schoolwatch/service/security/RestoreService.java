// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.security;

import java.io.IOException;
import java.nio.file.Path;

import kz.schoolwatch.domain.CheckedBackup;
import kz.schoolwatch.persistence.store.Backups;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.DatabaseOpenException;
import kz.schoolwatch.persistence.audit.AuditLog;
import kz.schoolwatch.persistence.security.DatabaseKey;

/**
 * Replaces the database of a folder with a checked backup between sessions: the session's database is closed,
 * the backup installed (the current file kept aside until the restored one opens) and the restore recorded in
 * the restored file's audit trail under the login that asked for it.
 */
public final class RestoreService {

    private final Path folder;

    public RestoreService(Path folder) {
        this.folder = folder;
    }

    /** Ends {@code session} (its key too) and installs {@code checked} in its place; runs off the FX thread. */
    public void restore(SignedIn session, String login, CheckedBackup checked)
            throws IOException, DatabaseOpenException {
        DatabaseKey key = session.key();
        session.database().close();
        try (Database restored = Backups.install(folder, checked, key)) {
            restored.setActor(login);
            restored.write(cfg -> {
                AuditLog.append(cfg.dsl(), AuditLog.Entry.of(
                        login, "RESTORE", "database", null, null, null, checked.backup().getFileName().toString()));
                return null;
            });
        } finally {
            key.close();
        }
    }
}
