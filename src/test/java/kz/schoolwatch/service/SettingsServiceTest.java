// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import kz.schoolwatch.persistence.Database;
import kz.schoolwatch.persistence.SettingsRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsServiceTest {

    @TempDir
    Path folder;

    @Test
    void seededDefaultsThenChangesSurviveARestart() throws Exception {
        List<DataChanges.Topic> seen = new ArrayList<>();
        try (Database db = kz.schoolwatch.TestDatabases.open(folder)) {
            DataChanges changes = new DataChanges();
            changes.subscribe(seen::add);
            SettingsService settings = new SettingsService(new SettingsRepository(db), changes, kz.schoolwatch.TestDatabases.admin());
            assertThat(settings.overdueCheckDays()).isEqualTo(90);
            // Nobody has signed yet: the computer-wide signature of earlier versions is no account's.
            assertThat(settings.signatureRank()).isEmpty();
            assertThat(settings.signatureName()).isEmpty();
            assertThat(settings.currentOfficerId()).isEmpty();

            settings.setOverdueCheckDays(60);
            settings.setSignature("подполковник полиции", "А. Ахметова");
            assertThatThrownBy(() -> settings.setOverdueCheckDays(0)).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> settings.setOverdueCheckDays(366)).isInstanceOf(ValidationException.class);
        }
        assertThat(seen).containsExactly(DataChanges.Topic.SETTINGS, DataChanges.Topic.SETTINGS);
        try (Database db = kz.schoolwatch.TestDatabases.open(folder)) {
            SettingsService settings = new SettingsService(new SettingsRepository(db), new DataChanges(), kz.schoolwatch.TestDatabases.admin());
            assertThat(settings.overdueCheckDays()).isEqualTo(60);
            assertThat(settings.signatureRank()).isEqualTo("подполковник полиции");
            assertThat(settings.signatureName()).isEqualTo("А. Ахметова");
        }
    }

    /**
     * The Settings screen is every role's, for the own signature; the program's settings stay the
     * administrator's at the service too, whatever a screen shows.
     */
    @Test
    void anInspectorSignsButIsRefusedTheProgramsSettings() throws Exception {
        try (Database db = kz.schoolwatch.TestDatabases.open(folder)) {
            Access inspector = new Access(kz.schoolwatch.TestDatabases.account(kz.schoolwatch.domain.Role.INSPECTOR, null, null), id -> null);
            SettingsRepository repository = new SettingsRepository(db);
            SettingsService settings = new SettingsService(repository, new DataChanges(), inspector);
            kz.schoolwatch.service.security.BackupService backups = new kz.schoolwatch.service.security.BackupService(db,
                    kz.schoolwatch.TestDatabases.key(folder), repository, inspector, java.time.Clock.systemDefaultZone());

            settings.setSignature("лейтенант полиции", "А. Бекетов");
            assertThat(settings.signatureRank()).isEqualTo("лейтенант полиции");
            assertThat(settings.signatureName()).isEqualTo("А. Бекетов");

            assertThatThrownBy(() -> settings.setOverdueCheckDays(30)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> settings.setIdleMinutes(5)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> backups.setKeep(3)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(backups::backupNow).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> backups.check(folder.resolve("any.backup"))).isInstanceOf(AccessDeniedException.class);
            assertThat(settings.overdueCheckDays()).isEqualTo(90);
            assertThat(settings.idleMinutes()).isEqualTo(15);
            assertThat(backups.keep()).isEqualTo(10);
        }
    }
}
