// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.SECURITY_CHECK;
import static kz.schoolwatch.persistence.jooq.Tables.SECURITY_CHECK_FINDING;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.schoolwatch.domain.Officer;
import kz.schoolwatch.domain.CheckItem;
import kz.schoolwatch.domain.CheckResult;
import kz.schoolwatch.domain.SecurityCheck;
import kz.schoolwatch.persistence.jooq.tables.records.SecurityCheckFindingRecord;
import kz.schoolwatch.persistence.store.Database;
import org.jooq.DSLContext;

/** Security checks of schools and their findings. */
public final class SecurityCheckRepository {

    private final Database db;

    public SecurityCheckRepository(Database db) {
        this.db = db;
    }

    /** A school's checks, newest first, with their findings. */
    public List<SecurityCheck> forSchool(long schoolId) {
        return db.read(dsl -> {
            var checks = dsl.select(SECURITY_CHECK.ID, SECURITY_CHECK.OFFICER_ID, OFFICER.LAST_NAME, OFFICER.FIRST_NAME,
                            OFFICER.MIDDLE_NAME, SECURITY_CHECK.CHECKED_ON, SECURITY_CHECK.REMARKS)
                    .from(SECURITY_CHECK).join(OFFICER).on(OFFICER.ID.eq(SECURITY_CHECK.OFFICER_ID))
                    .where(SECURITY_CHECK.SCHOOL_ID.eq(schoolId))
                    .orderBy(SECURITY_CHECK.CHECKED_ON.desc(), SECURITY_CHECK.ID.desc())
                    .fetch();
            Map<Long, Map<CheckItem, CheckResult>> findings = new HashMap<>();
            dsl.selectFrom(SECURITY_CHECK_FINDING)
                    .where(SECURITY_CHECK_FINDING.CHECK_ID.in(checks.getValues(SECURITY_CHECK.ID)))
                    .forEach(f -> findings.computeIfAbsent(f.getCheckId(), k -> new EnumMap<>(CheckItem.class))
                            .put(CheckItem.valueOf(f.getItem()), CheckResult.valueOf(f.getResult())));
            List<SecurityCheck> out = new ArrayList<>();
            for (var c : checks) {
                out.add(new SecurityCheck(c.value1(), schoolId, c.value2(),
                        Officer.shortName(c.value3(), c.value4(), c.value5()), c.value6(),
                        findings.getOrDefault(c.value1(), Map.of()), c.value7()));
            }
            return out;
        });
    }

    /** Inserts a check and its findings inside the caller's transaction; returns the check's id. */
    public long insert(DSLContext dsl, SecurityCheck check) {
        var r = dsl.newRecord(SECURITY_CHECK)
                .setSchoolId(check.schoolId())
                .setOfficerId(check.officerId())
                .setCheckedOn(check.checkedOn())
                .setRemarks(SchoolRepository.blankToNull(check.remarks()));
        r.store();
        List<SecurityCheckFindingRecord> rows = new ArrayList<>();
        check.findings().forEach((item, result) -> rows.add(dsl.newRecord(SECURITY_CHECK_FINDING)
                .setCheckId(r.getId()).setItem(item.name()).setResult(result.name())));
        dsl.batchInsert(rows).execute();
        return r.getId();
    }
}
