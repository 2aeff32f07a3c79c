// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import kz.schoolwatch.EngineCases;
import kz.schoolwatch.domain.ImportAction;
import kz.schoolwatch.domain.ImportField;
import kz.schoolwatch.domain.ImportKind;
import kz.schoolwatch.domain.ImportMapping;
import kz.schoolwatch.domain.ImportOptions;
import kz.schoolwatch.domain.ImportRow;
import kz.schoolwatch.persistence.CameraImportRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import kz.schoolwatch.sheets.Cell;
import kz.schoolwatch.sheets.SheetProgress;
import kz.schoolwatch.sheets.SheetRow;
import kz.schoolwatch.sheets.SheetTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The camera import, per camera and as counts per school, on both engines. */
class CameraImportTest {

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

    abstract static class Cases extends EngineCases {

        private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
        private static final List<String> PER_CAMERA = List.of("№ школы", "Размещение", "Обзор", "Состояние", "Модель", "Установлена",
                "ЦОУ", "Примечание");
        private static final List<String> COUNTS = List.of("№ школы", "Камеры наружные", "Камеры внутренние");

        Cases(Engine engine) {
            super(engine);
        }

        @TempDir
        Path folder;
        private Database db;
        private CameraImport cameras;

        @BeforeEach
        void open() throws Exception {
            db = databases.open(engine, folder);
            cameras = new CameraImport(new CameraImportRepository(),
                    Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Almaty")).toInstant(), ZoneId.of("Asia/Almaty")));
            school(12, false);
            school(15, false);
            school(40, true);
        }

        private long school(int number, boolean archived) {
            return db.write(cfg -> cfg.dsl().insertInto(SCHOOL).set(SCHOOL.SCHOOL_NUMBER, number).set(SCHOOL.NAME, "Школа №" + number)
                    .set(SCHOOL.SCHOOL_TYPE, "GENERAL").set(SCHOOL.DISTRICT_ID, 4).set(SCHOOL.ARCHIVED_ON, archived ? TODAY.minusDays(3) : null)
                    .returning(SCHOOL.ID).fetchOne().getId());
        }

        private static SheetTable table(List<String> header, String[]... rows) {
            List<SheetRow> list = new ArrayList<>();
            for (int i = 0; i < rows.length; i++) {
                list.add(new SheetRow(i + 2, Arrays.stream(rows[i]).map(Cell::text).toList()));
            }
            return new SheetTable("cameras.xlsx", "Лист1", 1, header, list);
        }

        private static ImportMapping perCamera() {
            Map<ImportField, Integer> m = new EnumMap<>(ImportField.class);
            List<ImportField> fields = List.of(ImportField.CAMERA_SCHOOL_NUMBER, ImportField.CAMERA_PLACEMENT, ImportField.CAMERA_VIEW_AREA,
                    ImportField.CAMERA_STATUS, ImportField.CAMERA_MODEL, ImportField.CAMERA_INSTALLED_ON, ImportField.CAMERA_CONNECTED,
                    ImportField.CAMERA_NOTE);
            for (int i = 0; i < fields.size(); i++) {
                m.put(fields.get(i), i);
            }
            return new ImportMapping(ImportKind.CAMERAS, m);
        }

        private static ImportMapping counts() {
            return new ImportMapping(ImportKind.CAMERAS, Map.of(ImportField.CAMERA_SCHOOL_NUMBER, 0, ImportField.CAMERA_OUTDOOR_COUNT, 1,
                    ImportField.CAMERA_INDOOR_COUNT, 2));
        }

        private KindImport.Plan preview(SheetTable table, ImportMapping mapping, boolean remove) {
            return cameras.plan(db.dsl(), table, mapping, new ImportOptions(remove), SheetProgress.NONE);
        }

        private KindImport.Plan write(SheetTable table, ImportMapping mapping, boolean remove) {
            return db.write(cfg -> {
                KindImport.Plan plan = cameras.plan(cfg.dsl(), table, mapping, new ImportOptions(remove), SheetProgress.NONE);
                plan.write().accept(cfg.dsl());
                return plan;
            });
        }

        private static List<ImportAction> actions(KindImport.Plan plan) {
            return plan.rows().stream().map(ImportRow::action).toList();
        }

        private int hanging(int school, String placement) {
            return db.dsl().fetchCount(CAMERA.join(SCHOOL).on(SCHOOL.ID.eq(CAMERA.SCHOOL_ID)),
                    SCHOOL.SCHOOL_NUMBER.eq(school).and(CAMERA.PLACEMENT.eq(placement)).and(CAMERA.STATUS.ne("DISMANTLED")));
        }

        private int all() {
            return db.dsl().fetchCount(CAMERA);
        }

        private static final SheetTable THREE_CAMERAS = table(PER_CAMERA,
                new String[] {"12", "Наружная", "Вход", "работает", "Hikvision DS-2CD", "2024-09-01", "да", ""},
                new String[] {"12", "внутренняя", "коридор", "Неисправна", "Dahua", "01.09.2024", "нет", "не пишет"},
                new String[] {"15", "outdoor", "yard", "", "", "", "", ""});

        @Test
        void perCameraRowsAreNewThenUnchangedTheSecondTime() {
            KindImport.Plan first = write(THREE_CAMERAS, perCamera(), false);
            assertThat(actions(first)).containsExactly(ImportAction.NEW, ImportAction.NEW, ImportAction.NEW);
            assertThat(first.counts().camerasAdded()).isEqualTo(3);
            assertThat(first.rows().get(0).subject()).isEqualTo("Школа №12");
            assertThat(db.dsl().fetchOne(CAMERA, CAMERA.MODEL.eq("Dahua")).getStatus()).isEqualTo("FAULTY");

            KindImport.Plan second = write(THREE_CAMERAS, perCamera(), true);
            assertThat(actions(second)).containsOnly(ImportAction.UNCHANGED);
            assertThat(second.counts().changing()).isZero();
            assertThat(second.counts().camerasAdded()).isZero();
            assertThat(second.counts().camerasRemoved()).isZero();
            assertThat(all()).isEqualTo(3);
        }

        @Test
        void aChangedStatusIsAnUpdateOfThatCameraAndDismantledTakesItDown() {
            write(THREE_CAMERAS, perCamera(), false);
            SheetTable changed = table(PER_CAMERA,
                    new String[] {"12", "Наружная", "Вход", "демонтирована", "Hikvision DS-2CD", "2024-09-01", "да", ""},
                    new String[] {"12", "внутренняя", "коридор", "исправна", "Dahua", "01.09.2024", "да", "не пишет"});
            KindImport.Plan plan = write(changed, perCamera(), false);
            assertThat(actions(plan)).containsExactly(ImportAction.UPDATE, ImportAction.UPDATE);
            assertThat(plan.rows().get(1).changes()).containsExactly(ImportField.CAMERA_STATUS.key(), ImportField.CAMERA_CONNECTED.key());
            var hik = db.dsl().fetchOne(CAMERA, CAMERA.MODEL.eq("Hikvision DS-2CD"));
            assertThat(hik.getStatus()).isEqualTo("DISMANTLED");
            assertThat(hik.getRemovedOn()).isEqualTo(TODAY);
            assertThat(hik.getRowVersion()).isEqualTo(2);
            assertThat(actions(write(changed, perCamera(), false))).containsOnly(ImportAction.UNCHANGED);
            assertThat(all()).isEqualTo(3);
        }

        @Test
        void missingCamerasAreTakenDownOnlyWhenTickedAndOnlyAtSchoolsInTheFile() {
            write(THREE_CAMERAS, perCamera(), false);
            SheetTable onlyOne = table(PER_CAMERA,
                    new String[] {"12", "Наружная", "Вход", "работает", "Hikvision DS-2CD", "2024-09-01", "да", ""});
            KindImport.Plan kept = write(onlyOne, perCamera(), false);
            assertThat(actions(kept)).containsExactly(ImportAction.UNCHANGED);
            assertThat(hanging(12, "INDOOR")).isEqualTo(1);

            KindImport.Plan removed = write(onlyOne, perCamera(), true);
            assertThat(actions(removed)).containsExactly(ImportAction.UPDATE);
            assertThat(removed.rows().get(0).changes()).containsExactly("import.cameras.removesMissing|1");
            assertThat(removed.counts().camerasRemoved()).isEqualTo(1);
            assertThat(hanging(12, "INDOOR")).isZero();
            assertThat(db.dsl().fetchOne(CAMERA, CAMERA.MODEL.eq("Dahua")).getRemovedOn()).isEqualTo(TODAY);
            assertThat(hanging(15, "OUTDOOR")).as("school 15 is not in the file").isEqualTo(1);
            assertThat(actions(write(onlyOne, perCamera(), true))).containsOnly(ImportAction.UNCHANGED);
        }

        @Test
        void unknownArchivedAndUnreadableRowsAreErrorsWithTheirColumn() {
            SheetTable bad = table(PER_CAMERA,
                    new String[] {"99", "Наружная", "", "", "", "", "", ""},
                    new String[] {"40", "Наружная", "", "", "", "", "", ""},
                    new String[] {"12", "на крыше", "", "", "", "", "", ""},
                    new String[] {"двенадцать", "Наружная", "", "", "", "", "", ""},
                    new String[] {"12", "ішкі", "", "сломана", "", "", "", ""});
            KindImport.Plan plan = write(bad, perCamera(), true);
            assertThat(actions(plan)).containsExactly(ImportAction.ERROR, ImportAction.ERROR, ImportAction.ERROR, ImportAction.ERROR,
                    ImportAction.NEW);
            assertThat(plan.rows().get(0).problems().get(0).messageKey()).isEqualTo("import.cameras.error.unknownSchool");
            assertThat(plan.rows().get(0).problems().get(0).args()).containsExactly("99");
            assertThat(plan.rows().get(0).problems().get(0).column()).isEqualTo("№ школы");
            assertThat(plan.rows().get(1).problems().get(0).messageKey()).isEqualTo("import.cameras.error.archivedSchool");
            assertThat(plan.rows().get(2).problems().get(0).column()).isEqualTo("Размещение");
            assertThat(plan.rows().get(3).problems().get(0).messageKey()).isEqualTo("import.error.notNumber");
            assertThat(db.dsl().fetchOne(CAMERA).getStatus()).isEqualTo("FAULTY");
            assertThat(all()).isEqualTo(1);
        }

        @Test
        void countsAddCamerasThenChangeNothingTheSecondTime() {
            SheetTable file = table(COUNTS, new String[] {"12", "3", "2"}, new String[] {"15", "1", ""});
            KindImport.Plan first = write(file, counts(), false);
            assertThat(actions(first)).containsExactly(ImportAction.NEW, ImportAction.NEW);
            assertThat(first.counts().camerasAdded()).isEqualTo(6);
            assertThat(first.rows().get(0).changes()).containsExactly("import.cameras.adds.outdoor|3", "import.cameras.adds.indoor|2");
            assertThat(hanging(12, "OUTDOOR")).isEqualTo(3);
            assertThat(hanging(12, "INDOOR")).isEqualTo(2);

            KindImport.Plan second = write(file, counts(), true);
            assertThat(actions(second)).containsOnly(ImportAction.UNCHANGED);
            assertThat(all()).isEqualTo(6);
        }

        @Test
        void fewerCountsAreOnlySaidUnlessTickedThenFaultyCamerasGoFirst() {
            write(table(COUNTS, new String[] {"12", "3", "0"}, new String[] {"15", "2", "0"}), counts(), false);
            long faulty = db.dsl().select(CAMERA.ID).from(CAMERA).join(SCHOOL).on(SCHOOL.ID.eq(CAMERA.SCHOOL_ID))
                    .where(SCHOOL.SCHOOL_NUMBER.eq(12)).orderBy(CAMERA.ID).limit(1).fetchOne().value1();
            db.write(cfg -> cfg.dsl().update(CAMERA).set(CAMERA.STATUS, "FAULTY").where(CAMERA.ID.eq(faulty)).execute());
            SheetTable fewer = table(COUNTS, new String[] {"12", "2", "0"});

            KindImport.Plan said = write(fewer, counts(), false);
            assertThat(actions(said)).containsExactly(ImportAction.UNCHANGED);
            assertThat(said.rows().get(0).changes()).containsExactly("import.cameras.fewer.outdoor|2|3");
            assertThat(hanging(12, "OUTDOOR")).isEqualTo(3);

            KindImport.Plan removed = write(fewer, counts(), true);
            assertThat(actions(removed)).containsExactly(ImportAction.UPDATE);
            assertThat(removed.counts().camerasRemoved()).isEqualTo(1);
            assertThat(hanging(12, "OUTDOOR")).isEqualTo(2);
            var gone = db.dsl().fetchOne(CAMERA, CAMERA.ID.eq(faulty));
            assertThat(gone.getStatus()).isEqualTo("DISMANTLED");
            assertThat(gone.getRemovedOn()).isEqualTo(TODAY);
            assertThat(hanging(15, "OUTDOOR")).isEqualTo(2);
        }

        @Test
        void duplicateSchoolsNegativeAndHugeCountsAreErrors() {
            SheetTable bad = table(COUNTS, new String[] {"12", "3", "2"}, new String[] {"15", "-1", "2"}, new String[] {"12", "4", "2"},
                    new String[] {"40", "1", "1"}, new String[] {"99", "1", "1"}, new String[] {"15", "", ""});
            KindImport.Plan plan = preview(bad, counts(), false);
            assertThat(actions(plan)).containsOnly(ImportAction.ERROR);
            assertThat(plan.rows().get(0).problems()).extracting(p -> p.messageKey()).containsExactly("import.cameras.error.duplicateSchool");
            assertThat(plan.rows().get(0).problems().get(0).args()).containsExactly("12", 4);
            assertThat(plan.rows().get(1).problems()).extracting(p -> p.messageKey())
                    .contains("import.cameras.error.negative", "import.cameras.error.duplicateSchool");
            assertThat(preview(table(COUNTS, new String[] {"12", "5000", "0"}), counts(), false).rows().get(0).problems().get(0).messageKey())
                    .isEqualTo("import.cameras.error.tooMany");
            assertThat(preview(table(COUNTS, new String[] {"15", "", ""}), counts(), false).rows().get(0).problems().get(0).messageKey())
                    .isEqualTo("import.cameras.error.noCounts");
            db.write(cfg -> {
                preview(bad, counts(), true).write().accept(cfg.dsl());
                return null;
            });
            assertThat(all()).isZero();
        }
    }
}
