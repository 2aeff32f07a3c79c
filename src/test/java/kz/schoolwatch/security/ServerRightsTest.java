// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.security;

import static kz.schoolwatch.persistence.jooq.Tables.EVENT_TYPE;
import static kz.schoolwatch.persistence.jooq.Tables.LEISURE_CENTRE;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_VISIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import kz.schoolwatch.domain.EventDraft;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.domain.VisitDraft;
import kz.schoolwatch.persistence.AccountRepository;
import kz.schoolwatch.domain.OffenceDraft;
import kz.schoolwatch.domain.OffenceLocation;
import kz.schoolwatch.domain.ReferenceList;
import kz.schoolwatch.persistence.CityStatsRepository;
import kz.schoolwatch.persistence.EventRepository;
import kz.schoolwatch.persistence.LeisureRepository;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.persistence.OffenceRepository;
import kz.schoolwatch.persistence.ReferenceListRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.report.DashboardChartsRepository;
import kz.schoolwatch.service.OffenceService;
import kz.schoolwatch.service.ReferenceListService;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.VisitRepository;
import kz.schoolwatch.persistence.audit.AuditRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.DatabaseOpenException;
import kz.schoolwatch.persistence.store.PostgresServer;
import kz.schoolwatch.persistence.store.ServerAddress;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.EventService;
import kz.schoolwatch.service.VisitService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server enforces SchoolWatch's rights itself (db/postgresql/V8): what somebody connecting with psql and an
 * account's password may do, tried at the JDBC level, and the program's own services still working under each
 * group role.
 */
class ServerRightsTest {

    private static final String PASSWORD = "Parol-dlya-testa-1";

    private static ServerAddress address;
    private static Database owner;
    private static long officerA;
    private static long officerB;
    private static long schoolA;
    private static long schoolB;
    private static long visitA;
    private static long visitB;
    private static String inspector;
    private static String head;
    private static String admin;

    @BeforeAll
    static void aServerWithTwoDistrictsAndThreeAccounts() throws Exception {
        address = PostgresServer.newDatabase();
        owner = PostgresServer.connect(address);
        TestRows rows = new TestRows(owner);
        officerA = rows.officer("Исин", "100001", 1);
        officerB = rows.officer("Ахметов", "100002", 2);
        schoolA = rows.school(125, 1);
        schoolB = rows.school(126, 2);
        rows.centre("Дом школьников", 1);
        visitA = visit(owner, officerA, schoolA);
        visitB = visit(owner, officerB, schoolB);
        String suffix = address.database();
        inspector = "isin_" + suffix;
        head = "head_" + suffix;
        admin = "admin_" + suffix;
        try (Connection c = connect(PostgresServer.LOGIN); Statement st = c.createStatement()) {
            account(st, inspector, Role.INSPECTOR, officerA, null);
            account(st, head, Role.HEAD, null, 1);
            account(st, admin, Role.ADMIN, null, null);
        }
    }

    @AfterAll
    static void close() {
        owner.close();
    }

    private static void account(Statement st, String login, Role role, Long officer, Integer district) throws SQLException {
        st.execute("CREATE ROLE " + login + " LOGIN PASSWORD '" + PASSWORD + "' IN ROLE schoolwatch_" + role.name().toLowerCase());
        st.execute("INSERT INTO app_user (login, full_name, user_role, officer_id, district_id, password_hash) VALUES ('"
                + login + "', 'Test', '" + role + "', " + officer + ", " + district + ", '$argon2id$secret')");
    }

    private static long visit(Database db, long officer, long school) {
        return db.write(cfg -> cfg.dsl().insertInto(SCHOOL_VISIT).set(SCHOOL_VISIT.OFFICER_ID, officer).set(SCHOOL_VISIT.SCHOOL_ID, school)
                .set(SCHOOL_VISIT.VISITED_AT, LocalDateTime.of(2026, 11, 3, 10, 0)).set(SCHOOL_VISIT.PURPOSE_ID, 1)
                .returningResult(SCHOOL_VISIT.ID).fetchOne().value1());
    }

