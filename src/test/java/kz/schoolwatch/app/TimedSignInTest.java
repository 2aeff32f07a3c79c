// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The benchmark's sign-in is there only when both switches ask for it, and never shows the password. */
class TimedSignInTest {

    private final InputStream stdin = System.in;

    @AfterEach
    void restore() {
        System.setIn(stdin);
        System.clearProperty(TimedSignIn.USER_PROPERTY);
        System.clearProperty(TimedSignIn.TYPING_PROPERTY);
    }

    @Test
    void readsThePasswordFromTheFirstLineOnlyWithStartupTimingAndAUser() {
        System.setIn(new ByteArrayInputStream("Пароль-2026 с пробелом\nnext\n".getBytes(StandardCharsets.UTF_8)));
        System.setProperty(TimedSignIn.USER_PROPERTY, " nachalnik ");

        TimedSignIn timed = TimedSignIn.requested(true).orElseThrow();

        assertThat(timed.login()).isEqualTo("nachalnik");
        assertThat(timed.password()).isEqualTo("Пароль-2026 с пробелом");
        assertThat(timed.toString()).doesNotContain("Пароль");
        assertThat(timed.typing()).isZero();
    }

    @Test
    void waitsAsLongAsAskedBeforePressingSignIn() {
        System.setIn(new ByteArrayInputStream("secret-2026\n".getBytes(StandardCharsets.UTF_8)));
        System.setProperty(TimedSignIn.USER_PROPERTY, "nachalnik");
        System.setProperty(TimedSignIn.TYPING_PROPERTY, "2500");

        assertThat(TimedSignIn.requested(true).orElseThrow().typing()).isEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void neverActiveWithoutStartupTimingOrWithoutAUser() {
        System.setIn(new ByteArrayInputStream("secret\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(TimedSignIn.requested(true)).isEmpty();
        System.setProperty(TimedSignIn.USER_PROPERTY, "nachalnik");
        assertThat(TimedSignIn.requested(false)).isEmpty();
    }
}
