// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.service.security.SignInRefused;
import kz.schoolwatch.service.security.SignInService;
import kz.schoolwatch.service.security.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A copy of the database key wrapped under the parameters of an earlier version is wrapped again at its next sign-in. */
class OlderKeyDerivationTest {

    private static final String PASSWORD = "Kazakh-qala-2026";
    /** What SchoolWatch used before the lanes went from 1 to 4. */
    private static final KeyDerivation ONE_LANE = new KeyDerivation(65_536, 3, 1);

    @TempDir
    Path folder;

    @Test
    void theRightPasswordRewrapsAnOlderCopyAndAWrongOneLeavesItAlone() throws Exception {
        assertThat(KeyDerivation.STANDARD).isEqualTo(new KeyDerivation(65_536, 3, 4));
        SignInService service = new SignInService(folder, Clock.fixed(Instant.parse("2026-11-27T04:00:00Z"), ZoneId.of("Asia/Almaty")));
        try (SignedIn admin = service.setUp(new AccountDraft("admin", "Администратор А.", Role.ADMIN, null, null),
                PASSWORD.toCharArray(), PASSWORD.toCharArray())) {
            KeyRing ring = KeyRing.load(folder);
            ring.putKey("admin", PASSWORD.toCharArray(), admin.key(), ONE_LANE);
            ring.save();
        }
        assertThat(KeyRing.load(folder).derivation("admin")).contains(ONE_LANE);

        assertThatThrownBy(() -> service.signIn("admin", "Wrong-pass-2026".toCharArray())).isInstanceOf(SignInRefused.class);
        assertThat(KeyRing.load(folder).derivation("admin")).contains(ONE_LANE);

        try (SignedIn signedIn = service.signIn("admin", PASSWORD.toCharArray())) {
            assertThat(signedIn.account().login()).isEqualTo("admin");
        }
        assertThat(KeyRing.load(folder).derivation("admin")).contains(KeyDerivation.STANDARD);
        try (SignedIn again = service.signIn("admin", PASSWORD.toCharArray())) {
            assertThat(again.account().login()).isEqualTo("admin");
        }
    }
}
