// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;

import java.util.List;

import kz.schoolwatch.i18n.ReferenceNames;
import kz.schoolwatch.domain.CameraConnection;
import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.DistrictCameraTotals;
import kz.schoolwatch.persistence.store.Database;
import org.jooq.Field;

/** City-wide camera figures by district, for the Cameras screen. */
public final class CameraStatsRepository {

    private final Database db;
    private final ReferenceNames names;

    public CameraStatsRepository(Database db) {
        this(db, ReferenceNames.asStored());
    }

    /** Shipped reference rows ({@code names}) read in the program's language; unit-added ones as stored. */
    public CameraStatsRepository(Database db, ReferenceNames names) {
        this.db = db;
        this.names = names;
    }

    /** One row per district (all districts, also those with no school yet), over open schools. */
    public List<DistrictCameraTotals> byDistrict() {
        return db.read(dsl -> {
            var live = CAMERA.STATUS.ne(CameraStatus.DISMANTLED.name());
            Field<Integer> outdoor = count().filterWhere(live.and(CAMERA.PLACEMENT.eq(CameraPlacement.OUTDOOR.name())));
            Field<Integer> indoor = count().filterWhere(live.and(CAMERA.PLACEMENT.eq(CameraPlacement.INDOOR.name())));
            Field<Integer> working = count().filterWhere(CAMERA.STATUS.eq(CameraStatus.WORKING.name()));
            Field<Integer> faulty = count().filterWhere(CAMERA.STATUS.eq(CameraStatus.FAULTY.name()));
            Field<Integer> cou = count().filterWhere(live.and(CAMERA.CONNECTION.eq(CameraConnection.COU.name())));
            Field<Integer> schools = countDistinct(SCHOOL.ID);
            Field<Integer> covered = countDistinct(CAMERA.SCHOOL_ID).filterWhere(CAMERA.STATUS.eq(CameraStatus.WORKING.name()));
            return dsl.select(DISTRICT.NAME, schools, covered, outdoor, indoor, working, faulty, cou)
                    .from(DISTRICT)
                    .leftJoin(SCHOOL).on(SCHOOL.DISTRICT_ID.eq(DISTRICT.ID).and(SCHOOL.ARCHIVED_ON.isNull()))
                    .leftJoin(CAMERA).on(CAMERA.SCHOOL_ID.eq(SCHOOL.ID))
                    .groupBy(DISTRICT.ID, DISTRICT.NAME, DISTRICT.SORT_ORDER)
                    .orderBy(DISTRICT.SORT_ORDER)
                    .fetch(r -> new DistrictCameraTotals(names.district(r.value1()), r.value2(), r.value3(), r.value4(), r.value5(),
                            r.value6(), r.value7(), r.value8()));
        });
    }
}
