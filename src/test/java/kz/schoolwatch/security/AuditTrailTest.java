// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.security;

import static kz.schoolwatch.persistence.jooq.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import kz.schoolwatch.app.AppContext;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.AuditEvent;
import kz.schoolwatch.domain.AuditFilter;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.VisitDraft;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.jooq.tables.records.AuditEntryRecord;
import kz.schoolwatch.report.ExportProgress;
import kz.schoolwatch.report.ReportFormat;
import kz.schoolwatch.service.security.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit trail: what each kind of action leaves in it, that it is append-only, and that tampering is found. */
class AuditTrailTest {

    @TempDir
    Path folder;

    private Database db;
    private TestRows rows;
    private AppContext head;
    private AppContext admin;
    private long officer;
    private long school;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        rows = new TestRows(db);
        officer = rows.officer("Исин", "100001", 1);
        school = rows.school(125, 1);
        head = context(Role.HEAD);
        admin = context(Role.ADMIN);
    }

    private AppContext context(Role role) {
        SignedIn session = new SignedIn(db, TestDatabases.key(folder), TestDatabases.account(role, null, null));
        return new AppContext(session, Messages.russian(), Clock.systemDefaultZone());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<AuditEntryRecord> entries(String subject) {
        return db.read(dsl -> dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.SUBJECT.eq(subject)).orderBy(AUDIT_ENTRY.ID).fetch());
    }

    @Test
    void createUpdateAndDeleteAreRecordedWithWhoAndTheValuesBeforeAndAfter() {
        db.setActor("head");
        VisitDraft draft = new VisitDraft(officer, school, LocalDateTime.now().minusHours(2), rows.firstPurposeId(), "Охрана на месте", null, 0);
        long id = head.visits().create(draft);
        head.visits().update(id, new VisitDraft(officer, school, draft.visitedAt(), draft.purposeId(), "Охранника нет", "Сообщить директору", 1));
        head.visits().delete(id, 2);

        List<AuditEntryRecord> visits = entries("school_visit");
        assertThat(visits).extracting(AuditEntryRecord::getAction).containsExactly("CREATE", "UPDATE", "DELETE");
        assertThat(visits).allSatisfy(e -> {
            assertThat(e.getActor()).isEqualTo("head");
            assertThat(e.getSubjectKey()).isEqualTo(Long.toString(id));
        });
        assertThat(visits.get(0).getBeforeValue()).isNull();
        assertThat(visits.get(0).getAfterValue()).contains("\"findings\":\"Охрана на месте\"", "\"officer_id\":" + officer);
        // The correction counts the visit's version up (issue 18): the trail holds that change too.
        assertThat(visits.get(1).getBeforeValue())
                .isEqualTo("{\"findings\":\"Охрана на месте\",\"agreed_actions\":null,\"row_version\":1}");
        assertThat(visits.get(1).getAfterValue())
                .isEqualTo("{\"findings\":\"Охранника нет\",\"agreed_actions\":\"Сообщить директору\",\"row_version\":2}");
        assertThat(visits.get(2).getBeforeValue()).contains("Охранника нет");
        assertThat(visits.get(2).getAfterValue()).isNull();
    }

    @Test
    void exportsPrintsAndBackupsAreRecordedAndPasswordHashesNeverAre() throws Exception {
        db.setActor("head");
        var summary = head.monthlySummaries().summarize(YearMonth.now(), head.monthlySummaries().cityScope());
        Path pdf = folder.resolve("svodka.pdf");
        head.reportExports().export(summary, ReportFormat.PDF, pdf, ExportProgress.NONE);
        head.reportExports().recordPrint(summary, "HP LaserJet");
        db.setActor("admin");
        admin.backups().backupNow();
        char[] pw = "Vremenny-parol-7".toCharArray();
        admin.accounts().create(new AccountDraft("isin", "Исин Т.", Role.INSPECTOR, officer, null), pw, pw);

        assertThat(entries("monthly_summary")).extracting(e -> e.getActor() + " " + e.getAction() + " " + e.getDetail())
                .containsExactly("head EXPORT svodka.pdf", "head PRINT " + summary.month() + " CITY 0 to HP LaserJet");
        assertThat(entries("database")).extracting(AuditEntryRecord::getAction).containsExactly("BACKUP");
        AuditEntryRecord account = entries("app_user").get(0);
        assertThat(account.getAction()).isEqualTo("CREATE");
        assertThat(account.getAfterValue()).contains("\"login\":\"isin\"", "\"password_hash\":\"***\"").doesNotContain("argon2");
    }

    @Test
    void theTrailIsAppendOnly() throws Exception {
        rows.school(126, 1);
        try (Connection c = TestDatabases.connect(folder)) {
            assertThatThrownBy(() -> c.createStatement().executeUpdate("UPDATE audit_entry SET actor = 'someone'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> c.createStatement().executeUpdate("DELETE FROM audit_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(admin.audit().verify().intact()).isTrue();
    }

    @Test
    void anEntryChangedBehindTheProgramsBackBreaksTheChainThere() throws Exception {
        for (int n = 130; n < 135; n++) {
            rows.school(n, 1);
        }
        var check = admin.audit().verify();
        assertThat(check.intact()).isTrue();
        assertThat(check.checked()).isGreaterThanOrEqualTo(7);
        long victim = db.read(dsl -> dsl.select(AUDIT_ENTRY.ID).from(AUDIT_ENTRY).where(AUDIT_ENTRY.SUBJECT.eq("school"))
                .orderBy(AUDIT_ENTRY.ID).limit(1).offset(2).fetchSingle(AUDIT_ENTRY.ID));
        try (Connection c = TestDatabases.connect(folder)) {
            // Somebody with the key and SQL skills: first the trigger that guards the table has to go.
            c.createStatement().execute("DROP TRIGGER AUDIT_ENTRY_APPEND_ONLY");
            c.createStatement().executeUpdate("UPDATE audit_entry SET actor = 'nobody' WHERE id = " + victim);
        }
        var broken = admin.audit().verify();
        assertThat(broken.intact()).isFalse();
        assertThat(broken.firstBroken()).hasValue(victim);

        // The screen's list and the CSV export show the trail as it is.
        Path csv = folder.resolve("audit.csv");
        long n = admin.audit().exportCsv(new AuditFilter(null, null, null, null, null), csv);
        assertThat(n).isGreaterThanOrEqualTo(7);
        assertThat(Files.readString(csv)).startsWith("\ufeffid;time;user;action").contains(";nobody;CREATE;school;");
        List<AuditEvent> page = admin.audit().page(new AuditFilter(null, null, "nobody", null, null), 0, 50).rows();
        assertThat(page).extracting(AuditEvent::id).containsExactly(victim);
    }

    @Test
    void aDeletedEntryIsFoundToo() throws Exception {
        for (int n = 130; n < 134; n++) {
            rows.school(n, 1);
        }
        long victim = db.read(dsl -> dsl.select(AUDIT_ENTRY.ID).from(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.ID).limit(1).offset(1)
                .fetchSingle(AUDIT_ENTRY.ID));
        try (Connection c = TestDatabases.connect(folder)) {
            c.createStatement().execute("DROP TRIGGER AUDIT_ENTRY_APPEND_ONLY");
            c.createStatement().executeUpdate("DELETE FROM audit_entry WHERE id = " + victim);
        }
        var broken = admin.audit().verify();
        assertThat(broken.firstBroken().getAsLong()).isGreaterThan(victim);
    }
}
