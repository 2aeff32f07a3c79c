// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.BackupFile;
import kz.schoolwatch.domain.CheckedBackup;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.security.BackupService;
import kz.schoolwatch.ui.common.InStepTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administrator's settings, run in step against a real database: what is saved, refused and said. */
class SettingsViewModelTest {

    private static final Messages RU = Messages.russian();

    @TempDir
    Path folder;

    private Database db;
    private final InStepTaskRunner tasks = new InStepTaskRunner();
    private SettingsViewModel model;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        model = new SettingsViewModel(settings(), backups(), tasks, RU);
        model.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theStoredNumbersAreShown() {
        assertThat(model.idleMinutesProperty().get()).isEqualTo(Integer.toString(settings().idleMinutes()));
        assertThat(model.keepProperty().get()).isEqualTo(Integer.toString(backups().keep()));
        assertThat(model.overdueDaysProperty().get()).isEqualTo(Integer.toString(settings().overdueCheckDays()));
        assertThat(model.files()).isEmpty();
    }

    @Test
    void rightNumbersAreSavedAndSaid() {
        model.idleMinutesProperty().set("7");
        model.keepProperty().set("3");
        model.overdueDaysProperty().set("45");
        model.save();

        assertThat(model.errors()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo(RU.get("settings.saved"));
        // Read back through fresh services: the rows are in the database.
        assertThat(settings().idleMinutes()).isEqualTo(7);
        assertThat(backups().keep()).isEqualTo(3);
        assertThat(settings().overdueCheckDays()).isEqualTo(45);
    }

    @Test
    void wrongNumbersAreExplainedAtTheirFieldsAndNothingIsSaved() {
        int idleBefore = settings().idleMinutes();
        int keepBefore = backups().keep();
        model.idleMinutesProperty().set("пять");
        model.save();
        assertThat(texts()).containsExactly(Map.entry("idleMinutes", RU.get("validation.number")));

        model.idleMinutesProperty().set("5");
        model.keepProperty().set("0");
        model.overdueDaysProperty().set("1000");
        model.save();

        assertThat(texts()).containsOnly(Map.entry("keep", RU.get("validation.range", 1, BackupService.KEEP_MAX)),
                Map.entry("overdueDays", RU.get("validation.range", 1, SettingsService.OVERDUE_MAX)));
        assertThat(model.statusProperty().get()).isEmpty();
        assertThat(settings().idleMinutes()).isEqualTo(idleBefore);
        assertThat(backups().keep()).isEqualTo(keepBefore);
    }

    @Test
    void aBackupMadeNowIsListedSaidAndCanBeHandedOnForARestore() {
        model.backupNow();

        assertThat(model.files()).hasSize(1);
        BackupFile made = model.files().get(0);
        assertThat(made.path()).exists();
        assertThat(model.statusProperty().get()).isEqualTo(RU.get("backup.done", made.path().getFileName(), made.bytes() / 1024));

        List<CheckedBackup> handedOn = new ArrayList<>();
        model.check(made.path(), handedOn::add);

        assertThat(handedOn).singleElement().satisfies(c -> assertThat(c.backup()).isEqualTo(made.path()));
        assertThat(model.statusProperty().get()).isEmpty();
    }

    @Test
    void aFileThatIsNoBackupIsRefusedAndNotHandedOn() throws Exception {
        Path notABackup = Files.writeString(folder.resolve("notes.backup"), "не копия");
        List<CheckedBackup> handedOn = new ArrayList<>();

        model.check(notABackup, handedOn::add);

        assertThat(handedOn).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo(RU.get("restore.error.unreadable", notABackup.getFileName()));
    }

    private SettingsService settings() {
        return new SettingsService(new SettingsRepository(db), new DataChanges(), TestDatabases.admin());
    }

    private BackupService backups() {
        return new BackupService(db, TestDatabases.key(folder), new SettingsRepository(db), TestDatabases.admin(),
                Clock.systemDefaultZone());
    }

    private Map<String, String> texts() {
        return model.errors().stream().collect(Collectors.toMap(e -> e.field(), e -> RU.get(e.messageKey(), e.args().toArray())));
    }
}
