// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.Texts;
import kz.schoolwatch.domain.ComplianceStatus;
import kz.schoolwatch.domain.ItemCompliance;
import kz.schoolwatch.domain.RequirementRule;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.ui.AppRobot;
import kz.schoolwatch.ui.SceneFixture;
import kz.schoolwatch.ui.WorkDriver;
import kz.schoolwatch.ui.common.ExecutorTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Issue 21: a school's card says which requirement it misses and why («нет камеры у входа №2»), sees the gap close
 * when the camera is added, and shows an earlier day as it was; the Schools list's filter «Есть нарушения» keeps
 * only the schools with gaps. Pictures of both at 1366×768 go to target/screens.
 */
@SuppressWarnings("unchecked")
class SchoolComplianceUiTest {

    private static final String STYLES = SchoolComplianceUiTest.class.getResource("/kz/schoolwatch/ui/app.css").toExternalForm();

    @TempDir
    Path folder;

    private final AppRobot robot = new AppRobot();
    private Database db;
    private ExecutorTaskRunner tasks;
    private ComplianceFixture fixture;
    private Stage stage;
    private SchoolCardWindow card;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        tasks = new ExecutorTaskRunner(1);
        fixture = new ComplianceFixture(db);
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @AfterEach
    void close() throws Exception {
        if (card != null) {
            robot.interact(card::close);
        }
        if (stage != null) {
            SceneFixture.hide(stage);
        }
        tasks.close();
        db.close();
    }

