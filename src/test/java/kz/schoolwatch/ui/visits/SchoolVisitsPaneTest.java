// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;

import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Visit;
import kz.schoolwatch.domain.VisitDraft;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.VisitRepository;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.VisitService;
import kz.schoolwatch.ui.WorkDriver;
import kz.schoolwatch.ui.common.ExecutorTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The pane a school's card embeds: one school's visits, loaded off the FX thread, following new saves. */
class SchoolVisitsPaneTest {

    @TempDir
    Path folder;

    private Database db;
    private final ExecutorTaskRunner tasks = new ExecutorTaskRunner(1);
    private Stage stage;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> stage.hide());
        tasks.close();
        db.close();
    }

    @Test
    void showsOnlyItsSchoolsVisitsNewestFirstAndFollowsANewVisit() throws Exception {
        TestRows rows = new TestRows(db);
        long officer = rows.officer("Исин", "100001", 1);
        long mine = rows.school(125, 1);
        long other = rows.school(174, 1);
        DataChanges changes = new DataChanges();
        VisitService visits = new VisitService(db, new VisitRepository(db), changes, Clock.systemDefaultZone(), TestDatabases.head());
        int purpose = rows.firstPurposeId();
        LocalDateTime base = LocalDateTime.of(2026, 1, 10, 10, 0);
        for (int i = 0; i < 60; i++) {
            visits.create(new VisitDraft(officer, i % 2 == 0 ? mine : other, base.plusDays(i), purpose, "визит " + i, null, 0));
        }

        FxToolkit.setupSceneRoot(() -> new SchoolVisitsPane(new SchoolVisitsViewModel(visits, tasks, changes, mine), Messages.russian()));
        FxToolkit.showStage();
        FxRobot robot = new FxRobot();
        TableView<Visit> table = robot.lookup("#schoolVisitsTable").queryTableView();
        WorkDriver.waitUntil(10, () -> table.getItems().size() == 30);
        assertThat(table.getItems()).allMatch(v -> v.schoolId() == mine);
        assertThat(table.getItems().get(0).findings()).isEqualTo("визит 58");

        visits.create(new VisitDraft(officer, mine, base.plusDays(100), purpose, "новый визит", null, 0));
        WorkDriver.waitUntil(10, () -> table.getItems().size() == 31);
        assertThat(table.getItems().get(0).findings()).isEqualTo("новый визит");
        assertThat(stage.getScene()).isInstanceOf(Scene.class);
    }
}
