// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.app.AppContext;
import kz.schoolwatch.domain.ImportAction;
import kz.schoolwatch.domain.ImportField;
import kz.schoolwatch.domain.ImportKind;
import kz.schoolwatch.domain.ImportRow;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.security.SignedIn;
import kz.schoolwatch.ui.common.InStepTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import screen's model on a real database and the real import service, its background steps in step: a file
 * read, its columns proposed, its rows previewed with their errors in Russian, written once, and written again
 * changing nothing; a bad file, a key field left out, a cancel and the files it saves.
 */
class ImportViewModelTest {

    /** Three schools: a new one, one whose district is misspelt, and №125 under a new name. */
    static final String SCHOOLS_CSV = """
            № школы;Наименование;Район
            101;КГУ «Общеобразовательная школа №101»;Алмалинский
            102;КГУ «Общеобразовательная школа №102»;Алмалинскй
            125;КГУ «Школа-лицей №125»;Алатауский
            """;

    private static final Messages RU = Messages.russian();

    @TempDir
    Path folder;
    @TempDir
    Path files;

    private Database db;
    private AppContext context;
    private final InStepTaskRunner tasks = new InStepTaskRunner();
    private ImportViewModel model;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        new TestRows(db).school(125, 1);
        context = new AppContext(new SignedIn(db, TestDatabases.key(folder), TestDatabases.account(Role.HEAD, null, null)),
                RU, Clock.systemDefaultZone());
        model = new ImportViewModel(context.imports(), tasks, RU);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(files.resolve(name), text, StandardCharsets.UTF_8);
    }

    private int schools() {
        return new TestRows(db).count("school");
    }

    private ImportRow row(int number) {
        return model.previewProperty().get().rows().stream().filter(r -> r.rowNumber() == number).findFirst().orElseThrow();
    }

    @Test
    void aFileIsReadMappedPreviewedAndWrittenOnceThenChangesNothing() throws Exception {
        assertThat(model.kinds()).containsExactly(ImportKind.SCHOOLS, ImportKind.CAMERAS, ImportKind.OFFICERS);
        model.open(file("школы.csv", SCHOOLS_CSV));

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.columns()).extracting(ColumnChoice::header).containsExactly("", "№ школы", "Наименование", "Район");
        assertThat(model.columns().get(1).sample()).isEqualTo("101");
        assertThat(model.mappingProperty().get().column(ImportField.SCHOOL_NUMBER)).contains(0);
        assertThat(model.mappingProperty().get().column(ImportField.SCHOOL_NAME)).contains(1);
        assertThat(model.mappingProperty().get().column(ImportField.SCHOOL_DISTRICT)).contains(2);
        assertThat(model.missing()).isEmpty();

        assertThat(row(2).action()).isEqualTo(ImportAction.NEW);
        assertThat(row(3).action()).isEqualTo(ImportAction.ERROR);
        assertThat(row(4).action()).isEqualTo(ImportAction.UPDATE);
        // The reason in Russian with its column, as the preview's «Ошибка» shows it.
        String error = model.texts().problems(row(3));
        assertThat(error).startsWith("столбец „Район“: ").contains("Алмалинскй").doesNotContain("!");
        assertThat(model.texts().changes(row(4))).contains(RU.get(ImportField.SCHOOL_NAME.key()));
        assertThat(model.countsProperty().get()).isEqualTo("Новых: 1 · изменений: 1 · без изменений: 0 · с ошибками: 1");
        assertThat(model.canWriteProperty().get()).isTrue();
        assertThat(model.hasErrorsProperty().get()).isTrue();
        assertThat(model.texts().confirmation(ImportKind.SCHOOLS, "школы.csv", model.previewProperty().get().counts()))
                .contains("новых — 1, изменений — 1").contains("Строки с ошибками (1) будут пропущены");

        model.filterProperty().set(ImportAction.ERROR);
        assertThat(model.rows()).extracting(ImportRow::rowNumber).containsExactly(3);
        model.filterProperty().set(null);
        assertThat(model.rows()).hasSize(3);

        model.importRows();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo(RU.get("import.screen.written", "школы.csv", 1, 1, 1));
        assertThat(schools()).isEqualTo(2);
        // Previewed again after writing: the same file now changes nothing.
        assertThat(model.countsProperty().get()).isEqualTo("Новых: 0 · изменений: 0 · без изменений: 2 · с ошибками: 1");
        assertThat(model.canWriteProperty().get()).isFalse();
        model.importRows();
        assertThat(schools()).isEqualTo(2);
    }

    @Test
    void aKeyFieldLeftOutStopsThePreviewUntilItIsChosenAgain() throws Exception {
        model.open(file("школы.csv", SCHOOLS_CSV));
        model.map(ImportField.SCHOOL_NUMBER, null);
        assertThat(model.missing()).containsExactly(ImportField.SCHOOL_NUMBER);
        assertThat(model.previewProperty().get()).isNull();
        assertThat(model.rows()).isEmpty();
        assertThat(model.canWriteProperty().get()).isFalse();

        model.map(ImportField.SCHOOL_NUMBER, 0);
        assertThat(model.missing()).isEmpty();
        assertThat(model.previewProperty().get().counts().created()).isEqualTo(1);
        // The district no longer read: the preview follows the mapping.
        model.map(ImportField.SCHOOL_DISTRICT, null);
        assertThat(model.previewProperty().get().mapping().has(ImportField.SCHOOL_DISTRICT)).isFalse();
        // The misspelt district is no longer read; a new school without a district is an error of its own.
        assertThat(model.texts().problems(row(3))).doesNotContain("Алмалинскй");
    }

    @Test
    void aFileThatIsNoSpreadsheetIsSaidSoAndNothingIsWritten() throws Exception {
        Path picture = files.resolve("фото.xlsx");
        Files.write(picture, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 1, 2, 3});
        model.open(picture);
        assertThat(model.errorProperty().get()).isEqualTo(RU.get("import.file.notSpreadsheet")).doesNotContain("!");
        assertThat(model.tableProperty().get()).isNull();
        assertThat(model.previewProperty().get()).isNull();
        assertThat(model.canWriteProperty().get()).isFalse();
        assertThat(model.fileProperty().get()).isEqualTo(picture);
        assertThat(schools()).isEqualTo(1);

        // A good file afterwards reads as if nothing had happened.
        model.open(file("школы.csv", SCHOOLS_CSV));
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.previewProperty().get()).isNotNull();
    }

    @Test
    void aCancelledReadKeepsWhatWasShownAndSaysNothingWasWritten() throws Exception {
        model.open(file("школы.csv", SCHOOLS_CSV));
        tasks.cancelNext();
        model.open(file("другие.csv", SCHOOLS_CSV));
        assertThat(model.statusProperty().get()).isEqualTo(RU.get("import.screen.cancelled"));
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.previewProperty().get().table().fileName()).isEqualTo("школы.csv");
    }

    @Test
    void theRowsInErrorAndTheTemplateAreSaved() throws Exception {
        model.open(file("школы.csv", SCHOOLS_CSV));
        Path errors = files.resolve(model.texts().errorRowsName("школы.csv"));
        assertThat(errors.getFileName().toString()).isEqualTo("школы — ошибки.csv");
        model.saveErrorRows(errors);
        assertThat(errors).exists();
        assertThat(Files.readString(errors, StandardCharsets.UTF_8)).contains("102").contains("Ошибка").doesNotContain("101;");
        assertThat(model.statusProperty().get()).isEqualTo(RU.get("import.screen.errorRowsSaved", 1, errors.getFileName()));

        model.chooseKind(ImportKind.CAMERAS);
        Path template = files.resolve(model.texts().templateName(ImportKind.CAMERAS));
        model.saveTemplate(template);
        assertThat(template).isNotEmptyFile();
        assertThat(model.statusProperty().get()).isEqualTo(RU.get("import.screen.templateSaved", template.getFileName()));
    }

    @Test
    void camerasAsCountsPreviewAgainWhenMissingOnesAreToBeRemoved() throws Exception {
        model.open(file("школы.csv", SCHOOLS_CSV));
        model.chooseKind(ImportKind.CAMERAS);
        // The file is read again for cameras: its header names no camera field but the school's number.
        assertThat(model.fields()).first().isEqualTo(ImportField.CAMERA_SCHOOL_NUMBER);
        model.open(file("камеры.csv", """
                № школы;Камеры наружные;Камеры внутренние
                125;2;1
                """));
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.mappingProperty().get().camerasAsCounts()).isTrue();
        assertThat(model.previewProperty().get().options().removeMissingCameras()).isFalse();
        assertThat(model.previewProperty().get().counts().camerasAdded()).isEqualTo(3);
        assertThat(model.countsProperty().get()).endsWith("камер добавится: 3 · будет снято: 0");

        model.removeMissingProperty().set(true);
        assertThat(model.previewProperty().get().options().removeMissingCameras()).isTrue();
        model.importRows();
        assertThat(new TestRows(db).count("camera")).isEqualTo(3);
    }

    /** A workbook as LibreOffice saved it, notes first: the sheet with the header is found and offered among the others. */
    @Test
    void theSheetWithTheHeaderIsFoundAndTheOthersOffered() throws Exception {
        Path workbook = files.resolve("schools.xlsx");
        try (var in = getClass().getResourceAsStream("/fixtures/import/schools.xlsx")) {
            Files.copy(in, workbook);
        }
        model.open(workbook);
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.sheets()).containsExactly("Примечания", "Школы");
        assertThat(model.sheetProperty().get()).isEqualTo("Школы");
        assertThat(model.mappingProperty().get().has(ImportField.SCHOOL_NUMBER)).isTrue();
        assertThat(model.previewProperty().get().rows()).isNotEmpty();

        // The notes chosen by hand: said in Russian, then the table's sheet reads again.
        model.chooseSheet("Примечания");
        assertThat(model.previewProperty().get() == null || model.previewProperty().get().table().sheetName().equals("Примечания")).isTrue();
        assertThat(model.errorProperty().get()).doesNotContain("!");
        model.chooseSheet("Школы");
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.previewProperty().get().table().sheetName()).isEqualTo("Школы");
    }
}
