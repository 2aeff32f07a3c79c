// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Visit;
import kz.schoolwatch.domain.VisitDraft;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.VisitRepository;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.VisitService;
import kz.schoolwatch.ui.common.InStepTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A school card's visits, read in step: one school's, newest first, following saves only while followed. */
class SchoolVisitsViewModelTest {

    @TempDir
    Path folder;

    @Test
    void showsOneSchoolsVisitsAndFollowsSavesOnlyWhileFollowed() throws Exception {
        try (Database db = TestDatabases.open(folder)) {
            TestRows rows = new TestRows(db);
            long officer = rows.officer("Исин", "100001", 1);
            long mine = rows.school(125, 1);
            long other = rows.school(174, 1);
            DataChanges changes = new DataChanges();
            VisitService visits = new VisitService(db, new VisitRepository(db), changes, Clock.systemDefaultZone(), TestDatabases.head());
            int purpose = rows.firstPurposeId();
            LocalDateTime base = LocalDateTime.of(2026, 1, 10, 10, 0);
            for (int i = 0; i < 6; i++) {
                visits.create(new VisitDraft(officer, i % 2 == 0 ? mine : other, base.plusDays(i), purpose, "визит " + i, null, 0));
            }
            InStepTaskRunner tasks = new InStepTaskRunner();
            SchoolVisitsViewModel model = new SchoolVisitsViewModel(visits, tasks, changes, mine);

            model.load();
            assertThat(model.list().rows()).extracting(Visit::findings).containsExactly("визит 4", "визит 2", "визит 0");

            model.follow();
            visits.create(new VisitDraft(officer, mine, base.plusDays(100), purpose, "новый визит", null, 0));
            assertThat(model.list().rows()).extracting(Visit::findings).first().isEqualTo("новый визит");

            model.unfollow();
            visits.create(new VisitDraft(officer, mine, base.plusDays(101), purpose, "после закрытия", null, 0));
            assertThat(model.list().rows()).as("a closed card reads nothing more").hasSize(4);

            model.setSchoolId(other);
            assertThat(model.list().rows()).allMatch(v -> v.schoolId() == other).hasSize(3);
            assertThat(tasks.failed()).isZero();
        }
    }
}
