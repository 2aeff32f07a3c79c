// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import static kz.schoolwatch.persistence.jooq.Tables.AUDIT_ENTRY;
import static kz.schoolwatch.persistence.jooq.Tables.OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.lower;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import kz.schoolwatch.EngineCases;
import kz.schoolwatch.EngineDatabases;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.ImportAction;
import kz.schoolwatch.domain.ImportKind;
import kz.schoolwatch.domain.ImportMapping;
import kz.schoolwatch.domain.ImportOptions;
import kz.schoolwatch.domain.ImportProblem;
import kz.schoolwatch.domain.ImportRow;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.OfficerRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.AccessDeniedException;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.SaveFailedException;
import kz.schoolwatch.sheets.Cell;
import kz.schoolwatch.sheets.SheetCancelledException;
import kz.schoolwatch.sheets.SheetProgress;
import kz.schoolwatch.sheets.SheetReader;
import kz.schoolwatch.sheets.SheetRow;
import kz.schoolwatch.sheets.SheetTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import of schools and officers, on both engines: preview, one audited write, the same file twice, failures. */
class ImportServiceTest {

    @Nested
    class OnH2 extends Cases {
        OnH2() {
            super(Engine.H2);
        }
    }

    @Nested
    class OnPostgreSql extends Cases {
        OnPostgreSql() {
            super(Engine.POSTGRESQL);
        }
    }

    static final List<String> SCHOOL_HEADER = List.of("№ п/п", "№ школы", "Наименование", "Район", "Тип", "Адрес", "Число учащихся");

    static SheetTable table(String file, List<String> header, List<List<String>> rows) {
        List<SheetRow> out = new ArrayList<>();
        int n = 2;
        for (List<String> r : rows) {
            out.add(new SheetRow(n++, r.stream().map(Cell::text).toList()));
        }
        return new SheetTable(file, "Лист1", 1, header, out);
    }

    static SheetTable schools(String file, List<List<String>> rows) {
        return table(file, SCHOOL_HEADER, rows);
    }

    abstract static class Cases extends EngineCases {

        Cases(Engine engine) {
            super(engine);
        }

        @TempDir
        Path folder;

        Database db;
        TestRows rows;
        final List<DataChanges.Topic> published = new ArrayList<>();

        @BeforeEach
        void open() throws Exception {
            db = databases.open(engine, folder);
            rows = new TestRows(db);
        }

        ImportService service(Access access) {
            DataChanges changes = new DataChanges();
            changes.subscribe(published::add);
            return new ImportService(db, new SchoolRepository(db), new OfficerRepository(db),
                    new SettingsRepository(db), changes, Clock.systemDefaultZone(), access, Messages.russian());
        }

        ImportService admin() {
            return service(TestDatabases.admin());
        }

        ImportPreview preview(ImportService imports, SheetTable table, ImportKind kind) {
            return imports.preview(table, imports.propose(kind, table.header()), ImportOptions.DEFAULT, SheetProgress.NONE);
        }

        int importEntries() {
            return db.dsl().fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("IMPORT"));
        }

