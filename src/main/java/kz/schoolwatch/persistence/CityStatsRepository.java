// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;

import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.CityTotals;
import kz.schoolwatch.persistence.store.Database;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.Select;
import org.jooq.Table;

/** City-wide figures for the dashboard and the reports. */
public final class CityStatsRepository {

    private final Database db;

    public CityStatsRepository(Database db) {
        this.db = db;
    }

    /** Schools, schools with a working camera, and cameras by placement, over open schools. */
    public CityTotals cityTotals() {
        var row = db.read(dsl -> cityTotalsQuery(dsl).fetchOne());
        return new CityTotals(row.value1(), row.value2(), row.value3().intValue(), row.value4().intValue());
    }

    /**
     * The query behind {@link #cityTotals()}. Also rendered without a connection at start-up, to load jOOQ's
     * classes on a spare core while H2 opens.
     */
    public static Select<Record4<Integer, Integer, BigDecimal, BigDecimal>> cityTotalsQuery(DSLContext dsl) {
        Field<Integer> outdoor = count().filterWhere(CAMERA.PLACEMENT.eq(CameraPlacement.OUTDOOR.name())).as("outdoor");
        Field<Integer> indoor = count().filterWhere(CAMERA.PLACEMENT.eq(CameraPlacement.INDOOR.name())).as("indoor");
        Field<Integer> working = count().filterWhere(CAMERA.STATUS.eq(CameraStatus.WORKING.name())).as("working");
        Table<Record4<Long, Integer, Integer, Integer>> perSchool = dsl
                .select(CAMERA.SCHOOL_ID, outdoor, indoor, working)
                .from(CAMERA)
                .where(CAMERA.STATUS.ne(CameraStatus.DISMANTLED.name()))
                .groupBy(CAMERA.SCHOOL_ID)
                .asTable("per_school");
        Field<Integer> psWorking = perSchool.field(working);
        return dsl.select(
                        count(),
                        count().filterWhere(psWorking.gt(0)),
                        coalesce(sum(perSchool.field(outdoor)), inline(BigDecimal.ZERO)),
                        coalesce(sum(perSchool.field(indoor)), inline(BigDecimal.ZERO)))
                .from(SCHOOL)
                .leftJoin(perSchool).on(perSchool.field(CAMERA.SCHOOL_ID).eq(SCHOOL.ID))
                .where(SCHOOL.ARCHIVED_ON.isNull());
    }

    /** True when no school has been entered yet: the first start, when the demo city is offered. */
    public boolean isEmpty() {
        return db.read(dsl -> !dsl.fetchExists(SCHOOL));
    }
}