    private static Connection connect(String login) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + address.host() + ":" + address.port() + "/" + address.database(),
                login, PASSWORD);
    }

    private static List<Long> ids(Statement st, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    @Test
    void anInspectorReadsNoOtherAccountAndNoPasswordHash() throws Exception {
        try (Connection c = connect(inspector); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeQuery("SELECT password_hash FROM app_user")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            try (ResultSet rs = st.executeQuery("SELECT login FROM app_user")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(inspector);
                assertThat(rs.next()).isFalse();
            }
            assertThatThrownBy(() -> st.executeUpdate("UPDATE app_user SET user_role = 'ADMIN'")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> st.executeUpdate("INSERT INTO app_user (login, full_name, user_role, password_hash)"
                    + " VALUES ('x', 'x', 'ADMIN', 'x')")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void anInspectorChangesOnlyTheirOwnOfficersVisits() throws Exception {
        try (Connection c = connect(inspector); Statement st = c.createStatement()) {
            assertThat(ids(st, "SELECT id FROM school_visit ORDER BY id")).contains(visitA, visitB);
            assertThat(st.executeUpdate("UPDATE school_visit SET findings = 'чужой' WHERE id = " + visitB)).isZero();
            assertThat(st.executeUpdate("DELETE FROM school_visit WHERE id = " + visitB)).isZero();
            assertThatThrownBy(() -> st.executeUpdate("UPDATE school_visit SET officer_id = " + officerB + " WHERE id = " + visitA))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            assertThatThrownBy(() -> st.executeUpdate("INSERT INTO school_visit (officer_id, school_id, visited_at, purpose_id)"
                    + " VALUES (" + officerB + ", " + schoolB + ", LOCALTIMESTAMP, 1)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            assertThatThrownBy(() -> st.executeUpdate("UPDATE school SET name = 'x'")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            assertThat(st.executeUpdate("UPDATE school_visit SET findings = 'свой' WHERE id = " + visitA)).isEqualTo(1);
        }
    }

    @Test
    void anInspectorRecordsNoEventWithoutTheirOwnOfficer() throws Exception {
        try (Connection c = connect(inspector); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.executeUpdate("INSERT INTO outreach_event (event_type_id, held_on, school_id) VALUES (1, CURRENT_DATE, " + schoolA + ")");
            st.executeUpdate("INSERT INTO event_officer (event_id, officer_id) SELECT max(id), " + officerB + " FROM outreach_event");
            assertThatThrownBy(c::commit).isInstanceOf(SQLException.class).hasMessageContaining("own officer");
        }
        try (Connection c = connect(admin); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("UPDATE app_user SET login = 'x' WHERE login = '" + admin + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void nobodyButTheOwnerChangesTheAuditTrailAndOnlyTheAdministratorReadsIt() throws Exception {
        try (Connection c = connect(inspector); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM audit_entry")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> st.executeUpdate("UPDATE audit_entry SET actor = 'x'")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> st.executeQuery("SELECT * FROM audit_entry")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
        try (Connection c = connect(admin); Statement st = c.createStatement()) {
            assertThat(ids(st, "SELECT count(*) FROM audit_entry").get(0)).isPositive();
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM audit_entry")).isInstanceOf(SQLException.class);
        }
        assertThat(new AuditRepository(owner).verify().intact()).isTrue();
    }

    @Test
    void theAdministratorSeesNoPoliceRecords() throws Exception {
        try (Connection c = connect(admin); Statement st = c.createStatement()) {
            // The program's queries on the schools screen still run; they find no visit.
            assertThat(ids(st, "SELECT id FROM school_visit")).isEmpty();
            assertThat(ids(st, "SELECT id FROM outreach_event")).isEmpty();
            assertThat(ids(st, "SELECT id FROM offence")).isEmpty();
            assertThat(ids(st, "SELECT id FROM school ORDER BY id")).containsExactly(schoolA, schoolB);
            assertThatThrownBy(() -> st.executeUpdate("INSERT INTO school_visit (officer_id, school_id, visited_at, purpose_id)"
                    + " VALUES (" + officerA + ", " + schoolA + ", LOCALTIMESTAMP, 1)")).isInstanceOf(SQLException.class);
            assertThat(ids(st, "SELECT id FROM app_user").size()).isGreaterThanOrEqualTo(3);
            assertThatThrownBy(() -> st.executeQuery("SELECT phone FROM officer")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void aHeadSeesAndChangesOnlyTheirDistrictsWork() throws Exception {
        try (Connection c = connect(head); Statement st = c.createStatement()) {
            assertThat(ids(st, "SELECT id FROM school_visit")).contains(visitA).doesNotContain(visitB);
            assertThat(st.executeUpdate("UPDATE school_visit SET findings = 'x' WHERE id = " + visitB)).isZero();
            assertThat(st.executeUpdate("UPDATE school SET phone = '1' WHERE id = " + schoolB)).isZero();
            assertThat(st.executeUpdate("UPDATE school SET phone = '1' WHERE id = " + schoolA)).isEqualTo(1);
            assertThat(ids(st, "SELECT id FROM school ORDER BY id")).containsExactly(schoolA, schoolB);
        }
    }

    @Test
    void theProgramsServicesWorkAsAnInspector() throws Exception {
        UserAccount me = new UserAccount(0, inspector, "Test", Role.INSPECTOR, officerA, null, true, false, null);
        try (Database db = Database.connect(address, inspector, PASSWORD.toCharArray())) {
            db.setActor(inspector);
            Access access = new Access(me, id -> null);
            VisitService visits = new VisitService(db, new VisitRepository(db), new DataChanges(), Clock.systemDefaultZone(), access);
            long id = visits.create(new VisitDraft(officerA, schoolB, LocalDateTime.now().minusHours(1), 1, "На месте", null, 0));
            visits.update(id, new VisitDraft(officerA, schoolB, LocalDateTime.now().minusHours(1), 1, "Исправлено", null, 1));
            EventService events = new EventService(db, new EventRepository(db), new DataChanges(), access);
            int type = db.read(dsl -> dsl.select(EVENT_TYPE.ID).from(EVENT_TYPE).limit(1).fetchSingle(EVENT_TYPE.ID));
            EventDraft event = new EventDraft(type, "Беседа", LocalDate.now(), schoolA, null, 30, 0, null, List.of(),
                    List.of(officerB, officerA), 0);
            long eventId = events.create(event);
            events.update(eventId, new EventDraft(type, "Беседа о безопасности", LocalDate.now(), schoolA, null, 31, 0, null,
                    List.of(), List.of(officerB, officerA), 1));
            events.delete(eventId, 2);
            visits.delete(id, 2);
            db.write(cfg -> {
                new AccountRepository(db).touchLogin(cfg.dsl(), inspector, LocalDateTime.now());
                return null;
            });
            long account = new AccountRepository(db).byLogin(inspector).orElseThrow().id();
            new SettingsRepository(db).putForAccount(account, java.util.Map.of("report.folder", "/home/isin"));
            assertThat(new SettingsRepository(db).getForAccount(account, "report.folder")).hasValue("/home/isin");
            assertThat(new SchoolRepository(db).listRows()).hasSize(2);
            assertThat(new DashboardChartsRepository(db).load(LocalDate.now())).isNotNull();
            assertThat(new LookupRepository(db).activeOfficers()).hasSize(2);
            assertThat(new SchoolRepository(db).find(schoolA)).isPresent();
            assertThat(new AccountRepository(db).byLogin(inspector)).hasValueSatisfying(a -> assertThat(a.officerId()).isEqualTo(officerA));
            assertThat(new AccountRepository(db).all()).extracting(UserAccount::login).containsExactly(inspector);
        }
        assertThat(new AuditRepository(owner).verify().intact()).isTrue();
        List<String> actors = owner.read(dsl -> dsl.selectDistinct(kz.schoolwatch.persistence.jooq.Tables.AUDIT_ENTRY.ACTOR)
                .from(kz.schoolwatch.persistence.jooq.Tables.AUDIT_ENTRY)
                .where(kz.schoolwatch.persistence.jooq.Tables.AUDIT_ENTRY.SUBJECT.eq("outreach_event"))
                .fetch(kz.schoolwatch.persistence.jooq.Tables.AUDIT_ENTRY.ACTOR));
        assertThat(actors).contains(inspector).doesNotContain(PostgresServer.LOGIN, "test");
    }

    @Test
    void theProgramsScreensWorkAsAHeadWithinTheDistrict() throws Exception {
        UserAccount me = new UserAccount(0, head, "Test", Role.HEAD, null, 1, true, false, null);
        try (Database db = Database.connect(address, head, PASSWORD.toCharArray())) {
            db.setActor(head);
            SchoolRepository schools = new SchoolRepository(db);
            Access access = new Access(me, schools::districtOf);
            OffenceService offences = new OffenceService(db, new OffenceRepository(db), new DataChanges(), Clock.systemDefaultZone(),
                    access);
            long offence = offences.save(null, new OffenceDraft(LocalDate.now().minusDays(1), schoolA, 1, OffenceLocation.INSIDE,
                    "Драка", false));
            offences.delete(offence, 1);
            VisitService visits = new VisitService(db, new VisitRepository(db), new DataChanges(), Clock.systemDefaultZone(), access);
            visits.update(visitA, new VisitDraft(officerA, schoolA, LocalDateTime.of(2026, 11, 3, 10, 0), 1, "Проверено", null, 1));
            assertThat(schools.listRows()).hasSize(2);
            assertThat(new DashboardChartsRepository(db).load(LocalDate.now())).isNotNull();
            assertThat(new CityStatsRepository(db).cityTotals().schools()).isEqualTo(2);
            EventService events = new EventService(db, new EventRepository(db), new DataChanges(), access);
            EventDraft event = new EventDraft(1, "Рейд", LocalDate.now(), schoolA, null, 10, 2, null, List.of(), List.of(officerA), 0);
            long eventId = events.create(event);
            events.update(eventId, new EventDraft(1, "Рейд", LocalDate.now(), schoolA, null, 12, 2, null, List.of(),
                    List.of(officerA, officerB), 1));
            events.delete(eventId, 2);
            try (Connection c = connect(head); Statement st = c.createStatement()) {
                assertThatThrownBy(() -> st.executeUpdate("INSERT INTO outreach_event (event_type_id, held_on, school_id)"
                        + " VALUES (1, CURRENT_DATE, " + schoolB + ")")).isInstanceOf(SQLException.class)
                        .hasMessageContaining("row-level security");
            }
            long centre = owner.read(dsl -> dsl.select(LEISURE_CENTRE.ID).from(LEISURE_CENTRE).fetchOne(LEISURE_CENTRE.ID));
            LeisureRepository leisure = new LeisureRepository(db);
            db.write(cfg -> {
                leisure.insertAttendance(cfg.dsl(), centre, LocalDate.of(2026, 11, 1), 3, 1);
                return null;
            });
            int corrected = db.write(cfg -> leisure.updateAttendance(cfg.dsl(), centre, LocalDate.of(2026, 11, 1), 5, 1, 1));
            assertThat(corrected).isEqualTo(1);
        }
    }

    @Test
    void theProgramsScreensWorkAsTheAdministrator() throws Exception {
        UserAccount me = new UserAccount(0, admin, "Test", Role.ADMIN, null, null, true, false, null);
        try (Database db = Database.connect(address, admin, PASSWORD.toCharArray())) {
            db.setActor(admin);
            Access access = new Access(me, id -> null);
            ReferenceListService lists = new ReferenceListService(db, new ReferenceListRepository(db), new DataChanges(), access);
            lists.add(ReferenceList.VISIT_PURPOSE, "Проверка из теста прав на сервере");
            assertThat(new SchoolRepository(db).listRows()).hasSize(2);
            assertThat(new DashboardChartsRepository(db).load(LocalDate.now())).isNotNull();
            assertThat(new AuditRepository(db).verify().intact()).isTrue();
            assertThat(new AccountRepository(db).all()).extracting(UserAccount::login).contains(inspector, head, admin);
        }
    }

    @Test
    void aSessionLeftOpenAfterItsAccountWasDisabledSeesNoPoliceWork() throws Exception {
        String gone = "gone_" + address.database();
        String goneHead = "gonehead_" + address.database();
        try (Connection c = connect(PostgresServer.LOGIN); Statement st = c.createStatement()) {
            account(st, gone, Role.INSPECTOR, officerA, null);
            account(st, goneHead, Role.HEAD, null, null);
        }
        try (Connection insp = connect(gone); Statement si = insp.createStatement();
             Connection hd = connect(goneHead); Statement sh = hd.createStatement()) {
            assertThat(ids(si, "SELECT id FROM school_visit")).isNotEmpty();
            assertThat(ids(sh, "SELECT id FROM school_visit")).contains(visitA, visitB);
            try (Connection c = connect(PostgresServer.LOGIN); Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE app_user SET enabled = FALSE WHERE login IN ('" + gone + "', '" + goneHead + "')");
            }
            assertThat(ids(si, "SELECT id FROM school_visit")).isEmpty();
            assertThat(ids(sh, "SELECT id FROM school_visit")).isEmpty();
            assertThat(si.executeUpdate("UPDATE school_visit SET findings = 'x' WHERE id = " + visitA)).isZero();
        }
    }

    @Test
    void anAccountMayNotBringAnOlderServerDatabaseUpToDate() throws Exception {
        ServerAddress empty = PostgresServer.newDatabase();
        assertThatThrownBy(() -> Database.connect(empty, inspector, PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.SERVER_NOT_UPDATED));
    }
}
