// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.Texts;
import kz.schoolwatch.domain.SchoolEquipment;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.EquipmentRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.EquipmentService;
import kz.schoolwatch.ui.SceneFixture;
import kz.schoolwatch.ui.WorkDriver;
import kz.schoolwatch.ui.common.ExecutorTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The equipment tab of a school's card warns about the guard contract: red when expired, orange when ending. */
class EquipmentPaneTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ALMATY).toInstant(), ALMATY);

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @AfterEach
    void hide() throws Exception {
        if (stage != null) {
            SceneFixture.hide(stage);
        }
    }

    private Label state() {
        return robot.lookup("#equipmentGuardState").queryAs(Label.class);
    }

    @Test
    void expiredContractIsRedWithItsDateAndOneEndingSoonIsOrange() throws Exception {
        try (Database db = TestDatabases.openWithDemoCity(folder, CLOCK); ExecutorTaskRunner tasks = new ExecutorTaskRunner(1)) {
            EquipmentService service = new EquipmentService(db, new EquipmentRepository(db), new DataChanges(), TestDatabases.head());
            long school = new SchoolRepository(db).listRows().get(0).id();
            SchoolEquipment now = service.find(school);
            service.save(new SchoolEquipment(school, now.panicButton(), now.panicButtonConnected(), now.accessControl(),
                    now.metalDetector(), "ТОО «Кузет-Алматы»", LocalDate.of(2026, 3, 12), now.paSystem(), now.turnstiles(), now.version()));

            EquipmentPane[] pane = new EquipmentPane[1];
            stage = SceneFixture.show(() -> {
                EquipmentViewModel form = new EquipmentViewModel(service, tasks, CLOCK);
                pane[0] = new EquipmentPane(form, Messages.russian());
                form.load(school);
                return pane[0];
            });
            WorkDriver.waitUntil(20, () -> state().isVisible());
            assertThat(state().getText()).isEqualTo(Texts.of("equipment.guard.expired", "12.03.2026"));
            assertThat(state().getStyleClass()).contains("guard-expired").doesNotContain("guard-ending");

            // Picking a date within the warning days turns the warning orange; a later one clears it.
            DatePicker end = robot.lookup("#equipmentGuardEnd").queryAs(DatePicker.class);
            robot.interact(() -> end.setValue(TODAY.plusDays(10)));
            assertThat(state().isVisible()).isTrue();
            assertThat(state().getText()).isEqualTo(Texts.of("equipment.guard.ending", "06.12.2026"));
            assertThat(state().getStyleClass()).contains("guard-ending").doesNotContain("guard-expired");
            robot.interact(() -> end.setValue(TODAY.plusDays(200)));
            assertThat(state().isVisible()).isFalse();
        }
    }
}
