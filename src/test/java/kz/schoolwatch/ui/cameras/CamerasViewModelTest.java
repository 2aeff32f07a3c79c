// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.cameras;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.persistence.CameraRepository;
import kz.schoolwatch.persistence.CameraStatsRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.service.CameraService;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.ui.common.InStepTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cameras screen's figures, run in step: they follow a camera saved elsewhere without being asked. */
class CamerasViewModelTest {

    @TempDir
    Path folder;

    private Database db;
    private final DataChanges changes = new DataChanges();
    private CameraService cameras;
    private CamerasViewModel model;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        cameras = new CameraService(db, new CameraRepository(db), new CameraStatsRepository(db), new SchoolRepository(db), changes,
                Clock.systemDefaultZone(), TestDatabases.head());
        model = new CamerasViewModel(cameras, new InStepTaskRunner(), changes);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aCameraSavedElsewhereMovesTheSchoolOffTheUncoveredList() {
        long school = new TestRows(db).school(125, 1);
        model.load();
        assertThat(model.uncovered()).extracting(SchoolRow::id).containsExactly(school);
        assertThat(model.cityProperty().get().total()).isZero();

        cameras.addMany(school, 2, 1, CameraStatus.WORKING, LocalDate.now().minusDays(1), true);

        assertThat(model.uncovered()).isEmpty();
        assertThat(model.cityProperty().get().total()).isEqualTo(3);
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void aChangeToAReferenceListDoesNotReadTheFiguresAgain() {
        long school = new TestRows(db).school(125, 1);
        model.load();
        // Written behind the screen's back, then only a reference list is said to have changed.
        new CameraService(db, new CameraRepository(db), new CameraStatsRepository(db), new SchoolRepository(db), new DataChanges(),
                Clock.systemDefaultZone(), TestDatabases.head()).addMany(school, 1, 0, CameraStatus.WORKING, LocalDate.now().minusDays(1), true);
        changes.publish(DataChanges.Topic.REFERENCE);

        assertThat(model.uncovered()).extracting(SchoolRow::id).containsExactly(school);
        changes.publish(DataChanges.Topic.SCHOOLS);
        assertThat(model.uncovered()).isEmpty();
    }
}