        @Test
        void schoolsAreCreatedUpdatedAndLeftAloneAndTheSameFileTwiceChangesNothing() {
            rows.school(12, 2);
            SheetTable table = schools("schools.xlsx", List.of(
                    List.of("1", "12", "КГУ «Общеобразовательная школа №12»", "Алмалинский", "", "ул. Абая, 1", "900"),
                    List.of("2", "175", "Школа-гимназия № 175", "Алмалинский район", "Школа-гимназия", "", "1 250"),
                    List.of("3", "176", "Лицей № 176", "Алмалинскй", "Лицей", "", "")));
            ImportService imports = admin();

            ImportPreview preview = preview(imports, table, ImportKind.SCHOOLS);

            assertThat(preview.rows()).extracting(ImportRow::action)
                    .containsExactly(ImportAction.UPDATE, ImportAction.NEW, ImportAction.ERROR);
            assertThat(preview.rows().get(0).changes()).containsExactly("import.field.schoolAddress", "import.field.schoolPupils");
            assertThat(preview.rows().get(2).problems()).containsExactly(
                    ImportProblem.of("Район", "import.error.unknownDistrictSuggest", "Алмалинскй", "Алмалинский"));
            assertThat(imports.describe(preview.rows().get(2).problems().get(0)))
                    .isEqualTo("«Район»: Неизвестный район «Алмалинскй» — возможно, «Алмалинский»?");
            assertThat(rows.count("school")).isEqualTo(1);

            ImportResult result = imports.write(preview, SheetProgress.NONE);

            assertThat(result.counts().created()).isEqualTo(1);
            assertThat(result.counts().updated()).isEqualTo(1);
            assertThat(result.counts().errors()).isEqualTo(1);
            assertThat(rows.count("school")).isEqualTo(2);
            assertThat(db.dsl().fetchOne(SCHOOL, SCHOOL.SCHOOL_NUMBER.eq(175)).getPupils()).isEqualTo(1250);
            assertThat(db.dsl().fetchOne(SCHOOL, SCHOOL.SCHOOL_NUMBER.eq(175)).getSchoolType()).isEqualTo("SCHOOL_GYMNASIUM");
            assertThat(db.dsl().fetchOne(SCHOOL, SCHOOL.SCHOOL_NUMBER.eq(12)).getAddress()).isEqualTo("ул. Абая, 1");
            assertThat(published).containsExactly(DataChanges.Topic.SCHOOLS);
            var entry = db.dsl().fetchOne(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("IMPORT"));
            assertThat(entry.getSubject()).isEqualTo("import");
            assertThat(entry.getSubjectKey()).isEqualTo("schools.xlsx");
            assertThat(entry.getDetail()).contains("created 1", "updated 1", "unchanged 0", "errors 1");
            assertThat(db.dsl().fetchCount(AUDIT_ENTRY, lower(AUDIT_ENTRY.SUBJECT).eq("school")
                    .and(AUDIT_ENTRY.ACTION.in("CREATE", "UPDATE")))).isGreaterThanOrEqualTo(2);
            int trail = db.dsl().fetchCount(AUDIT_ENTRY);

            ImportPreview again = preview(imports, table, ImportKind.SCHOOLS);
            assertThat(again.rows()).extracting(ImportRow::action)
                    .containsExactly(ImportAction.UNCHANGED, ImportAction.UNCHANGED, ImportAction.ERROR);
            ImportResult second = imports.write(again, SheetProgress.NONE);

            assertThat(second.counts().changing()).isZero();
            // Only the import's own entry: no row was written.
            assertThat(db.dsl().fetchCount(AUDIT_ENTRY)).isEqualTo(trail + 1);
            assertThat(importEntries()).isEqualTo(2);
        }

        @Test
        void camerasAsCountsAreWrittenOnceAndTheSameFileTwiceChangesNothing() {
            rows.school(12, 2);
            SheetTable table = table("cameras.xlsx", List.of("Школа", "Камеры наружные", "Камеры внутренние"),
                    List.of(List.of("12", "3", "2"), List.of("13", "1", "1")));
            ImportService imports = admin();

            ImportPreview preview = preview(imports, table, ImportKind.CAMERAS);
            assertThat(preview.rows()).extracting(ImportRow::action).containsExactly(ImportAction.NEW, ImportAction.ERROR);
            ImportResult result = imports.write(preview, SheetProgress.NONE);

            assertThat(result.counts().camerasAdded()).isEqualTo(5);
            assertThat(rows.count("camera")).isEqualTo(5);
            assertThat(db.dsl().fetchOne(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("IMPORT")).getDetail()).contains("cameras added 5");
            assertThat(published).containsExactly(DataChanges.Topic.CAMERAS);
            ImportPreview again = preview(imports, table, ImportKind.CAMERAS);
            assertThat(again.counts().changing()).isZero();
            imports.write(again, SheetProgress.NONE);
            assertThat(rows.count("camera")).isEqualTo(5);
        }

        @Test
        void aRowTheDatabaseRefusesMidwayLeavesNothingWritten() throws Exception {
            try (Connection c = EngineDatabases.connect(db)) {
                c.createStatement().execute("ALTER TABLE school ADD CONSTRAINT test_no_13 CHECK (school_number <> 13)");
            }
            SheetTable table = schools("bad.csv", List.of(
                    List.of("1", "11", "Школа № 11", "Алмалинский", "", "", ""),
                    List.of("2", "13", "Школа № 13", "Алмалинский", "", "", ""),
                    List.of("3", "14", "Школа № 14", "Алмалинский", "", "", "")));
            ImportService imports = admin();
            ImportPreview preview = preview(imports, table, ImportKind.SCHOOLS);
            assertThat(preview.counts().created()).isEqualTo(3);

            assertThatThrownBy(() -> imports.write(preview, SheetProgress.NONE)).isInstanceOf(SaveFailedException.class);

            assertThat(rows.count("school")).isZero();
            assertThat(importEntries()).isZero();
            assertThat(published).isEmpty();
        }

