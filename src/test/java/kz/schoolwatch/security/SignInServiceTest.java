// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.security;

import static kz.schoolwatch.persistence.jooq.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.persistence.security.KeyRing;
import kz.schoolwatch.service.ValidationException;
import kz.schoolwatch.service.security.SignInRefused;
import kz.schoolwatch.service.security.SignInService;
import kz.schoolwatch.service.security.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in on a real encrypted database: set-up, success, wrong passwords, lockout and its expiry, the audit of it all. */
class SignInServiceTest {

    private static final String PASSWORD = "Kazakh-qala-2026";

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T04:00:00Z"), ZoneId.of("Asia/Almaty"));
    private SignInService service;

    @BeforeEach
    void setUp() throws Exception {
        service = new SignInService(folder, clock);
        assertThat(service.start()).isEqualTo(SignInService.Start.SET_UP);
        try (SignedIn admin = service.setUp(new AccountDraft("Admin", "Администратор А.", Role.ADMIN, null, null),
                PASSWORD.toCharArray(), PASSWORD.toCharArray())) {
            assertThat(admin.account().login()).isEqualTo("admin");
            assertThat(admin.account().role()).isEqualTo(Role.ADMIN);
        }
        assertThat(service.start()).isEqualTo(SignInService.Start.SIGN_IN);
    }

    @Test
    void setUpRefusesAWeakPasswordNextToTheFieldAndWritesNothing() throws Exception {
        Path other = folder.resolve("other");
        SignInService fresh = new SignInService(other, clock);
        assertThatThrownBy(() -> fresh.setUp(new AccountDraft("admin", "", Role.ADMIN, null, null), "short1".toCharArray(),
                "short2".toCharArray()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field() + ":" + f.messageKey())
                        .contains("fullName:validation.required", "password:password.error.short", "repeat:password.error.repeat"));
        assertThatThrownBy(() -> fresh.setUp(new AccountDraft("admin", "А", Role.ADMIN, null, null), "onlyletterslong".toCharArray(),
                "onlyletterslong".toCharArray()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.messageKey()).contains("password.error.mix"));
        assertThat(fresh.start()).isEqualTo(SignInService.Start.SET_UP);
        assertThat(KeyRing.existsIn(other)).isFalse();
    }

    @Test
    void rightPasswordSignsInWhateverTheLoginsCase() throws Exception {
        try (SignedIn s = service.signIn(" ADMIN ", PASSWORD.toCharArray())) {
            assertThat(s.account().fullName()).isEqualTo("Администратор А.");
            assertThat(actions(s)).endsWith("LOGIN");
        }
    }

    @Test
    void wrongPasswordAndUnknownLoginGetTheSameAnswerAndAreAuditedAtTheNextSignIn() throws Exception {
        assertThatThrownBy(() -> service.signIn("admin", "Wrong-password-1".toCharArray()))
                .isInstanceOfSatisfying(SignInRefused.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("signin.error.wrong");
                    assertThat(e.args()).isEmpty();
                });
        assertThatThrownBy(() -> service.signIn("nobody", PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(SignInRefused.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("signin.error.wrong");
                    assertThat(e.args()).isEmpty();
                });
        try (SignedIn s = service.signIn("admin", PASSWORD.toCharArray())) {
            List<String> rows = s.database().read(dsl -> dsl.select(AUDIT_ENTRY.ACTOR, AUDIT_ENTRY.ACTION, AUDIT_ENTRY.DETAIL)
                    .from(AUDIT_ENTRY).where(AUDIT_ENTRY.SUBJECT.eq("session")).orderBy(AUDIT_ENTRY.ID)
                    .fetch(r -> r.value1() + " " + r.value2() + " " + r.value3()));
            assertThat(rows).containsSubsequence("admin LOGIN_FAILED wrong password", "nobody LOGIN_FAILED unknown login",
                    "admin LOGIN null");
        }
        // A successful sign-in clears the count: four more wrong ones do not lock.
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> service.signIn("admin", "Wrong-password-1".toCharArray())).isInstanceOf(SignInRefused.class);
        }
        service.signIn("admin", PASSWORD.toCharArray()).close();
    }

    @Test
    void fiveWrongPasswordsLockForFifteenMinutesEvenAgainstTheRightOne() throws Exception {
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> service.signIn("admin", "Wrong-password-1".toCharArray()))
                    .isInstanceOfSatisfying(SignInRefused.class, e -> assertThat(e.locked()).isFalse());
        }
        assertThatThrownBy(() -> service.signIn("admin", "Wrong-password-1".toCharArray()))
                .isInstanceOfSatisfying(SignInRefused.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("signin.error.lockedNow");
                    assertThat(e.locked()).isTrue();
                });
        assertThatThrownBy(() -> service.signIn("admin", PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(SignInRefused.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("signin.error.locked");
                    assertThat(e.args()).containsExactly("09:15");
                });
        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> service.signIn("admin", PASSWORD.toCharArray())).isInstanceOf(SignInRefused.class);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        try (SignedIn s = service.signIn("admin", PASSWORD.toCharArray())) {
            assertThat(actions(s)).contains("LOCKOUT", "LOGIN_LOCKED").endsWith("LOGIN");
        }
    }

    @Test
    void anUnknownLoginIsAnsweredAndLockedExactlyLikeAWrongPasswordOfARealOne() throws Exception {
        List<String> real = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            real.add(refusal(() -> service.signIn("admin", "Wrong-password-1".toCharArray())));
            unknown.add(refusal(() -> service.signIn("nobody", "Wrong-password-1".toCharArray())));
        }
        assertThat(unknown).isEqualTo(real);
        assertThat(real).containsExactly("signin.error.wrong[]", "signin.error.wrong[]", "signin.error.wrong[]",
                "signin.error.wrong[]", "signin.error.lockedNow[5, 15]", "signin.error.locked[09:15]");
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(refusal(() -> service.signIn("nobody", "Wrong-password-1".toCharArray()))).isEqualTo("signin.error.wrong[]");
        try (SignedIn s = service.signIn("admin", PASSWORD.toCharArray())) {
            List<String> rows = s.database().read(dsl -> dsl.select(AUDIT_ENTRY.ACTOR, AUDIT_ENTRY.ACTION, AUDIT_ENTRY.DETAIL)
                    .from(AUDIT_ENTRY).where(AUDIT_ENTRY.ACTOR.eq("nobody")).orderBy(AUDIT_ENTRY.ID)
                    .fetch(r -> r.value1() + " " + r.value2() + " " + r.value3()));
            // The audit trail, and only it, tells the two apart.
            assertThat(rows).contains("nobody LOGIN_FAILED unknown login", "nobody LOCKOUT 5 failed attempts",
                    "nobody LOGIN_LOCKED refused while locked");
        }
    }

    private interface Attempt {
        void run() throws Exception;
    }

    private static String refusal(Attempt attempt) {
        try {
            attempt.run();
        } catch (SignInRefused e) {
            return e.messageKey() + e.args();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("signed in");
    }

    private static List<String> actions(SignedIn s) {
        return s.database().read(dsl -> dsl.select(AUDIT_ENTRY.ACTION).from(AUDIT_ENTRY).where(AUDIT_ENTRY.SUBJECT.eq("session"))
                .orderBy(AUDIT_ENTRY.ID).fetch(AUDIT_ENTRY.ACTION));
    }
}
