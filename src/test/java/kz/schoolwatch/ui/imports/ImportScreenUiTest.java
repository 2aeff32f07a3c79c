// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.domain.ImportAction;
import kz.schoolwatch.domain.ImportRow;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.WorkDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A head of unit opens «Импорт», picks the kind and a file, finds the columns proposed and the rows previewed with
 * an error in Russian, corrects the mapping, imports after confirming and saves the rows in error.
 */
class ImportScreenUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.signedInAs(TestSessions.HEAD);

    @TempDir
    Path files;

    /** The names the save dialog was asked to suggest. */
    private final List<String> suggested = new CopyOnWriteArrayList<>();

    private ImportView openScreen(Path source) throws Exception {
        app.await(() -> app.exists("#navImport"));
        app.clickOn("#navImport");
        app.await(() -> app.exists("#importView"));
        ImportView view = app.lookup("#importView").queryAs(ImportView.class);
        app.interact(() -> view.setFiles(new ImportFiles() {
            @Override
            public Optional<Path> source(Window owner) {
                return Optional.of(source);
            }

            @Override
            public Optional<Path> target(String suggestedName, Window owner) {
                suggested.add(suggestedName);
                return Optional.of(files.resolve(suggestedName));
            }
        }));
        return view;
    }

    private TableView<ImportRow> table() {
        return app.lookup("#importTable").queryAs(TableView.class);
    }

    /** Clicks {@code text} in the open list: the other fields' combos show «— не загружать —» too. */
    private void choose(String text) throws Exception {
        app.await(() -> app.exists(".combo-box-popup .list-cell"));
        app.clickOn(app.lookup(".combo-box-popup .list-cell").match(org.testfx.util.NodeQueryUtils.isVisible())
                .match((javafx.scene.control.Labeled l) -> text.equals(l.getText())).queryAs(javafx.scene.Node.class));
    }

    private int schools() throws Exception {
        try (Connection c = app.jdbc()) {
            return WorkDriver.count(c, "SELECT COUNT(*) FROM school");
        }
    }

    @Test
    void aHeadPreviewsCorrectsImportsAndSavesTheRowsInError() throws Exception {
        Path source = Files.writeString(files.resolve("школы.csv"), ImportViewModelTest.SCHOOLS_CSV, StandardCharsets.UTF_8);
        openScreen(source);
        assertThat(app.text("#importPlaceholder")).isEqualTo(Texts.of("import.screen.placeholder.noFile"));
        assertThat(app.lookup("#importWrite").query().isDisabled()).isTrue();

        // The kind, as a user picks it from the list.
        app.clickOn("#importKind");
        app.chooseInList(Texts.of("import.screen.kind.cameras"));
        app.await(() -> app.exists("#importMap-CAMERA_SCHOOL_NUMBER"));
        assertThat(app.lookup("#importRemoveMissing").query().isVisible()).isTrue();
        app.clickOn("#importKind");
        app.chooseInList(Texts.of("import.screen.kind.schools"));
        app.await(() -> app.exists("#importMap-SCHOOL_NUMBER"));
        assertThat(app.lookup("#importRemoveMissing").query().isVisible()).isFalse();

        app.clickOn("#importChooseFile");
        app.await(() -> table().getItems().size() == 3);
        assertThat(app.text("#importFileName")).isEqualTo("школы.csv");
        // The columns proposed from the header, each shown with a value it holds.
        ComboBox<ColumnChoice> number = app.lookup("#importMap-SCHOOL_NUMBER").queryComboBox();
        assertThat(number.getValue().header()).isEqualTo("№ школы");
        assertThat(number.getConverter().toString(number.getValue())).isEqualTo("№ школы · 101");
        ComboBox<ColumnChoice> district = app.lookup("#importMap-SCHOOL_DISTRICT").queryComboBox();
        assertThat(district.getValue().header()).isEqualTo("Район");
        assertThat(app.lookup("#importMissing-SCHOOL_NUMBER").query().isVisible()).isFalse();

        // Every row with what it will do; the misspelt district in Russian, with its column.
        assertThat(table().getItems()).extracting(ImportRow::action)
                .containsExactly(ImportAction.NEW, ImportAction.ERROR, ImportAction.NEW);
        assertThat(app.text("#importCounts")).isEqualTo("Новых: 2 · изменений: 0 · без изменений: 0 · с ошибками: 1");
        assertThat(app.from(app.lookup("#importTable").queryAs(javafx.scene.Node.class)).lookup((javafx.scene.text.Text t) ->
                t.getText() != null && t.getText().startsWith("столбец „Район“: ")).queryAll()).hasSize(1);
        app.clickOn("#importFilter-error");
        app.await(() -> table().getItems().size() == 1);
        app.clickOn("#importFilter-all");
        app.await(() -> table().getItems().size() == 3);

        // The number left out: marked in red, nothing to import until it is chosen again.
        app.clickOn("#importMap-SCHOOL_NUMBER");
        choose(Texts.of("import.screen.column.none"));
        app.await(() -> app.lookup("#importMissing-SCHOOL_NUMBER").query().isVisible());
        assertThat(app.lookup("#importWrite").query().isDisabled()).isTrue();
        assertThat(table().getItems()).isEmpty();
        app.clickOn("#importMap-SCHOOL_NUMBER");
        choose("№ школы · 101");
        app.await(() -> table().getItems().size() == 3 && !app.lookup("#importWrite").query().isDisabled());

        assertThat(schools()).isZero();
        app.clickOn("#importWrite");
        app.await(() -> app.exists("#confirmYes"));
        assertThat(app.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("новых — 2").contains("Строки с ошибками (1) будут пропущены");
        app.clickOn("#confirmYes");
        app.await(() -> app.text("#importStatus").equals(Texts.of("import.screen.written", "школы.csv", 2, 0, 1)));
        assertThat(schools()).isEqualTo(2);
        // The table shows what is stored now: the same file would change nothing.
        app.await(() -> table().getItems().stream().filter(r -> r.action() == ImportAction.UNCHANGED).count() == 2);
        assertThat(app.lookup("#importWrite").query().isDisabled()).isTrue();

        app.clickOn("#importSaveErrors");
        Path errors = files.resolve("школы — ошибки.csv");
        app.await(() -> Files.exists(errors) && app.text("#importStatus").contains("ошибки.csv"));
        assertThat(suggested).containsExactly("школы — ошибки.csv");
        assertThat(Files.readString(errors, StandardCharsets.UTF_8)).contains("Алмалинскй");
        assertThat(schools()).isEqualTo(2);
    }

    @Test
    void aFileThatIsNoSpreadsheetIsSaidSoOnTheScreen() throws Exception {
        Path picture = Files.write(files.resolve("фото.xlsx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0});
        openScreen(picture);
        app.clickOn("#importChooseFile");
        app.await(() -> app.text("#importError").equals(Texts.of("import.file.notSpreadsheet")));
        assertThat(app.text("#importFileName")).isEqualTo("фото.xlsx");
        assertThat(table().getItems()).isEmpty();
        assertThat(app.lookup("#importWrite").query().isDisabled()).isTrue();
        // The template still downloads, named for the kind.
        app.clickOn("#importTemplate");
        app.await(() -> app.text("#importStatus").startsWith(Texts.prefix("import.screen.templateSaved")));
        assertThat(suggested).containsExactly(Texts.of("import.screen.templateFile", "школы"));
        assertThat(files.resolve(suggested.get(0))).isNotEmptyFile();
    }
}
