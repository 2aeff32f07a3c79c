// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import kz.schoolwatch.app.AppContext;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.OfficerDraft;
import kz.schoolwatch.domain.ReferenceList;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.VisitDraft;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.report.ReportScope;
import kz.schoolwatch.service.AccessDeniedException;
import kz.schoolwatch.service.security.SignedIn;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each role's rights, asked of the services directly (no screen in between): what the UI hides must also be
 * refused here, and a refusal writes nothing.
 */
class RolePermissionsTest {

    @TempDir
    static Path folder;

    private static Database db;
    private static TestRows rows;
    private static long officerX;
    private static long officerY;
    private static long schoolInDistrict1;
    private static long schoolInDistrict2;
    private static int purpose;
    private static AppContext inspector;
    private static AppContext head1;
    private static AppContext admin;

    @BeforeAll
    static void open() throws Exception {
        db = TestDatabases.open(folder);
        rows = new TestRows(db);
        officerX = rows.officer("Исин", "100001", 1);
        officerY = rows.officer("Ахметова", "100002", 1);
        schoolInDistrict1 = rows.school(125, 1);
        schoolInDistrict2 = rows.school(174, 2);
        purpose = rows.firstPurposeId();
        inspector = context(Role.INSPECTOR, officerX, null);
        head1 = context(Role.HEAD, officerY, 1);
        admin = context(Role.ADMIN, null, null);
    }

    private static AppContext context(Role role, Long officer, Integer district) {
        SignedIn session = new SignedIn(db, TestDatabases.key(folder), TestDatabases.account(role, officer, district));
        return new AppContext(session, Messages.russian(), Clock.systemDefaultZone());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static VisitDraft visit(long officer, long school) {
        return new VisitDraft(officer, school, LocalDateTime.now().minusHours(1), purpose, "Проверка", null, 0);
    }

    @Test
    void inspectorRecordsOwnVisitsOnlyAndChangesNothingElse() {
        long own = inspector.visits().create(visit(officerX, schoolInDistrict2));
        assertThat(own).isPositive();
        int before = rows.count("school_visit");

        assertDenied(() -> inspector.visits().create(visit(officerY, schoolInDistrict1)), "access.denied.ownWork");
        // Nor by taking over another officer's visit, nor by handing one's own to somebody else.
        long others = head1.visits().create(visit(officerY, schoolInDistrict1));
        assertDenied(() -> inspector.visits().update(others, visit(officerX, schoolInDistrict1)), "access.denied.ownWork");
        assertDenied(() -> inspector.visits().delete(others, 1), "access.denied.ownWork");
        assertDenied(() -> inspector.visits().update(own, visit(officerY, schoolInDistrict1)), "access.denied.ownWork");
        assertThat(rows.count("school_visit")).isEqualTo(before + 1);

        assertDenied(() -> inspector.schools().remove(schoolInDistrict1), "access.denied");
        assertDenied(() -> inspector.officers().create(new OfficerDraft(1, "Б", "В", null, "999999", 1, null, true, 0)), "access.denied");
        assertDenied(() -> inspector.monthlySummaries().summarize(YearMonth.now(), inspector.monthlySummaries().cityScope()),
                "access.denied");
        assertDenied(() -> inspector.accounts().list(), "access.denied");
        assertDenied(() -> inspector.referenceLists().add(ReferenceList.VISIT_PURPOSE, "Новая цель"), "access.denied");
        assertDenied(() -> inspector.audit().verify(), "access.denied");
        assertDenied(() -> inspector.backups().backupNow(), "access.denied");
        assertThat(inspector.schools().list()).hasSize(2); // sees all schools
    }

    @Test
    void headWorksOnlyInTheDistrict() {
        assertThatCode(() -> head1.visits().create(visit(officerX, schoolInDistrict1))).doesNotThrowAnyException();
        int before = rows.count("school_visit");
        assertDenied(() -> head1.visits().create(visit(officerX, schoolInDistrict2)), "access.denied.district");
        assertDenied(() -> head1.schools().remove(schoolInDistrict2), "access.denied.district");
        assertDenied(() -> head1.cameras().addMany(schoolInDistrict2, 1, 1, CameraStatus.WORKING,
                LocalDate.now(), true), "access.denied.district");
        assertDenied(() -> head1.monthlySummaries().summarize(YearMonth.now(), head1.monthlySummaries().cityScope()),
                "access.denied.district");
        assertThat(rows.count("school_visit")).isEqualTo(before);
        assertThat(rows.count("camera")).isZero();
        assertThatCode(() -> head1.monthlySummaries().summarize(YearMonth.now(), ReportScope.district(1, "Алмалинский")))
                .doesNotThrowAnyException();
        assertDenied(() -> head1.accounts().list(), "access.denied");
        assertDenied(() -> head1.settings().setIdleMinutes(5), "access.denied");
    }

    @Test
    void administratorManagesAccountsListsAndSettingsButRecordsNoPoliceWork() {
        assertDenied(() -> admin.visits().create(visit(officerX, schoolInDistrict1)), "access.denied");
        assertDenied(() -> admin.schools().remove(schoolInDistrict1), "access.denied");
        assertDenied(() -> admin.monthlySummaries().summarize(YearMonth.now(), admin.monthlySummaries().cityScope()), "access.denied");
        assertThatCode(() -> admin.referenceLists().add(ReferenceList.VISIT_PURPOSE, "Рейд «Подросток»")).doesNotThrowAnyException();
        assertThatCode(() -> admin.settings().setIdleMinutes(10)).doesNotThrowAnyException();
        assertThat(admin.settings().idleMinutes()).isEqualTo(10);
        char[] pw = "Vremenny-parol-7".toCharArray();
        long id = admin.accounts().create(new AccountDraft("isin", "Исин Т.", Role.INSPECTOR, officerX, null), pw, pw);
        assertThat(admin.accounts().list()).anySatisfy(a -> {
            assertThat(a.id()).isEqualTo(id);
            assertThat(a.mustChangePassword()).isTrue();
        });
    }

    private static void assertDenied(ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
