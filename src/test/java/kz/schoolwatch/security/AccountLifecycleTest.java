// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;

import kz.schoolwatch.app.AppContext;
import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.security.KeyRing;
import kz.schoolwatch.service.AccessDeniedException;
import kz.schoolwatch.service.ValidationException;
import kz.schoolwatch.service.security.SignInRefused;
import kz.schoolwatch.service.security.SignInService;
import kz.schoolwatch.service.security.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An account from creation to disabling: temporary password, own change, reset, and what each does to the key ring. */
class AccountLifecycleTest {

    private static final char[] ADMIN_PW = "Klyuch-ot-sklada-1".toCharArray();
    private static final char[] TEMP_PW = "Vremennyi-parol-5".toCharArray();
    private static final char[] OWN_PW = "Moi-sobstvennyi-7".toCharArray();

    @TempDir
    Path folder;

    @Test
    void createChangeDisableAndReset() throws Exception {
        SignInService signIn = new SignInService(folder, Clock.systemDefaultZone());
        try (AppContext admin = new AppContext(signIn.setUp(new AccountDraft("admin", "А", Role.ADMIN, null, null), ADMIN_PW, ADMIN_PW),
                Messages.russian(), Clock.systemDefaultZone())) {
            admin.accounts().create(new AccountDraft("head", "Начальник", Role.HEAD, null, 2), TEMP_PW, TEMP_PW);
            assertThatThrownBy(() -> admin.accounts().create(new AccountDraft("Head", "Другой", Role.HEAD, null, null), TEMP_PW, TEMP_PW))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting(f -> f.messageKey()).contains("account.error.loginTaken"));
            assertThatThrownBy(() -> admin.accounts().create(new AccountDraft("insp", "И", Role.INSPECTOR, null, null), TEMP_PW, TEMP_PW))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting(f -> f.field()).contains("officer"));
            long adminId = admin.accounts().list().stream().filter(a -> a.login().equals("admin")).findFirst().orElseThrow().id();
            assertThatThrownBy(() -> admin.accounts().disable(adminId)).isInstanceOf(AccessDeniedException.class);
        }
        String adminCopy = wrapped("admin");

        // The head signs in with the temporary password, must change it, and changing it rewraps only the head's copy.
        try (SignedIn head = signIn.signIn("head", TEMP_PW);
             AppContext ctx = new AppContext(head, Messages.russian(), Clock.systemDefaultZone())) {
            assertThat(head.account().mustChangePassword()).isTrue();
            assertThatThrownBy(() -> ctx.accounts().changeOwnPassword("wrong-current-1".toCharArray(), OWN_PW, OWN_PW))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting(f -> f.field()).containsExactly("current"));
            String before = wrapped("head");
            ctx.accounts().changeOwnPassword(TEMP_PW, OWN_PW, OWN_PW);
            assertThat(wrapped("head")).isNotEqualTo(before);
            assertThat(wrapped("admin")).isEqualTo(adminCopy);
            assertThat(ctx.accounts().current().mustChangePassword()).isFalse();
        }
        assertThatThrownBy(() -> signIn.signIn("head", TEMP_PW)).isInstanceOf(SignInRefused.class);
        signIn.signIn("head", OWN_PW).close();

        // Disabled: the copy of the key is gone, so the right password no longer opens anything.
        try (AppContext admin = new AppContext(signIn.signIn("admin", ADMIN_PW), Messages.russian(), Clock.systemDefaultZone())) {
            long headId = admin.accounts().list().stream().filter(a -> a.login().equals("head")).findFirst().orElseThrow().id();
            admin.accounts().disable(headId);
            assertThat(KeyRing.load(folder).hasKey("head")).isFalse();
            assertThatThrownBy(() -> signIn.signIn("head", OWN_PW))
                    .isInstanceOfSatisfying(SignInRefused.class, e -> assertThat(e.messageKey()).isEqualTo("signin.error.wrong"));
            // Reset gives it back, with a new temporary password.
            admin.accounts().resetPassword(headId, TEMP_PW, TEMP_PW);
        }
        try (SignedIn head = signIn.signIn("head", TEMP_PW)) {
            assertThat(head.account().enabled()).isTrue();
            assertThat(head.account().mustChangePassword()).isTrue();
        }
    }

    private String wrapped(String login) throws Exception {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(folder.resolve(KeyRing.FILE_NAME))) {
            p.load(in);
        }
        return p.getProperty("key." + login + ".wrapped");
    }
}
