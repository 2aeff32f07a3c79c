// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.SchoolChoice;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.persistence.ReferenceListRepository;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.reliability.FullDisk;
import kz.schoolwatch.reliability.ReliabilityFixture;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.service.ReferenceListService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.ui.WorkDriver;
import kz.schoolwatch.ui.common.ExecutorTaskRunner;
import kz.schoolwatch.ui.common.FailureMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** Issue 7, item 3, at the form: a full disk is explained under the form, every field keeps what was typed, and
 *  pressing «Сохранить» again once there is space saves it. */
class VisitFormDiskFullTest {

    @TempDir
    Path folder;

    @AfterEach
    void freeTheDisk() {
        FullDisk.unlimited();
    }

    @Test
    void aSaveRefusedByAFullDiskKeepsTheTypedVisitAndSavesItOnceThereIsSpace() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (Database db = ReliabilityFixture.openOnFullDisk(folder); ExecutorTaskRunner tasks = new ExecutorTaskRunner(1)) {
            TestRows rows = new TestRows(db);
            rows.officer("Исин", "100001", 1);
            rows.school(125, 1);
            DataChanges changes = new DataChanges();
            VisitFormViewModel form = new VisitFormViewModel(ReliabilityFixture.services(db).visits(),
                    new LookupService(db, new LookupRepository(db), changes, TestDatabases.head()), new ReferenceListService(db, new ReferenceListRepository(db), changes, TestDatabases.admin()),
                    new SettingsService(new SettingsRepository(db), changes, TestDatabases.admin()), tasks, Clock.systemDefaultZone());
            FxToolkit.setupFixture(form::loadChoices);
            WorkDriver.waitUntil(10, () -> !form.officers().isEmpty() && !form.schools().isEmpty() && form.purposeProperty().get() != null);
            String findings = "Охрана на месте, турникет исправен";
            FxToolkit.setupFixture(() -> {
                form.officerProperty().set(form.officers().get(0));
                form.schoolProperty().set(form.schools().get(0));
                form.findingsProperty().set(findings);
            });
            Lookup officer = form.officerProperty().get();
            SchoolChoice school = form.schoolProperty().get();

            FullDisk.limitTo(0);
            FxToolkit.setupFixture(form::save);
            WorkDriver.waitUntil(10, () -> !form.errors().isEmpty());

            assertThat(form.errors()).containsExactly(FieldError.of(FailureMessages.FORM, "common.error.diskFull"));
            assertThat(form.findingsProperty().get()).isEqualTo(findings);
            assertThat(form.officerProperty().get()).isEqualTo(officer);
            assertThat(form.schoolProperty().get()).isEqualTo(school);

            FullDisk.unlimited();
            FxToolkit.setupFixture(form::save);
            WorkDriver.waitUntil(10, () -> form.savedProperty().get() == 1);
            assertThat(rows.count("school_visit")).isEqualTo(1);
        }
    }
}
