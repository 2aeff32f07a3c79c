// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static kz.schoolwatch.persistence.jooq.Tables.OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.POLICE_RANK;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.schoolwatch.domain.NamedRef;
import kz.schoolwatch.domain.OfficerDraft;
import kz.schoolwatch.domain.SchoolDetails;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * What an import of schools or officers compares its rows with, read at once inside the caller's transaction: the
 * whole registry by its key, and the reference lists names are looked up in. The rows are written through
 * {@link SchoolRepository} and {@link OfficerRepository}, as the forms write them.
 */
public final class RegistryImportRepository {

    /** An officer as stored: the id and the fields the form edits. */
    public record StoredOfficer(long id, OfficerDraft draft) {
    }

    private RegistryImportRepository() {
    }

    /** Every school, open and archived, by its number. */
    public static Map<Integer, SchoolDetails> schoolsByNumber(DSLContext tx) {
        Map<Integer, SchoolDetails> out = new LinkedHashMap<>();
        tx.selectFrom(SCHOOL).fetch().forEach(r -> out.put(r.getSchoolNumber(), SchoolRepository.toDetails(r)));
        return out;
    }

    /**
     * Every officer by badge number; the phone numbers only {@code withPhones} (on the server the administrator's
     * group reads the officer table column by column and no phone, db/postgresql V8), else null.
     */
    public static Map<String, StoredOfficer> officersByBadge(DSLContext tx, boolean withPhones) {
        Map<String, StoredOfficer> out = new LinkedHashMap<>();
        Field<String> phone = withPhones ? OFFICER.PHONE : DSL.inline((String) null).as("phone_unread");
        tx.select(OFFICER.ID, OFFICER.RANK_ID, OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.MIDDLE_NAME, OFFICER.BADGE_NUMBER,
                        OFFICER.DISTRICT_ID, phone, OFFICER.ACTIVE, OFFICER.ROW_VERSION)
                .from(OFFICER)
                .forEach(r -> out.put(r.get(OFFICER.BADGE_NUMBER), new StoredOfficer(r.get(OFFICER.ID),
                        new OfficerDraft(r.get(OFFICER.RANK_ID), r.get(OFFICER.LAST_NAME), r.get(OFFICER.FIRST_NAME),
                                r.get(OFFICER.MIDDLE_NAME), r.get(OFFICER.BADGE_NUMBER), r.get(OFFICER.DISTRICT_ID),
                                r.get(phone), r.get(OFFICER.ACTIVE), r.get(OFFICER.ROW_VERSION)))));
        return out;
    }

    /**
     * Updates an officer while still at the draft's version, the phone left as stored (an account that may not read
     * phones keeps them); returns the rows changed.
     */
    public static int updateOfficerKeepingPhone(DSLContext tx, long id, OfficerDraft d) {
        return tx.update(OFFICER)
                .set(OFFICER.RANK_ID, d.rankId()).set(OFFICER.LAST_NAME, d.lastName()).set(OFFICER.FIRST_NAME, d.firstName())
                .set(OFFICER.MIDDLE_NAME, d.middleName()).set(OFFICER.BADGE_NUMBER, d.badgeNumber())
                .set(OFFICER.DISTRICT_ID, d.districtId()).set(OFFICER.ACTIVE, d.active())
                .set(OFFICER.ROW_VERSION, OFFICER.ROW_VERSION.plus(1))
                .where(OFFICER.ID.eq(id)).and(OFFICER.ROW_VERSION.eq(d.version()))
                .execute();
    }

    public static List<NamedRef> districts(DSLContext tx) {
        return tx.select(DISTRICT.ID, DISTRICT.NAME).from(DISTRICT).orderBy(DISTRICT.SORT_ORDER, DISTRICT.NAME)
                .fetch(r -> new NamedRef(r.value1(), r.value2()));
    }

    public static List<NamedRef> ranks(DSLContext tx) {
        return tx.select(POLICE_RANK.ID, POLICE_RANK.NAME).from(POLICE_RANK).orderBy(POLICE_RANK.SENIORITY)
                .fetch(r -> new NamedRef(r.value1(), r.value2()));
    }
}
