// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench.load;

import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load run's checks fail when what they guard is broken, so that "all checks hold" means something. */
class LoadChecksTest {

    @Test
    void aSaveTheSchoolDoesNotShowAChangeMissingFromTheTrailAndAStrangersEntryAreEachBroken(@TempDir Path folder) throws Exception {
        try (Database db = TestDatabases.open(folder)) {
            long school = new TestRows(db).school(125, 1);
            db.write(cfg -> cfg.dsl().update(SCHOOL).set(SCHOOL.PUPILS, 0).where(SCHOOL.ID.eq(school)).execute());
            LoadChecks.Mark mark = LoadChecks.Mark.take(db, List.of(school));
            Ledger ledger = new Ledger();
            Ledger.Tally head = new Ledger.Tally("head_1", Role.HEAD);
            // The head reports a save, but another save without the version check wrote over it: pupils stay 0.
            head.saved("school");
            ledger.schoolSaved(school);
            db.write(cfg -> cfg.dsl().update(SCHOOL).set(SCHOOL.PHONE, "+7 727 000 00 00").where(SCHOOL.ID.eq(school)).execute());

            LoadChecks checks = LoadChecks.of(db, mark, List.of(head), ledger, List.of(school), Map.of());

            assertThat(checks.broken()).anySatisfy(b -> assertThat(b).contains("no lost update of a school", "shows 0 of 1"))
                    .anySatisfy(b -> assertThat(b).contains("under an officer's login", "test school UPDATE"))
                    .anySatisfy(b -> assertThat(b).contains("with its actor", "head_1 saved 1 schools, the trail holds 0"))
                    .anySatisfy(b -> assertThat(b).contains("figures", "school versions counted up 0 (school saves: 1)"));
            assertThat(checks.lines()).anySatisfy(l -> assertThat(l).startsWith("ok").contains("audit chain verifies"));
        }
    }
}
