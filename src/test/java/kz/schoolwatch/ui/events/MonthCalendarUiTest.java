// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import kz.schoolwatch.app.AppContext;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.app.SchoolWatchApp;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.security.SignedIn;
import kz.schoolwatch.ui.SceneFixture;
import kz.schoolwatch.ui.WorkDriver;
import kz.schoolwatch.ui.common.ExecutorTaskRunner;
import kz.schoolwatch.ui.report.MonthlySummaryUiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The month calendar marks today, by the program's clock: a style class, a framed cell and a ring round the number. */
class MonthCalendarUiTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private Database db;
    private ExecutorTaskRunner tasks;

    @AfterEach
    void close() throws Exception {
        SceneFixture.hide(stage);
        if (tasks != null) {
            tasks.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void todayIsMarkedAndNoOtherDay() throws Exception {
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 17).atTime(10, 0).atZone(ALMATY).toInstant(), ALMATY);
        db = TestDatabases.open(folder);
        tasks = new ExecutorTaskRunner(1);
        Messages messages = Messages.russian();
        AppContext context = new AppContext(new SignedIn(db, TestDatabases.key(folder), TestDatabases.account(Role.HEAD, null, null)),
                messages, clock);
        EventsViewModel model = new EventsViewModel(context.events(), context.lookups(), context.referenceLists(), tasks, clock);
        stage = SceneFixture.show(() -> {
            // The window's theme and stylesheet, as the application sets them: the mark is drawn by app.css.
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
            MonthCalendar calendar = new MonthCalendar(model, messages, e -> { });
            calendar.getStylesheets().add(SchoolWatchApp.class.getResource("/kz/schoolwatch/ui/app.css").toExternalForm());
            return calendar;
        });

        assertThat(robot.lookup(".calendar-today").queryAll()).hasSize(1);
        Region today = robot.lookup("#calendarDay17").queryAs(Region.class);
        assertThat(today.getStyleClass()).contains("calendar-today");
        assertThat(robot.lookup("#calendarDay16").queryAs(Node.class).getStyleClass()).doesNotContain("calendar-today");
        Label number = robot.lookup("#calendarDay17 .calendar-today-number").queryAs(Label.class);
        assertThat(number.getText()).isEqualTo("17");
        // Visible, not only a class: the cell's frame is thicker than a plain day's and the number has a filled ring.
        Region plain = robot.lookup("#calendarDay16").queryAs(Region.class);
        assertThat(today.getBorder().getStrokes().get(0).getWidths().getTop())
                .isGreaterThan(plain.getBorder().getStrokes().get(0).getWidths().getTop());
        assertThat(number.getBackground().getFills()).isNotEmpty();
        assertThat(number.getBackground().getFills().get(0).getFill()).isNotEqualTo(Color.TRANSPARENT);
        assertThat(number.getBorder().getStrokes()).isNotEmpty();
        MonthlySummaryUiTest.snapshot(robot.lookup("#eventsCalendar").query(), "calendar-today");

        // Another month has no today.
        robot.clickOn("#calendarNext");
        WorkDriver.waitUntil(10, () -> robot.lookup(".calendar-today").queryAll().isEmpty());
        robot.clickOn("#calendarPrevious");
        WorkDriver.waitUntil(10, () -> robot.lookup(".calendar-today").queryAll().size() == 1);
    }
}