    private void openCard(long school, Messages messages) {
        robot.interact(() -> {
            card = new SchoolCardWindow(fixture.cardServices(tasks, messages), null, school);
            card.getScene().getStylesheets().add(STYLES);
            card.setWidth(1366);
            card.setHeight(768);
            card.show();
            TabPane tabs = (TabPane) card.getScene().lookup("#schoolCardTabs");
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "tabCompliance".equals(t.getId())).findFirst().orElseThrow());
        });
    }

    private TableView<ItemCompliance> table() {
        return (TableView<ItemCompliance>) card.getScene().lookup("#schoolComplianceTable");
    }

    private ComplianceStatus entrances() {
        return table().getItems().stream().filter(i -> i.item().rule() == RequirementRule.CAMERA_AT_EVERY_ENTRANCE)
                .map(ItemCompliance::status).findFirst().orElse(null);
    }

    /** A picture of {@code scene} in target/screens, to look at; never fails the test. */
    private void snapshot(Scene scene, String name) {
        robot.interact(() -> {
            try {
                Path dir = Path.of("target", "screens");
                java.nio.file.Files.createDirectories(dir);
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png",
                        dir.resolve(name + ".png").toFile());
            } catch (java.io.IOException e) {
                // Pictures help a developer look; they never fail a test.
            }
        });
    }

    /** Whether a cell of the card's table shows {@code text}. */
    private boolean cellShows(String text) {
        return card.getScene().getRoot().lookupAll(".table-cell").stream()
                .anyMatch(n -> n instanceof Labeled l && text.equals(l.getText()));
    }

    @Test
    void theCardNamesTheMissingEntranceCameraSeesItAddedAndShowsAnEarlierDayAsItWas() throws Exception {
        long school = fixture.schoolWithGap(150, 2);
        openCard(school, Messages.russian());
        String missing = Texts.of("compliance.reason.noEntranceCamera", 2);
        WorkDriver.waitUntil(20, () -> entrances() == ComplianceStatus.NOT_MET && cellShows(missing));
        String overall = ((Labeled) card.getScene().lookup("#schoolComplianceOverall")).getText();
        assertThat(overall).isEqualTo(Texts.of("compliance.status.not_met"));
        assertThat(((Labeled) card.getScene().lookup("#schoolComplianceSet")).getText()).contains("06.05.2021");
        snapshot(card.getScene(), "school-compliance-ru");

        // The camera at the second entrance is added (as the cameras tab saves it): the card judges again.
        fixture.addSecondEntranceCamera(school);
        WorkDriver.waitUntil(20, () -> entrances() == ComplianceStatus.MET && !cellShows(missing));
        WorkDriver.waitUntil(10, () -> Texts.of("compliance.status.met").equals(
                ((Labeled) card.getScene().lookup("#schoolComplianceOverall")).getText()));

        // The day before it went up: the gap was there.
        DatePicker day = (DatePicker) card.getScene().lookup("#schoolComplianceDate");
        LocalDate before = ComplianceFixture.SECOND_CAMERA_DAY.minusDays(1);
        robot.interact(() -> day.setValue(before));
        WorkDriver.waitUntil(20, () -> entrances() == ComplianceStatus.NOT_MET && cellShows(missing));
        assertThat(table().getItems().get(0).item().position()).isEqualTo(1);
    }

    @Test
    void theCardReadsInKazakh() throws Exception {
        long school = fixture.schoolWithGap(150, 2);
        Messages kazakh = Messages.of(kz.schoolwatch.i18n.Language.KAZAKH);
        openCard(school, kazakh);
        WorkDriver.waitUntil(20, () -> entrances() == ComplianceStatus.NOT_MET
                && cellShows(kazakh.get("compliance.reason.noEntranceCamera", 2)));
        TabPane tabs = (TabPane) card.getScene().lookup("#schoolCardTabs");
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo(kazakh.get("school.tab.compliance"));
        snapshot(card.getScene(), "school-compliance-kk");
    }

    @Test
    void theSchoolsListShowsOnlyTheSchoolsWithGapsWhenAskedTo() throws Exception {
        long gap = fixture.schoolWithGap(150, 2);
        long met = fixture.compliantSchool(151, 2);
        long bare = fixture.bareSchool(152, 3);
        Messages messages = Messages.russian();
        SchoolsViewModel model = new SchoolsViewModel(fixture.schools, new SettingsService(new SettingsRepository(db), fixture.changes,
                TestDatabases.head()), tasks, ComplianceFixture.CLOCK, fixture.compliance);
        stage = SceneFixture.show(() -> new SchoolsView(model, messages, id -> { }, () -> { }));
        robot.interact(() -> {
            Scene scene = stage.getScene();
            scene.getStylesheets().add(STYLES);
            stage.setWidth(1366);
            stage.setHeight(768);
            model.load();
        });
        TableView<SchoolRow> table = robot.lookup("#schoolsTable").queryTableView();
        WorkDriver.waitUntil(20, () -> table.getItems().size() == 3 && model.complianceProperty().get().of(gap) != null);
        WorkDriver.waitUntil(10, () -> robot.lookup("#schoolsTable .table-cell").queryAll().stream()
                .anyMatch(n -> n instanceof Labeled l && Texts.of("schools.compliance.short.met").equals(l.getText())));
        snapshot(stage.getScene(), "schools-compliance-ru");

        ComboBox<SchoolsCompliance.Filter> filter = robot.lookup("#schoolsComplianceFilter").queryComboBox();
        robot.clickOn(filter);
        robot.clickOn(Texts.of("schools.complianceFilter.not_met"));
        WorkDriver.waitUntil(10, () -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(SchoolRow::id).containsExactlyInAnyOrder(gap, bare).doesNotContain(met);
        assertThat(robot.lookup("#schoolsFilterText").queryLabeled().getText()).isEqualTo(Texts.of("schools.filter.banner",
                Texts.of("schools.filter.banner.compliance", Texts.of("schools.complianceFilter.not_met"))));
        List<Node> marks = List.copyOf(robot.lookup("#schoolsTable .table-cell").queryAll());
        assertThat(marks.stream().filter(n -> n instanceof Labeled l && Texts.of("schools.compliance.short.met").equals(l.getText()))).isEmpty();
    }
}
