// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.demo;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.CAMERA_DETAIL_HISTORY;
import static kz.schoolwatch.persistence.jooq.Tables.CAMERA_FAULT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_EQUIPMENT_HISTORY;
import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static kz.schoolwatch.persistence.jooq.Tables.EVENT_OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.OUTREACH_EVENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_ASSIGNMENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_VISIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.CityTotals;
import kz.schoolwatch.persistence.CityStatsRepository;
import kz.schoolwatch.persistence.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark dataset, made small: the counts asked for, valid rows, and the queries work on it. */
class NationalDatasetGeneratorTest {

    @TempDir
    Path folder;

    @Test
    void makesTheRequestedRowsInChunksAndOnlyIntoAnEmptyDatabase() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 26);
        NationalDatasetGenerator.Options o = new NationalDatasetGenerator.Options(20, 400, 5_000, 0.05, 40, 12_000, 3_000,
                30, 800, 400, 365, today);
        try (Database db = TestDatabases.open(folder)) {
            List<String> log = new ArrayList<>();
            new NationalDatasetGenerator(db, 5_000).generate(o, log::add);
            var dsl = db.dsl();
            assertThat(dsl.fetchCount(DISTRICT)).isEqualTo(20);
            assertThat(dsl.fetchCount(SCHOOL)).isEqualTo(400);
            assertThat(dsl.fetchCount(CAMERA)).isEqualTo(5_000);
            assertThat(dsl.fetchCount(SCHOOL_VISIT)).isEqualTo(12_000);
            assertThat(dsl.fetchCount(SCHOOL_VISIT, SCHOOL_VISIT.VISITED_AT.lt(today.minusDays(365).atStartOfDay()))).isZero();
            assertThat(dsl.fetchCount(OUTREACH_EVENT)).isEqualTo(3_000);
            assertThat(dsl.fetchCount(EVENT_OFFICER)).isEqualTo(3_000);
            assertThat(dsl.fetchCount(SCHOOL_ASSIGNMENT, SCHOOL_ASSIGNMENT.ASSIGNED_TO.isNull())).isEqualTo(400);
            // Officers visit the schools assigned to them.
            assertThat(dsl.fetchCount(SCHOOL_VISIT.join(SCHOOL_ASSIGNMENT).on(SCHOOL_ASSIGNMENT.SCHOOL_ID.eq(SCHOOL_VISIT.SCHOOL_ID))
                    .and(SCHOOL_ASSIGNMENT.OFFICER_ID.ne(SCHOOL_VISIT.OFFICER_ID)))).isZero();
            CityTotals totals = new CityStatsRepository(db).cityTotals();
            assertThat(totals.schoolsWithCameras()).isEqualTo(380);
            assertThat(totals.camerasTotal()).isEqualTo(5_000);
            assertThat(log).anySatisfy(line -> assertThat(line).startsWith("school_visit"));
            // What compliance as of a date reads (issue 21): every camera's details from the start, every tenth
            // changed since; every faulty camera with its open fault; repaired faults in the past.
            assertThat(dsl.fetchCount(CAMERA_DETAIL_HISTORY)).isEqualTo(5_000 + 500);
            assertThat(dsl.fetchCount(CAMERA_FAULT, CAMERA_FAULT.REPAIRED_ON.isNull()))
                    .isEqualTo(dsl.fetchCount(CAMERA, CAMERA.STATUS.eq("FAULTY"))).isPositive();
            assertThat(dsl.fetchCount(CAMERA_FAULT, CAMERA_FAULT.REPAIRED_ON.isNotNull())).isPositive();
            assertThat(dsl.fetchCount(SCHOOL_EQUIPMENT_HISTORY)).isGreaterThan(400);
            assertThat(dsl.fetchCount(CAMERA, CAMERA.ZONE.eq("ENTRANCE").and(CAMERA.ZONE_NUMBER.isNotNull()))).isPositive();
            assertThatThrownBy(() -> new NationalDatasetGenerator(db).generate(o, log::add)).isInstanceOf(IllegalStateException.class);
        }
    }
}
