// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import kz.schoolwatch.EngineCases;
import kz.schoolwatch.EngineDatabases;
import kz.schoolwatch.domain.MySchool;
import kz.schoolwatch.domain.MySchools;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.DatabaseOpenException;
import kz.schoolwatch.persistence.store.Engine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * An officer's own schools on the demo city, on both engines, held against plain SQL written the obvious way; an assignment ended,
 * an archived school and a visit and a check made today move them on and off the lists.
 */
class MySchoolsRepositoryTest {

    @Nested
    class OnH2 extends Cases {
        OnH2() {
            super(Engine.H2);
        }
    }

    @Nested
    class OnPostgreSql extends Cases {
        OnPostgreSql() {
            super(Engine.POSTGRESQL);
        }
    }

    /** The cases, run once per engine on one demo city. */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Cases extends EngineCases {

        Cases(Engine engine) {
            super(engine, EngineDatabases.perClass());
        }

        private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
        private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

        private Path folder;
        private Database db;
        private long officer;

        @BeforeAll
        void seed(@TempDir Path dir) throws Exception {
            folder = dir;
            db = databases.openWithDemoCity(engine, folder, Clock.fixed(TODAY.atTime(10, 0).atZone(ALMATY).toInstant(), ALMATY));
            Object min = db.read(dsl -> dsl.fetchValue("SELECT MIN(officer_id) FROM school_assignment WHERE assigned_to IS NULL"));
            officer = ((Number) min).longValue();
        }

        @Test
        void theOfficersCurrentSchoolsWithCamerasLastVisitAndLastCheckAsPlainSqlCountsThem() throws SQLException {
            List<MySchool> mine = new MySchoolsRepository(db).forOfficer(officer, TODAY);
            List<String> expected = new ArrayList<>();
            try (Connection c = EngineDatabases.connect(db);
                 ResultSet rs = c.createStatement().executeQuery("SELECT s.id, s.school_number, d.name,"
                         + " (SELECT COUNT(*) FROM camera c WHERE c.school_id = s.id AND c.status <> 'DISMANTLED'),"
                         + " (SELECT COUNT(*) FROM camera c WHERE c.school_id = s.id AND c.status = 'WORKING'),"
                         + " (SELECT CAST(MAX(v.visited_at) AS DATE) FROM school_visit v WHERE v.school_id = s.id AND v.visited_at < DATE '2026-11-27'),"
                         + " (SELECT MAX(k.checked_on) FROM security_check k WHERE k.school_id = s.id AND k.checked_on <= DATE '2026-11-26')"
                         + " FROM school s JOIN district d ON d.id = s.district_id WHERE s.archived_on IS NULL AND s.id IN"
                         + " (SELECT a.school_id FROM school_assignment a WHERE a.officer_id = " + officer
                         + " AND a.assigned_from <= DATE '2026-11-26' AND (a.assigned_to IS NULL OR a.assigned_to >= DATE '2026-11-26'))"
                         + " ORDER BY s.school_number")) {
                while (rs.next()) {
                    expected.add(rs.getLong(1) + " " + rs.getInt(2) + " " + rs.getString(3) + " " + rs.getInt(4) + "/" + rs.getInt(5)
                            + " " + rs.getObject(6, LocalDate.class) + " " + rs.getObject(7, LocalDate.class));
                }
            }
            assertThat(expected).hasSizeGreaterThan(5);
            assertThat(mine).extracting(s -> s.id() + " " + s.number() + " " + s.district() + " " + s.cameras() + "/" + s.workingCameras()
                    + " " + s.lastVisit() + " " + s.lastCheck()).containsExactlyElementsOf(expected);
        }

        @Test
        void anEndedAssignmentAndAnArchivedSchoolLeaveTheListAndTodaysVisitAndCheckClearTheDue() {
            Path other = folder.resolve("changes");
            try (Database changed = databases.openWithDemoCity(engine, other,
                    Clock.fixed(TODAY.atTime(10, 0).atZone(ALMATY).toInstant(), ALMATY))) {
                MySchoolsRepository repository = new MySchoolsRepository(changed);
                List<MySchool> before = repository.forOfficer(officer, TODAY);
                MySchool ended = before.get(0);
                MySchool archived = before.get(1);
                MySchool due = before.get(2);
                changed.write(cfg -> {
                    cfg.dsl().execute("UPDATE school_assignment SET assigned_to = DATE '2026-11-25' WHERE assigned_to IS NULL AND school_id = "
                            + ended.id());
                    cfg.dsl().execute("UPDATE school SET archived_on = DATE '2026-11-20' WHERE id = " + archived.id());
                    // Nobody has visited or checked the third school for a year.
                    cfg.dsl().execute("DELETE FROM school_visit WHERE school_id = " + due.id());
                    cfg.dsl().execute("DELETE FROM security_check_finding WHERE check_id IN (SELECT id FROM security_check WHERE school_id = "
                            + due.id() + ")");
                    cfg.dsl().execute("DELETE FROM security_check WHERE school_id = " + due.id());
                    return null;
                });
                MySchools mine = new MySchools(TODAY, 90, repository.forOfficer(officer, TODAY));
                assertThat(mine.schools()).extracting(MySchool::id).doesNotContain(ended.id(), archived.id()).contains(due.id());
                assertThat(mine.schools()).hasSize(before.size() - 2);
                // Never visited and never checked: first on both lists.
                assertThat(mine.visitsDue().get(0).id()).isEqualTo(due.id());
                assertThat(mine.checksOverdue().get(0).id()).isEqualTo(due.id());

                changed.write(cfg -> {
                    cfg.dsl().execute("INSERT INTO school_visit (officer_id, school_id, visited_at, purpose_id) VALUES (" + officer + ", "
                            + due.id() + ", TIMESTAMP '2026-11-26 09:00:00', (SELECT MIN(id) FROM visit_purpose))");
                    cfg.dsl().execute("INSERT INTO security_check (school_id, officer_id, checked_on) VALUES (" + due.id() + ", " + officer
                            + ", DATE '2026-11-26')");
                    // A visit planned for tomorrow is not a visit yet.
                    cfg.dsl().execute("INSERT INTO school_visit (officer_id, school_id, visited_at, purpose_id) VALUES (" + officer + ", "
                            + due.id() + ", TIMESTAMP '2026-11-27 09:00:00', (SELECT MIN(id) FROM visit_purpose))");
                    return null;
                });
                MySchools after = new MySchools(TODAY, 90, repository.forOfficer(officer, TODAY));
                MySchool visited = after.schools().stream().filter(s -> s.id() == due.id()).findFirst().orElseThrow();
                assertThat(visited.lastVisit()).isEqualTo(TODAY);
                assertThat(visited.lastCheck()).isEqualTo(TODAY);
                assertThat(after.visitsDue()).extracting(MySchool::id).doesNotContain(due.id());
                assertThat(after.checksOverdue()).extracting(MySchool::id).doesNotContain(due.id());
            } catch (DatabaseOpenException e) {
                throw new AssertionError(e);
            }
        }

        @Test
        void aVisitIsDueAfterTheSettingsDaysAndTheLongestWaitingComesFirst() {
            MySchool never = new MySchool(1, 1, "А", "Д", 0, 0, null, null);
            MySchool old = new MySchool(2, 2, "Б", "Д", 3, 3, TODAY.minusDays(91), TODAY.minusDays(200));
            MySchool edge = new MySchool(3, 3, "В", "Д", 3, 3, TODAY.minusDays(90), TODAY.minusDays(90));
            MySchool recent = new MySchool(4, 4, "Г", "Д", 3, 3, TODAY.minusDays(3), TODAY.minusDays(95));
            MySchools mine = new MySchools(TODAY, 90, List.of(recent, edge, old, never));
            assertThat(mine.visitsDue()).containsExactly(never, old);
            assertThat(mine.checksOverdue()).containsExactly(never, old, recent);
            assertThat(new MySchools(TODAY, 2, List.of(recent)).visitsDue()).containsExactly(recent);
        }
    }
}
