// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * For the start-up benchmark only: with {@code --startup-timing} and {@code -Dschoolwatch.timing.user=LOGIN}, the
 * app signs in by itself as soon as the sign-in form is painted, with the password read from the first line of
 * standard input, and reports when the dashboard is painted. It measures the part of "launch to an interactive
 * dashboard" that is the machine's, without a person's typing. With {@code -Dschoolwatch.timing.typingMillis=N} it
 * waits N ms after the form is painted before it presses «Войти», as a person typing would, so what the program does
 * while somebody types (its sign-in rehearsal) is measured as it happens in the office. Never active without both
 * switches.
 *
 * @param typing how long after the form is painted «Войти» is pressed
 */
record TimedSignIn(String login, String password, Duration typing) {

    static final String USER_PROPERTY = "schoolwatch.timing.user";
    static final String TYPING_PROPERTY = "schoolwatch.timing.typingMillis";

    /** The sign-in the benchmark asked for, or empty; reads standard input, so call it off the FX thread. */
    static Optional<TimedSignIn> requested(boolean startupTiming) {
        String login = System.getProperty(USER_PROPERTY);
        if (!startupTiming || login == null || login.isBlank()) {
            return Optional.empty();
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            Duration typing = Duration.ofMillis(Math.max(0, Long.getLong(TYPING_PROPERTY, 0)));
            return line == null ? Optional.empty() : Optional.of(new TimedSignIn(login.strip(), line, typing));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "TimedSignIn[" + login + ", typing " + typing.toMillis() + " ms]"; // never the password
    }
}
