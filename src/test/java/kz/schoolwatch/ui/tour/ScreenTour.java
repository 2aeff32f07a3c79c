// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.tour;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.imports.ImportFiles;
import kz.schoolwatch.ui.imports.ImportView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: a walk through every screen of every role at a laptop's 1366×768 (and at 1920×1080), saving a
 * picture of each into target/tour, so the screens can be looked at without a display. Run on purpose:
 * {@code mvn test -Dtest=ScreenTour -Dsurefire.excludedGroups= -Dgroups=tour -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("tour")
class ScreenTour {

    @RegisterExtension
    final RunningApp driver = RunningApp.notStarted().withDemoCity();

    @ParameterizedTest
    @CsvSource({"nachalnik,1366,768", "inspektor,1366,768", "admin,1366,768", "nachalnik,1920,1080"})
    void everyScreen(String login, int width, int height) throws Exception {
        walk(login, width, height, "");
    }

    /** The same walk in Kazakh and in English at the laptop's size: Kazakh words are longer. */
    @ParameterizedTest
    @CsvSource({"nachalnik,kk", "inspektor,kk", "admin,kk", "nachalnik,en", "inspektor,en", "admin,en"})
    void everyScreenInKazakhAndEnglish(String login, String language) throws Exception {
        walk(login, 1366, 768, language);
    }

    private void walk(String login, int width, int height, String language) throws Exception {
        FxRobot robot = driver.startAs(login);
        if (!language.isEmpty()) {
            robot.clickOn("#language" + Character.toUpperCase(language.charAt(0)) + language.substring(1));
            Thread.sleep(1500);
            login = language + "-" + login;
        }
        Stage stage = (Stage) robot.lookup("#navDashboard").query().getScene().getWindow();
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        Thread.sleep(3000);
        WaitForAsyncUtils.waitForFxEvents();
        List<ToggleButton> nav = robot.lookup(".nav-button").queryAllAs(ToggleButton.class).stream().toList();
        int i = 0;
        for (ToggleButton button : nav) {
            robot.clickOn(button);
            Thread.sleep(2500);
            WaitForAsyncUtils.waitForFxEvents();
            save(stage.getScene(), String.format("%s-%dx%d-%02d-%s", login, width, height, i++, button.getId()));
        }
        if (!login.endsWith("admin")) {
            robot.clickOn("#navSchools");
            Thread.sleep(1500);
            robot.doubleClickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
            Thread.sleep(2500);
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage && w instanceof Stage card) {
                    for (Node tab : robot.lookup(".tab").queryAll()) {
                        robot.clickOn(tab);
                        Thread.sleep(1200);
                        save(card.getScene(), String.format("%s-%dx%d-card-%02d", login, width, height, i++));
                    }
                }
            }
        }
    }

    /** «Импорт» with a file of schools read and previewed: the mapping, the rows with an error each, the counts. */
    @ParameterizedTest
    @CsvSource({"nachalnik,1366,768"})
    void importWithAPreview(String login, int width, int height) throws Exception {
        FxRobot robot = driver.startAs(login);
        Stage stage = (Stage) robot.lookup("#navDashboard").query().getScene().getWindow();
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        Path file = Files.createDirectories(Path.of("target", "tour")).resolve("школы-района.csv");
        Files.writeString(file, IMPORTED_SCHOOLS, java.nio.charset.StandardCharsets.UTF_8);
        robot.clickOn("#navImport");
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> !robot.lookup("#importView").queryAll().isEmpty());
        ImportView view = robot.lookup("#importView").queryAs(ImportView.class);
        robot.interact(() -> view.setFiles(new ImportFiles() {
            @Override
            public java.util.Optional<Path> source(Window owner) {
                return java.util.Optional.of(file);
            }

            @Override
            public java.util.Optional<Path> target(String suggestedName, Window owner) {
                return java.util.Optional.of(file.resolveSibling(suggestedName));
            }
        }));
        robot.clickOn("#importChooseFile");
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> !robot.lookup("#importTable").queryTableView().getItems().isEmpty());
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        save(stage.getScene(), String.format("%s-%dx%d-import-preview", login, width, height));
    }

    /** A district's list as it comes: known schools renamed, new ones, a misspelt district, a number that is not one. */
    private static final String IMPORTED_SCHOOLS = """
            № школы;Наименование;Район;Адрес;Директор;Телефон;Учащихся
            1;КГУ «Общеобразовательная школа №1»;Алмалинский;ул. Толе би, 120;Ахметова Г. К.;+7 727 292 11 01;1240
            2;КГУ «Школа-гимназия №2 имени Абая»;Алмалинский;пр. Абылай хана, 75;Садыков Е. М.;+7 727 292 11 02;1105
            3;КГУ «Общеобразовательная школа №3»;Алмалинскй;ул. Жамбыла, 44;Ким О. В.;+7 727 292 11 03;980
            4;КГУ «Школа-лицей №4»;Бостандыкский;ул. Тимирязева, 15;Омарова А. С.;+7 727 292 11 04;1410
            5;КГУ «Общеобразовательная школа №5»;Медеуский;ул. Пушкина, 8;Исин Б. Т.;+7 727 292 11 05;760
            2001;КГУ «Общеобразовательная школа №201»;Наурызбайский;мкр. Шугыла, 12;Жумабаев Н. К.;+7 727 292 12 01;1520
            2002;КГУ «Общеобразовательная школа №202»;Наурызбайский;мкр. Таусамалы, 3;Ли С. А.;+7 727 292 12 02;двенадцать
            2003;КГУ «Общеобразовательная школа №203»;Алатауский;мкр. Алгабас, 7;Сейткали Д. Ж.;+7 727 292 12 03;1330
            2004;КГУ «Общеобразовательная школа №204»;Алатауский;мкр. Акбулак, 21;Нуркенова Л. Б.;+7 727 292 12 04;-15
            6;КГУ «Общеобразовательная школа №6»;Ауэзовский;мкр. 8, 14;Белов П. Р.;+7 727 292 11 06;890
            7;КГУ «Общеобразовательная школа №7»;Жетысуский;ул. Кабдолова, 5;Тулеуова М. Е.;+7 727 292 11 07;1010
            8;КГУ «Общеобразовательная школа №8»;Турксибский;ул. Майлина, 31;Кравец И. Н.;+7 727 292 11 08;670
            """;

    private static void save(Scene scene, String name) throws Exception {
        Path dir = Path.of("target", "tour");
        Files.createDirectories(dir);
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = scene.snapshot(null)).get();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
