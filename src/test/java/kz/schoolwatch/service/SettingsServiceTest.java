// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.service.security.BackupService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsServiceTest {

    @TempDir
    Path folder;

    @Test
    void seededDefaultsThenChangesSurviveARestart() throws Exception {
        List<DataChanges.Topic> seen = new ArrayList<>();
        try (Database db = TestDatabases.open(folder)) {
            DataChanges changes = new DataChanges();
            changes.subscribe(seen::add);
            SettingsService settings = new SettingsService(new SettingsRepository(db), changes, TestDatabases.admin());
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
        try (Database db = TestDatabases.open(folder)) {
            SettingsService settings = new SettingsService(new SettingsRepository(db), new DataChanges(), TestDatabases.admin());
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
        try (Database db = TestDatabases.open(folder)) {
            Access inspector = new Access(TestDatabases.account(Role.INSPECTOR, null, null), id -> null);
            SettingsRepository repository = new SettingsRepository(db);
            SettingsService settings = new SettingsService(repository, new DataChanges(), inspector);
            BackupService backups = new BackupService(db,
                    TestDatabases.key(folder), repository, inspector, Clock.systemDefaultZone());

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
