// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.schoolwatch.EngineDatabases;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.DistrictCameraTotals;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.CameraService;
import kz.schoolwatch.persistence.store.Engine;
import kz.schoolwatch.service.DataChanges;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Cameras screen's figures from a real database: per district, and the schools without a working camera with
 * how many cameras each has (those it has are all out of order). The demo city gives every school with cameras a
 * working one, so there the count is 0 for each uncovered school; here a school has faulty cameras only.
 */
class CameraStatsRepositoryTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 26).atTime(10, 0).atZone(ALMATY).toInstant(), ALMATY);

    @TempDir
    Path folder;
    @RegisterExtension
    final EngineDatabases databases = EngineDatabases.perTest();

    private static void camera(Database db, long school, String placement, String status, boolean cou) {
        db.dsl().insertInto(CAMERA, CAMERA.SCHOOL_ID, CAMERA.PLACEMENT, CAMERA.STATUS, CAMERA.CONNECTION)
                .values(school, placement, status, cou ? "COU" : "NONE").execute();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void districtTotalsAndUncoveredSchoolsCountRealCameras(Engine engine) throws Exception {
        try (Database db = databases.open(engine, folder)) {
            TestRows rows = new TestRows(db);
            long covered = rows.school(1, 1);
            long faultyOnly = rows.school(2, 1);
            long none = rows.school(3, 1);
            long archived = rows.school(4, 1);
            long elsewhere = rows.school(5, 2);
            camera(db, covered, "OUTDOOR", "WORKING", true);
            camera(db, covered, "OUTDOOR", "WORKING", true);
            camera(db, covered, "INDOOR", "FAULTY", false);
            camera(db, covered, "INDOOR", "DISMANTLED", true);
            camera(db, faultyOnly, "INDOOR", "FAULTY", false);
            camera(db, faultyOnly, "OUTDOOR", "FAULTY", true);
            camera(db, faultyOnly, "INDOOR", "DISMANTLED", false);
            camera(db, archived, "INDOOR", "WORKING", true);
            camera(db, elsewhere, "INDOOR", "WORKING", false);
            db.dsl().update(SCHOOL).set(SCHOOL.ARCHIVED_ON, LocalDate.of(2026, 1, 1)).where(SCHOOL.ID.eq(archived)).execute();

            List<DistrictCameraTotals> totals = new CameraStatsRepository(db).byDistrict();
            assertThat(totals).hasSize(8);
            DistrictCameraTotals first = totals.get(0);
            // Open schools 1–3; school 4 is archived; dismantled cameras are left out.
            assertThat(first).isEqualTo(new DistrictCameraTotals(first.district(), 3, 1, 3, 2, 2, 3, 3));
            assertThat(first.total()).isEqualTo(5);
            assertThat(totals.get(1)).isEqualTo(new DistrictCameraTotals(totals.get(1).district(), 1, 1, 0, 1, 1, 0, 0));
            assertThat(totals.subList(2, 8)).allMatch(t -> t.schools() == 0 && t.total() == 0);

            CameraService service = new CameraService(db, new CameraRepository(db), new CameraStatsRepository(db),
                    new SchoolRepository(db), new DataChanges(), CLOCK, TestDatabases.head());
            Map<Long, SchoolRow> uncovered = service.schoolsWithoutWorkingCamera().stream()
                    .collect(Collectors.toMap(SchoolRow::id, Function.identity()));
            assertThat(uncovered).containsOnlyKeys(faultyOnly, none);
            assertThat(uncovered.get(faultyOnly).camerasTotal()).isEqualTo(2);
            assertThat(uncovered.get(faultyOnly).camerasWorking()).isZero();
            assertThat(uncovered.get(none).camerasTotal()).isZero();
        }
    }
}