        @Test
        void aCancelWhileWritingRollsEverythingBack() {
            List<List<String>> lines = new ArrayList<>();
            for (int i = 1; i <= 20; i++) {
                lines.add(List.of(Integer.toString(i), Integer.toString(100 + i), "Школа № " + (100 + i), "Медеуский", "", "", ""));
            }
            SheetTable table = schools("many.xlsx", lines);
            ImportService imports = admin();
            ImportPreview preview = preview(imports, table, ImportKind.SCHOOLS);
            AtomicInteger asked = new AtomicInteger();
            // Planning asks once a row (20), then writing once a row: cancelled after five schools are written.
            SheetProgress cancelling = new SheetProgress() {
                @Override
                public void progress(long done, long total) {
                }

                @Override
                public boolean cancelled() {
                    return asked.incrementAndGet() > 25;
                }
            };

            assertThatThrownBy(() -> imports.write(preview, cancelling)).isInstanceOf(SheetCancelledException.class);

            assertThat(asked.get()).isGreaterThan(25);
            assertThat(rows.count("school")).isZero();
            assertThat(importEntries()).isZero();
        }

        @Test
        void theConfirmedMappingIsProposedForTheNextFileOfTheSameShape() {
            List<String> header = List.of("Колонка A", "Колонка B", "Колонка C");
            ImportService imports = admin();
            ImportMapping proposed = imports.propose(ImportKind.SCHOOLS, header);
            assertThat(proposed.columns()).isEmpty();
            ImportMapping chosen = proposed.with(kz.schoolwatch.domain.ImportField.SCHOOL_NUMBER, 1)
                    .with(kz.schoolwatch.domain.ImportField.SCHOOL_NAME, 0)
                    .with(kz.schoolwatch.domain.ImportField.SCHOOL_DISTRICT, 2);
            SheetTable table = table("odd.csv", header, List.of(List.of("Школа № 5", "5", "Турксибский")));
            ImportPreview preview = imports.preview(table, chosen, ImportOptions.DEFAULT, SheetProgress.NONE);

            imports.write(preview, SheetProgress.NONE);

            assertThat(admin().propose(ImportKind.SCHOOLS, List.of("колонка a", "Колонка  B", "КОЛОНКА C"))).isEqualTo(chosen);
            assertThat(admin().propose(ImportKind.OFFICERS, header).columns()).isEmpty();
        }

        @Test
        void aHeadImportsOnlyTheOwnDistrict() {
            rows.school(30, 4);
            Access head = new Access(TestDatabases.account(Role.HEAD, null, 2), id -> null);
            SheetTable table = schools("head.xlsx", List.of(
                    List.of("1", "21", "Школа № 21", "Алмалинский", "", "", ""),
                    List.of("2", "22", "Школа № 22", "Бостандыкский", "", "", ""),
                    List.of("3", "30", "Школа № 30", "Алмалинский", "", "", "")));
            ImportService imports = service(head);

            ImportPreview preview = preview(imports, table, ImportKind.SCHOOLS);

            assertThat(preview.rows()).extracting(ImportRow::action)
                    .containsExactly(ImportAction.NEW, ImportAction.ERROR, ImportAction.ERROR);
            assertThat(preview.rows().get(1).problems()).extracting(ImportProblem::messageKey).containsExactly("import.error.otherDistrict");
            assertThat(preview.rows().get(2).problems()).extracting(ImportProblem::column).containsExactly("№ школы");
            imports.write(preview, SheetProgress.NONE);
            assertThat(rows.count("school")).isEqualTo(2);

            Access inspector = new Access(TestDatabases.account(Role.INSPECTOR, null, null), id -> null);
            assertThat(service(inspector).canImport(ImportKind.SCHOOLS)).isFalse();
            assertThatThrownBy(() -> preview(service(inspector), table, ImportKind.SCHOOLS)).isInstanceOf(AccessDeniedException.class);
        }

