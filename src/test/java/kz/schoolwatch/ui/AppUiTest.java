// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui;

import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.H2Url;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the whole application on a temp data folder, as a user would, and reads the screen. */
class AppUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.notStarted();

    private final FxRobot robot = app;

    private void startApp(String... args) throws Exception {
        boolean demo = Arrays.asList(args).contains("--demo");
        TestSessions.prepare(app.folder(), demo);
        app.withDemoCity(demo).launch().signIn(TestSessions.HEAD);
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static int number(String shown) {
        return Integer.parseInt(shown.replaceAll("\\D", ""));
    }

    @Test
    void firstStartWithDemoShowsTheCityOnTheDashboard() throws Exception {
        startApp("--demo");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#dashboardCamerasTotal").queryAll().isEmpty()
                && !text("#dashboardCamerasTotal").equals("—"));

        assertThat(number(text("#dashboardCamerasTotal"))).isEqualTo(1602);
        assertThat(number(text("#dashboardCamerasOutdoor"))).isEqualTo(642);
        assertThat(number(text("#dashboardCamerasIndoor"))).isEqualTo(960);
        assertThat(number(text("#dashboardSchools"))).isEqualTo(201);
        assertThat(number(text("#dashboardSchoolsWithCameras"))).isEqualTo(190);
        assertThat(number(text("#dashboardSchoolsWithoutCameras"))).isEqualTo(11);
        assertThat(text("#statusDataFile")).contains(app.folder().resolve("schoolwatch.mv.db").toString());
        assertThat(app.stage().getTitle()).startsWith("SchoolWatch");
    }

    @Test
    void firstStartCreatesTheAdministratorThenOffersTheDemoCityAndLoadsItOnRequest() throws Exception {
        app.launch();
        // The very first start asks where the data is to be kept: this PC, as before.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#modeLocal").queryAll().isEmpty());
        robot.clickOn("#modeLocal");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#setUpFullName").queryAll().isEmpty());
        robot.clickOn("#signInLogin").write("admin");
        robot.clickOn("#setUpFullName").write("Сейтова Айгерим");
        robot.clickOn("#signInPassword").write("short1");
        robot.clickOn("#setUpRepeat").write("short1");
        robot.clickOn("#signInSubmit");
        // A weak password is refused next to its field; nothing is created and the typed name stays.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signInPasswordError").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(text("#signInPasswordError")).contains(Texts.of("password.error.short", 10));
        assertThat(robot.lookup("#setUpFullName").queryTextInputControl().getText()).isEqualTo("Сейтова Айгерим");
        assertThat(app.folder().resolve("keyring.properties")).doesNotExist();
        robot.clickOn("#signInPassword").write("Tri-slova-vmeste-1");
        robot.clickOn("#setUpRepeat").write("Tri-slova-vmeste-1");
        robot.clickOn("#signInSubmit");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#demoLoad").tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        String offer = robot.lookup("#demoOffer").queryAs(DialogPane.class).getContentText();
        assertThat(offer).isEqualTo(Texts.of("demo.offer.text", 201, 1602, 190, 12, 40));
        robot.clickOn("#demoLoad");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#dashboardCamerasTotal").queryAll().isEmpty()
                && !text("#dashboardCamerasTotal").equals("—"));
        assertThat(number(text("#dashboardCamerasTotal"))).isEqualTo(1602);
    }

    @Test
    void refreshReadsNewFiguresFromTheDatabase() throws Exception {
        startApp("--demo");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#dashboardSchools").queryAll().isEmpty()
                && !text("#dashboardSchools").equals("—"));
        assertThat(number(text("#dashboardSchools"))).isEqualTo(201);

        // A school is archived behind the dashboard's back (same JVM, so H2 shares the open database):
        // the figures follow the database, not a constant.
        try (var c = TestDatabases.connect(app.folder())) {
            c.createStatement().execute("UPDATE school SET archived_on = CURRENT_DATE WHERE id = (SELECT MIN(id) FROM school)");
        }
        robot.clickOn("#dashboardRefresh");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> number(text("#dashboardSchools")) == 200);
        assertThat(number(text("#dashboardSchools"))).isEqualTo(200);
    }

    @Test
    void databaseFromANewerVersionIsRefusedOnScreen() throws Exception {
        TestSessions.prepare(app.folder(), false);
        try (Database db = TestDatabases.open(app.folder())) {
            db.dsl().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                    + "\"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (77, '77', 'future', 'SQL', 'V77__future.sql', 0, 'sa', 1, TRUE)");
            assertThat(db.dsl().fetchCount(SCHOOL)).isZero();
        }
        startApp();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !text("#signInMessage").isEmpty());
        assertThat(text("#signInMessage")).contains(Texts.of("db.error.tooNew", 77));
    }
}
