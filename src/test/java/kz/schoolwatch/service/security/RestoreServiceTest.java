// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.security;

import kz.schoolwatch.domain.BackupFile;
import kz.schoolwatch.domain.CheckedBackup;
import static kz.schoolwatch.persistence.jooq.Tables.AUDIT_ENTRY;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.app.AppContext;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.security.DatabaseKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restore ends the session's database, puts the checked backup in its place and records itself there. */
class RestoreServiceTest {

    @TempDir
    Path folder;

    private static DatabaseKey key() {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) 7);
        return DatabaseKey.of(bytes);
    }

    @Test
    void theRestoredFileHoldsTheBackupsRowsAndTheRestoreInItsAuditTrail() throws Exception {
        // The session's own key: the restore closes it, as the end of a session does.
        Database db = Database.open(folder, key());
        db.setActor("admin");
        SignedIn session = new SignedIn(db, key(), TestDatabases.account(Role.ADMIN, null, null));
        AppContext admin = new AppContext(session, Messages.russian(), Clock.systemDefaultZone());
        new TestRows(db).school(955, 1);
        BackupFile backup = admin.backups().backupNow();
        new TestRows(db).school(956, 2);
        CheckedBackup checked = admin.backups().check(backup.path());
        String backupName = backup.path().getFileName().toString();

        new RestoreService(folder).restore(session, "admin", checked);

        try (Database restored = Database.open(folder, key())) {
            Integer schools = restored.read(dsl -> dsl.fetchCount(SCHOOL));
            List<String> restores = restored.read(dsl -> dsl.select(AUDIT_ENTRY.ACTOR, AUDIT_ENTRY.DETAIL).from(AUDIT_ENTRY)
                    .where(AUDIT_ENTRY.ACTION.eq("RESTORE")).fetch().map(r -> r.value1() + " " + r.value2()));
            assertThat(schools).isEqualTo(1);
            assertThat(restores).containsExactly("admin " + backupName);
        }
    }
}