        @Test
        void officersAreMatchedByBadgeWithRanksAndDistrictsReadAsWritten() {
            rows.officer("Исин", "100123", 2);
            SheetTable table = table("officers.csv", List.of("Жетон №", "Фамилия", "Имя", "Отчество", "Звание", "Район", "Телефон"),
                    List.of(List.of("100123", "Исин", "Тимур", "", "капитан", "Алмалинский", "+7 701 123 45 67"),
                            List.of("100124", "Ахметова", "Алия", "Сериковна", "ст. лейтенант полиции", "Медеуский р-н", ""),
                            List.of("100125", "Жумабаев", "Ерлан", "", "капитон", "Медеуский", ""),
                            List.of("100124", "Ахметова", "Алия", "", "майор", "Медеуский", ""),
                            List.of("100126", "", "Ерлан", "", "майор", "Медеуский", "")));
            ImportService imports = admin();

            ImportPreview preview = preview(imports, table, ImportKind.OFFICERS);

            assertThat(preview.rows()).extracting(ImportRow::action).containsExactly(ImportAction.UPDATE, ImportAction.ERROR,
                    ImportAction.ERROR, ImportAction.ERROR, ImportAction.ERROR);
            assertThat(preview.rows().get(0).changes()).containsExactly("import.field.officerPhone");
            assertThat(preview.rows().get(1).problems()).containsExactly(
                    ImportProblem.of("Жетон №", "import.error.duplicateInFile", "100124", "5"));
            assertThat(preview.rows().get(3).problems()).containsExactly(
                    ImportProblem.of("Жетон №", "import.error.duplicateInFile", "100124", "3"));
            assertThat(preview.rows().get(2).problems()).containsExactly(
                    ImportProblem.of("Звание", "import.error.unknownRankSuggest", "капитон", "капитан полиции"));
            assertThat(preview.rows().get(4).problems()).extracting(ImportProblem::column, ImportProblem::messageKey)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Фамилия", "validation.required"));

            imports.write(preview, SheetProgress.NONE);

            assertThat(db.dsl().select(OFFICER.PHONE).from(OFFICER).where(OFFICER.BADGE_NUMBER.eq("100123")).fetchOne(OFFICER.PHONE))
                    .isEqualTo("+7 701 123 45 67");
            assertThat(published).containsExactly(DataChanges.Topic.OFFICERS);
            assertThat(preview(imports, table, ImportKind.OFFICERS).rows().get(0).action()).isEqualTo(ImportAction.UNCHANGED);
        }

        @Test
        void theRowsInErrorAreSavedWithTheirReasonsAndTheTemplateReadsBack() throws Exception {
            SheetTable table = schools("schools.xlsx", List.of(
                    List.of("1", "12", "Школа № 12", "Алмалинский", "", "", "-5"),
                    List.of("2", "двенадцать", "Школа", "Алмалинский", "", "", "")));
            ImportService imports = admin();
            ImportPreview preview = preview(imports, table, ImportKind.SCHOOLS);
            Path errors = folder.resolve("errors.xlsx");

            imports.saveErrorRows(preview, errors);

            SheetTable back = SheetReader.read(errors, null, h -> 1, SheetProgress.NONE);
            assertThat(back.header()).containsExactly("№ п/п", "№ школы", "Наименование", "Район", "Тип", "Адрес", "Число учащихся", "Ошибка");
            assertThat(back.rows()).hasSize(2);
            assertThat(back.rows().get(0).cell(7).text()).isEqualTo("«Число учащихся»: Не может быть меньше нуля");
            assertThat(back.rows().get(1).cell(1).text()).isEqualTo("двенадцать");
            assertThat(back.rows().get(1).cell(7).text()).isEqualTo("«№ школы»: «двенадцать» — не число");

            rows.school(175, 2);
            for (ImportKind kind : List.of(ImportKind.CAMERAS, ImportKind.SCHOOLS, ImportKind.OFFICERS)) {
                Path template = folder.resolve(kind + ".xlsx");
                imports.saveTemplate(kind, template);
                SheetTable read = imports.read(kind, template, null, SheetProgress.NONE);
                assertThat(read.header()).isEqualTo(ImportFiles.templateHeader(kind));
                ImportMapping mapping = imports.propose(kind, read.header());
                assertThat(mapping.columns()).hasSize(ImportFiles.templateFields(kind).size());
                assertThat(imports.preview(read, mapping, ImportOptions.DEFAULT, SheetProgress.NONE).rows())
                        .extracting(ImportRow::action).as(kind.name())
                        .containsExactly(kind == ImportKind.SCHOOLS ? ImportAction.UPDATE : ImportAction.NEW);
            }
        }
    }
}
