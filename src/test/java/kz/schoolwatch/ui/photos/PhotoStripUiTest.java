// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.photos;

import static kz.schoolwatch.ui.WorkDriver.onFx;
import static kz.schoolwatch.ui.WorkDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.Texts;
import kz.schoolwatch.domain.PhotoOwner;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.PhotoRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.photos.PhotoFixtures;
import kz.schoolwatch.service.photos.PhotoService;
import kz.schoolwatch.ui.AppRobot;
import kz.schoolwatch.ui.SceneFixture;
import kz.schoolwatch.ui.common.ExecutorTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A finding's photos in the strip: two files become two thumbnails, the viewer goes through them, a text file is refused. */
class PhotoStripUiTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 26).atTime(10, 0).atZone(ALMATY).toInstant(), ALMATY);

    @TempDir
    Path folder;
    @TempDir
    Path files;

    private final AppRobot robot = new AppRobot();
    private Stage stage;

    @AfterEach
    void hide() throws Exception {
        robot.interact(() -> viewer().ifPresent(Stage::close));
        if (stage != null) {
            SceneFixture.hide(stage);
        }
    }

    @Test
    void twoFilesBecomeThumbnailsTheViewerGoesThroughThemAndATextFileIsRefused() throws Exception {
        try (Database db = TestDatabases.open(folder); ExecutorTaskRunner tasks = new ExecutorTaskRunner(1)) {
            PhotoFixtures fixtures = new PhotoFixtures(db);
            PhotoOwner finding = PhotoOwner.finding(fixtures.finding(4));
            PhotoService service = new PhotoService(db, new PhotoRepository(db), new DataChanges(), CLOCK, TestDatabases.head());
            Path entrance = fixtures.jpeg(files.resolve("вход.jpg"), 1600, 1200);
            Path fence = fixtures.png(files.resolve("ограждение.png"), 600, 900);
            Path note = Files.writeString(files.resolve("записка.jpg"), "не фото", StandardCharsets.UTF_8);

            PhotoStrip[] strip = new PhotoStrip[1];
            stage = SceneFixture.show(() -> {
                strip[0] = new PhotoStrip(new PhotoServices(service, tasks, Messages.russian()));
                strip[0].show(finding);
                return new VBox(strip[0]);
            });
            waitUntil(10, () -> robot.lookup("#photoNone").tryQuery().isPresent());
            assertThat(label("#photoCount")).isEqualTo(Texts.of("photo.strip.count", 0, 10));

            robot.interact(() -> strip[0].addFiles(List.of(entrance, fence)));
            waitUntil(20, () -> thumbnails().size() == 2);
            assertThat(label("#photoCount")).isEqualTo(Texts.of("photo.strip.count", 2, 10));
            assertThat(problems()).isEmpty();
            robot.screenshot("#photoCount", "photo-strip");

            // The first photo, opened from the strip, fills the viewer with its name and date under the title.
            robot.clickOn(thumbnails().get(0));
            robot.clickOn("#photoOpen");
            waitUntil(10, () -> viewer().isPresent() && image() != null && image().getImage() != null);
            assertThat(label("#photoViewerCaption")).isEqualTo(Texts.of("photo.viewer.caption", "вход.jpg", "26.11.2026", 1600, 1200));
            assertThat(label("#photoViewerPosition")).isEqualTo(Texts.of("photo.viewer.position", 1, 2));
            assertThat(image().getImage().getWidth()).isEqualTo(1600);
            robot.screenshot("#photoViewerCaption", "photo-viewer");
            assertThatNodesLieInsideTheViewer("#photoViewerPrevious", "#photoViewerNext", "#photoViewerClose", "#photoViewerCaption");

            robot.clickOn("#photoViewerNext");
            waitUntil(10, () -> label("#photoViewerCaption").startsWith("ограждение.png") && image().getImage() != null);
            assertThat(label("#photoViewerPosition")).isEqualTo(Texts.of("photo.viewer.position", 2, 2));
            assertThat(image().getImage().getHeight()).isEqualTo(900);
            robot.type(KeyCode.RIGHT);
            assertThat(label("#photoViewerPosition")).isEqualTo(Texts.of("photo.viewer.position", 2, 2));
            robot.type(KeyCode.LEFT);
            waitUntil(10, () -> label("#photoViewerCaption").startsWith("вход.jpg"));

            robot.type(KeyCode.ESCAPE);
            waitUntil(10, () -> viewer().isEmpty());

            // A text file named .jpg is refused by its content, with its name; the photos stay as they were.
            robot.interact(() -> strip[0].addFiles(List.of(note)));
            waitUntil(20, () -> !problems().isEmpty());
            assertThat(problems()).containsExactly(Texts.of("photo.error.notImage", "записка.jpg"));
            assertThat(thumbnails()).hasSize(2);
            assertThat(service.list(finding)).hasSize(2);
            robot.screenshot("#photoCount", "photo-strip-refusal");
        }
    }

    @Test
    void aPhonePortraitStoredOnItsSideIsShownUpright() throws Exception {
        try (Database db = TestDatabases.open(folder); ExecutorTaskRunner tasks = new ExecutorTaskRunner(1)) {
            PhotoOwner finding = PhotoOwner.finding(new PhotoFixtures(db).finding(4));
            PhotoService service = new PhotoService(db, new PhotoRepository(db), new DataChanges(), CLOCK, TestDatabases.head());
            Path portrait = PhotoFixtures.jpegTurned(files.resolve("портрет.jpg"), 6);

            PhotoStrip[] strip = new PhotoStrip[1];
            stage = SceneFixture.show(() -> {
                strip[0] = new PhotoStrip(new PhotoServices(service, tasks, Messages.russian()));
                strip[0].show(finding);
                return new VBox(strip[0]);
            });
            robot.interact(() -> strip[0].addFiles(List.of(portrait)));
            waitUntil(20, () -> thumbnails().size() == 1);
            ImageView thumbnail = (ImageView) thumbnails().get(0).getGraphic();
            assertThat(thumbnail.getImage().getHeight()).isGreaterThan(thumbnail.getImage().getWidth());

            robot.interact(() -> strip[0].openViewer(0));
            waitUntil(10, () -> image() != null && image().getImage() != null);
            // Stored 400×200 lying on its side; shown a quarter turned clockwise, fitted with its sides swapped.
            assertThat(label("#photoViewerCaption")).isEqualTo(Texts.of("photo.viewer.caption", "портрет.jpg", "26.11.2026", 200, 400));
            robot.screenshot("#photoViewerCaption", "photo-viewer-portrait");
            assertThat(image().getRotate()).isEqualTo(90);
            // The view fits before it turns: the window's (wide) box goes in with its sides swapped.
            assertThat(image().getFitWidth()).isLessThan(image().getFitHeight());
            assertThat(image().getBoundsInParent().getHeight()).isGreaterThan(image().getBoundsInParent().getWidth());
        }
    }

    private List<ToggleButton> thumbnails() {
        return List.copyOf(robot.lookup(".photo-thumb").queryAllAs(ToggleButton.class));
    }

    /** The refusals under the strip (read once the strip is still: after a wait). */
    private List<String> problems() {
        return robot.lookup(".photo-problem").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private String label(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private ImageView image() {
        return robot.lookup("#photoViewerImage").tryQueryAs(ImageView.class).orElse(null);
    }

    private static Optional<Stage> viewer() {
        return Window.getWindows().stream().filter(PhotoViewer.class::isInstance).map(Stage.class::cast)
                .filter(Stage::isShowing).findFirst();
    }

    /** At the viewer's own size (it never opens larger than 1100×700), the caption and buttons are all in sight. */
    private void assertThatNodesLieInsideTheViewer(String... ids) throws Exception {
        Stage shown = viewer().orElseThrow();
        assertThat(shown.getWidth()).isLessThanOrEqualTo(1366);
        assertThat(shown.getHeight()).isLessThanOrEqualTo(768);
        for (String id : ids) {
            Node node = robot.lookup(id).query();
            assertThat(onFx(() -> {
                Bounds b = node.localToScene(node.getBoundsInLocal());
                return node.isVisible() && b.getMinX() >= 0 && b.getMinY() >= 0
                        && b.getMaxX() <= shown.getScene().getWidth() && b.getMaxY() <= shown.getScene().getHeight();
            })).as("%s inside the viewer", id).isTrue();
        }
    }
}
