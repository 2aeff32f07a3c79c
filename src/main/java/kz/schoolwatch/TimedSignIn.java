// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * For the start-up benchmark only: with {@code --startup-timing} and {@code -Dschoolwatch.timing.user=LOGIN}, the
 * app signs in by itself as soon as the sign-in form is painted, with the password read from the first line of
 * standard input, and reports when the dashboard is painted. It measures the part of "launch to an interactive
 * dashboard" that is the machine's, without a person's typing. Never active without both switches.
 */
record TimedSignIn(String login, String password) {

    static final String USER_PROPERTY = "schoolwatch.timing.user";

    /** The sign-in the benchmark asked for, or empty; reads standard input, so call it off the FX thread. */
    static Optional<TimedSignIn> requested(boolean startupTiming) {
        String login = System.getProperty(USER_PROPERTY);
        if (!startupTiming || login == null || login.isBlank()) {
            return Optional.empty();
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? Optional.empty() : Optional.of(new TimedSignIn(login.strip(), line));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "TimedSignIn[" + login + "]"; // never the password
    }
}
