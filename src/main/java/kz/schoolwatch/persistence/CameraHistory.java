// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.CAMERA_DETAIL_HISTORY;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import kz.schoolwatch.domain.CameraDetails;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Keeps each camera's details from the day they changed (issue 21), so that compliance "as of" a past date judges
 * the zone, archive and connection the camera had then. One row per camera and day: a second change on the same day
 * replaces the first.
 */
public final class CameraHistory {

    private CameraHistory() {
    }

    /** Records the camera's details as valid from {@code day}, inside the caller's transaction. */
    public static void record(DSLContext dsl, long cameraId, CameraDetails d, LocalDate day) {
        // Delete and insert rather than MERGE, which PostgreSQL 14 has not.
        dsl.deleteFrom(CAMERA_DETAIL_HISTORY)
                .where(CAMERA_DETAIL_HISTORY.CAMERA_ID.eq(cameraId)).and(CAMERA_DETAIL_HISTORY.VALID_FROM.eq(day))
                .execute();
        dsl.insertInto(CAMERA_DETAIL_HISTORY, CAMERA_DETAIL_HISTORY.CAMERA_ID, CAMERA_DETAIL_HISTORY.VALID_FROM,
                        CAMERA_DETAIL_HISTORY.ZONE, CAMERA_DETAIL_HISTORY.ZONE_NUMBER, CAMERA_DETAIL_HISTORY.TECHNOLOGY,
                        CAMERA_DETAIL_HISTORY.ARCHIVE_DAYS, CAMERA_DETAIL_HISTORY.CONNECTION)
                .values(cameraId, day, d.zone().name(), d.zoneNumber(), d.technology() == null ? null : d.technology().name(),
                        d.archiveDays(), d.connection().name())
                .execute();
    }

    /** Records, as valid from {@code day}, the details of a school's cameras that have no history yet (batch inserts). */
    public static void recordMissing(DSLContext dsl, long schoolId, LocalDate day) {
        recordMissing(dsl, List.of(schoolId), day);
    }

    /**
     * Records the details of these schools' cameras that have no history yet (batch inserts), as valid from the day
     * each was installed when that was before {@code day}, else from {@code day}.
     */
    public static void recordMissing(DSLContext dsl, Collection<Long> schoolIds, LocalDate day) {
        dsl.insertInto(CAMERA_DETAIL_HISTORY, CAMERA_DETAIL_HISTORY.CAMERA_ID, CAMERA_DETAIL_HISTORY.VALID_FROM,
                        CAMERA_DETAIL_HISTORY.ZONE, CAMERA_DETAIL_HISTORY.ZONE_NUMBER, CAMERA_DETAIL_HISTORY.TECHNOLOGY,
                        CAMERA_DETAIL_HISTORY.ARCHIVE_DAYS, CAMERA_DETAIL_HISTORY.CONNECTION)
                .select(dsl.select(CAMERA.ID, DSL.least(DSL.coalesce(CAMERA.INSTALLED_ON, DSL.val(day)), DSL.val(day)), CAMERA.ZONE, CAMERA.ZONE_NUMBER, CAMERA.TECHNOLOGY,
                                CAMERA.ARCHIVE_DAYS, CAMERA.CONNECTION)
                        .from(CAMERA)
                        .where(CAMERA.SCHOOL_ID.in(schoolIds))
                        .andNotExists(DSL.selectOne().from(CAMERA_DETAIL_HISTORY)
                                .where(CAMERA_DETAIL_HISTORY.CAMERA_ID.eq(CAMERA.ID))))
                .execute();
    }

    /**
     * Records, as valid from {@code day}, the details of these cameras where they differ from the history's last
     * row (a batch update, as an import's): one statement for all of them rather than a read per camera.
     */
    public static void recordChanged(DSLContext dsl, Collection<Long> cameraIds, LocalDate day) {
        if (cameraIds.isEmpty()) {
            return;
        }
        var h = CAMERA_DETAIL_HISTORY.as("h");
        var later = CAMERA_DETAIL_HISTORY.as("later");
        Condition sameAsLast = DSL.exists(DSL.selectOne().from(h)
                .where(h.CAMERA_ID.eq(CAMERA.ID))
                .andNotExists(DSL.selectOne().from(later).where(later.CAMERA_ID.eq(h.CAMERA_ID)).and(later.VALID_FROM.gt(h.VALID_FROM)))
                .and(h.ZONE.eq(CAMERA.ZONE)).and(h.ZONE_NUMBER.isNotDistinctFrom(CAMERA.ZONE_NUMBER))
                .and(h.TECHNOLOGY.isNotDistinctFrom(CAMERA.TECHNOLOGY)).and(h.ARCHIVE_DAYS.isNotDistinctFrom(CAMERA.ARCHIVE_DAYS))
                .and(h.CONNECTION.eq(CAMERA.CONNECTION)));
        List<Long> ids = List.copyOf(cameraIds);
        // In chunks: the server takes at most 32,767 bound values in a statement.
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            for (var r : dsl.selectFrom(CAMERA).where(CAMERA.ID.in(chunk)).andNot(sameAsLast).fetch()) {
                record(dsl, r.getId(), CameraRepository.details(r), day);
            }
        }
    }
}
