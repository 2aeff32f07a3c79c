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
     * Every officer by badge number. The columns are named: on the server the administrator's group reads the
     * officer table column by column (db/postgresql V8, V15).
     */
    public static Map<String, StoredOfficer> officersByBadge(DSLContext tx) {
        Map<String, StoredOfficer> out = new LinkedHashMap<>();
        tx.select(OFFICER.ID, OFFICER.RANK_ID, OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.MIDDLE_NAME, OFFICER.BADGE_NUMBER,
                        OFFICER.DISTRICT_ID, OFFICER.PHONE, OFFICER.ACTIVE, OFFICER.ROW_VERSION)
                .from(OFFICER)
                .forEach(r -> out.put(r.get(OFFICER.BADGE_NUMBER), new StoredOfficer(r.get(OFFICER.ID),
                        new OfficerDraft(r.get(OFFICER.RANK_ID), r.get(OFFICER.LAST_NAME), r.get(OFFICER.FIRST_NAME),
                                r.get(OFFICER.MIDDLE_NAME), r.get(OFFICER.BADGE_NUMBER), r.get(OFFICER.DISTRICT_ID),
                                r.get(OFFICER.PHONE), r.get(OFFICER.ACTIVE), r.get(OFFICER.ROW_VERSION)))));
        return out;
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
