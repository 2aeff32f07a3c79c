// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.ImportAction;
import kz.schoolwatch.domain.ImportField;
import kz.schoolwatch.domain.ImportKind;
import kz.schoolwatch.domain.ImportMapping;
import kz.schoolwatch.domain.ImportOptions;
import kz.schoolwatch.domain.ImportProblem;
import kz.schoolwatch.domain.ImportRow;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.sheets.SheetProgress;
import kz.schoolwatch.sheets.SheetTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schools' planner alone: what a row becomes, what it keeps, and why it cannot be imported. */
class SchoolImportTest {

    @TempDir
    Path folder;

    private Database db;
    private SchoolImport planner;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        planner = new SchoolImport(new SchoolRepository(db), null, Messages.russian());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private KindImport.Plan plan(SheetTable table) {
        ImportMapping mapping = HeaderWords.propose(ImportKind.SCHOOLS, table.header());
        return db.read(dsl -> planner.plan(dsl, table, mapping, ImportOptions.DEFAULT, SheetProgress.NONE));
    }

    @Test
    void anUpdateKeepsWhatTheFileDoesNotGiveAndANewSchoolTakesTheFormsDefaults() {
        new TestRows(db).school(12, 2);
        db.dsl().update(SCHOOL).set(SCHOOL.PHONE, "+7 727 255 01 60").set(SCHOOL.TEACHING_LANGUAGE, "RUSSIAN").execute();
        SheetTable table = ImportServiceTest.table("a.csv", List.of("№ школы", "Наименование", "Район"), List.of(
                List.of("12", "Гимназия № 12", ""),
                List.of("40", "Школа № 40", "Медеуский")));

        KindImport.Plan plan = plan(table);
        db.write(cfg -> {
            plan.write().accept(cfg.dsl());
            return null;
        });

        assertThat(plan.rows()).extracting(ImportRow::action, ImportRow::changes).containsExactly(
                tuple(ImportAction.UPDATE, List.of(ImportField.SCHOOL_NAME.key())), tuple(ImportAction.NEW, List.of()));
        var twelve = db.dsl().fetchOne(SCHOOL, SCHOOL.SCHOOL_NUMBER.eq(12));
        assertThat(twelve.getName()).isEqualTo("Гимназия № 12");
        assertThat(twelve.getPhone()).isEqualTo("+7 727 255 01 60");
        assertThat(twelve.getTeachingLanguage()).isEqualTo("RUSSIAN");
        assertThat(twelve.getDistrictId()).isEqualTo(2);
        var forty = db.dsl().fetchOne(SCHOOL, SCHOOL.SCHOOL_NUMBER.eq(40));
        assertThat(forty.getSchoolType()).isEqualTo("GENERAL");
        assertThat(forty.getOwnership()).isEqualTo("STATE");
        assertThat(forty.getTeachingLanguage()).isEqualTo("KAZAKH_RUSSIAN");
    }

    @Test
    void theBuildingsEntrancesAndFloorsAreReadAndChecked() {
        SheetTable table = ImportServiceTest.table("e.csv", List.of("№ школы", "Наименование", "Район", "Входов", "Этажей"),
                List.of(List.of("60", "Школа № 60", "Медеуский", "3", "4"),
                        List.of("61", "Школа № 61", "Медеуский", "0", "31")));

        List<ImportRow> rows = plan(table).rows();

        assertThat(rows.get(0).action()).isEqualTo(ImportAction.NEW);
        assertThat(rows.get(1).problems()).containsExactlyInAnyOrder(ImportProblem.of("Входов", "validation.range", 1, 50),
                ImportProblem.of("Этажей", "validation.range", 1, 30));
    }

    @Test
    void everyProblemOfARowIsNamedWithItsColumn() {
        SheetTable table = ImportServiceTest.table("b.csv", List.of("№ школы", "Наименование", "Район", "Язык обучения", "Число учащихся"),
                List.of(List.of("50", "", "", "", ""),
                        List.of("51", "Школа № 51", "Медеуский", "клингонский", "-3"),
                        List.of("52", "Школа № 52", "Медеуский", "", "много"),
                        List.of("0", "Школа № 0", "Медеуский", "", "")));

        List<ImportRow> rows = plan(table).rows();

        assertThat(rows).extracting(ImportRow::action).containsOnly(ImportAction.ERROR);
        assertThat(rows.get(0).problems()).extracting(ImportProblem::column, ImportProblem::messageKey).containsExactlyInAnyOrder(
                tuple("Наименование", "validation.required"), tuple("Район", "validation.required"));
        assertThat(rows.get(1).problems()).containsExactly(ImportProblem.of("Язык обучения", "import.error.unknownValue", "клингонский"),
                ImportProblem.of("Число учащихся", "validation.notNegative"));
        assertThat(rows.get(2).problems()).containsExactly(ImportProblem.of("Число учащихся", "import.error.notNumber", "много"));
        assertThat(rows.get(3).problems()).containsExactly(ImportProblem.of("№ школы", "validation.range", 1, 99_999));
        assertThat(ImportServiceTest.table("c.csv", List.of("№ школы"), List.of()).rows()).isEmpty();
    }

    @Test
    void aShippedDistrictIsReadByItsKazakhOrEnglishName() {
        SheetTable table = ImportServiceTest.table("a.csv", List.of("№ школы", "Наименование", "Район"), List.of(
                List.of("41", "Школа № 41", "Әуезов ауданы"),
                List.of("42", "Школа № 42", "Almaly district"),
                List.of("43", "Школа № 43", "Түрксіб ауданы")));

        KindImport.Plan plan = plan(table);
        db.write(cfg -> {
            plan.write().accept(cfg.dsl());
            return null;
        });

        assertThat(plan.rows()).extracting(ImportRow::action).containsOnly(ImportAction.NEW);
        assertThat(db.dsl().select(SCHOOL.SCHOOL_NUMBER, kz.schoolwatch.persistence.jooq.Tables.DISTRICT.NAME).from(SCHOOL)
                .join(kz.schoolwatch.persistence.jooq.Tables.DISTRICT).on(kz.schoolwatch.persistence.jooq.Tables.DISTRICT.ID.eq(SCHOOL.DISTRICT_ID))
                .orderBy(SCHOOL.SCHOOL_NUMBER).fetch(r -> r.value2()))
                .containsExactly("Ауэзовский", "Алмалинский", "Турксибский");
    }
}
