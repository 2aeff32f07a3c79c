// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.OFFENCE;
import static kz.schoolwatch.persistence.jooq.Tables.OFFENCE_KIND;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.month;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.schoolwatch.i18n.ReferenceNames;
import kz.schoolwatch.i18n.ReferenceNames.Shipped;
import kz.schoolwatch.domain.Offence;
import kz.schoolwatch.domain.OffenceCounts;
import kz.schoolwatch.domain.OffenceDraft;
import kz.schoolwatch.domain.OffenceLocation;
import kz.schoolwatch.domain.Page;
import kz.schoolwatch.persistence.store.Database;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Offences at schools, and their counts per school and month. */
public final class OffenceRepository {

    private final Database db;
    private final ReferenceNames names;

    public OffenceRepository(Database db) {
        this(db, ReferenceNames.asStored());
    }

    /** Shipped reference rows ({@code names}) read in the program's language; unit-added ones as stored. */
    public OffenceRepository(Database db, ReferenceNames names) {
        this.db = db;
        this.names = names;
    }

    /** Offences of a period (and school, when given), latest first, a page at a time. */
    public Page<Offence> page(LocalDate from, LocalDate to, Long schoolId, int offset, int limit) {
        return db.read(dsl -> {
            List<Condition> c = new ArrayList<>();
            if (from != null) {
                c.add(OFFENCE.OCCURRED_ON.ge(from));
            }
            if (to != null) {
                c.add(OFFENCE.OCCURRED_ON.le(to));
            }
            if (schoolId != null) {
                c.add(OFFENCE.SCHOOL_ID.eq(schoolId));
            }
            Condition where = DSL.and(c);
            int total = dsl.fetchCount(OFFENCE, where);
            List<Offence> rows = dsl.select(OFFENCE.ID, OFFENCE.OCCURRED_ON, OFFENCE.SCHOOL_ID, SCHOOL.SCHOOL_NUMBER, SCHOOL.NAME,
                            OFFENCE.OFFENCE_KIND_ID, OFFENCE_KIND.NAME, OFFENCE.LOCATION, OFFENCE.DESCRIPTION, OFFENCE.CAMERAS_HELPED,
                            OFFENCE.ROW_VERSION)
                    .from(OFFENCE)
                    .join(SCHOOL).on(SCHOOL.ID.eq(OFFENCE.SCHOOL_ID))
                    .join(OFFENCE_KIND).on(OFFENCE_KIND.ID.eq(OFFENCE.OFFENCE_KIND_ID))
                    .where(where)
                    .orderBy(OFFENCE.OCCURRED_ON.desc(), OFFENCE.ID.desc())
                    .limit(limit).offset(offset)
                    .fetch(r -> new Offence(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), names.shown(Shipped.OFFENCE_KIND, r.value7()),
                            OffenceLocation.valueOf(r.value8()), r.value9(), r.value10(), r.value11()));
            return new Page<>(rows, offset, total);
        });
    }

    /** Per school with at least one offence in {@code year}: the count of each month, by school number. */
    public List<OffenceCounts> countsByMonth(int year) {
        Field<Integer> m = month(OFFENCE.OCCURRED_ON).as("m");
        return db.read(dsl -> {
            Map<Long, OffenceCounts> bySchool = new LinkedHashMap<>();
            Map<Long, int[]> months = new LinkedHashMap<>();
            dsl.select(OFFENCE.SCHOOL_ID, SCHOOL.SCHOOL_NUMBER, SCHOOL.NAME, m, count())
                    .from(OFFENCE).join(SCHOOL).on(SCHOOL.ID.eq(OFFENCE.SCHOOL_ID))
                    .where(OFFENCE.OCCURRED_ON.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                    .groupBy(OFFENCE.SCHOOL_ID, SCHOOL.SCHOOL_NUMBER, SCHOOL.NAME, m)
                    .orderBy(SCHOOL.SCHOOL_NUMBER, m)
                    .forEach(r -> {
                        int[] perMonth = months.computeIfAbsent(r.value1(), k -> new int[12]);
                        perMonth[r.value4() - 1] = r.value5();
                        bySchool.put(r.value1(), new OffenceCounts(r.value1(), r.value2(), r.value3(), new int[12]));
                    });
            List<OffenceCounts> out = new ArrayList<>();
            bySchool.forEach((id, c) -> out.add(new OffenceCounts(id, c.schoolNumber(), c.schoolName(), months.get(id))));
            return out;
        });
    }

    /** Inserts an offence inside the caller's transaction; returns its id. */
    public long insert(DSLContext dsl, OffenceDraft d) {
        return dsl.insertInto(OFFENCE)
                .set(OFFENCE.OCCURRED_ON, d.occurredOn()).set(OFFENCE.SCHOOL_ID, d.schoolId())
                .set(OFFENCE.OFFENCE_KIND_ID, d.kindId()).set(OFFENCE.LOCATION, d.location().name())
                .set(OFFENCE.DESCRIPTION, d.description()).set(OFFENCE.CAMERAS_HELPED, d.camerasHelped())
                .returning(OFFENCE.ID).fetchOne(OFFENCE.ID);
    }

    /**
     * Corrects an offence while it is still at the version its form opened, and counts the version up; returns the
     * rows changed: 0 when someone else changed or deleted it meanwhile.
     */
    public int update(DSLContext dsl, long id, OffenceDraft d) {
        return dsl.update(OFFENCE)
                .set(OFFENCE.OCCURRED_ON, d.occurredOn()).set(OFFENCE.SCHOOL_ID, d.schoolId())
                .set(OFFENCE.OFFENCE_KIND_ID, d.kindId()).set(OFFENCE.LOCATION, d.location().name())
                .set(OFFENCE.DESCRIPTION, d.description()).set(OFFENCE.CAMERAS_HELPED, d.camerasHelped())
                .set(OFFENCE.ROW_VERSION, OFFENCE.ROW_VERSION.plus(1))
                .where(OFFENCE.ID.eq(id)).and(OFFENCE.ROW_VERSION.eq(d.version())).execute();
    }

    /** The offence as stored now, inside the caller's transaction (after a versioned write found it changed). */
    public Optional<OffenceDraft> find(DSLContext dsl, long id) {
        return dsl.selectFrom(OFFENCE).where(OFFENCE.ID.eq(id)).fetchOptional(r -> new OffenceDraft(r.getOccurredOn(),
                r.getSchoolId(), r.getOffenceKindId(), OffenceLocation.valueOf(r.getLocation()), r.getDescription(),
                r.getCamerasHelped(), r.getRowVersion()));
    }

    /** Deletes an offence still at {@code version}; 0 rows when it was changed or deleted meanwhile. */
    public int delete(DSLContext dsl, long id, int version) {
        return dsl.deleteFrom(OFFENCE).where(OFFENCE.ID.eq(id)).and(OFFENCE.ROW_VERSION.eq(version)).execute();
    }
}
