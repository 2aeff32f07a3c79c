// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.security;

import java.util.Locale;
import java.util.regex.Pattern;

import kz.schoolwatch.service.Validator;

/**
 * The rules a password must meet, stated on the forms that set one: at least 10 characters, with letters and
 * digits, not containing the login. Long rather than complex, after NIST SP 800-63B.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    /** Logins: Latin letters, digits, dot, dash and underscore; they name the account in the key ring. */
    public static final Pattern LOGIN = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,39}$");

    private PasswordPolicy() {
    }

    /** Adds the password's problems to {@code v} under the fields {@code password} and {@code repeat}. */
    public static Validator check(Validator v, String login, char[] password, char[] repeat) {
        String pw = password == null ? "" : new String(password);
        v.check(pw.length() < MIN_LENGTH, "password", "password.error.short", MIN_LENGTH);
        v.check(pw.length() > MAX_LENGTH, "password", "password.error.long", MAX_LENGTH);
        boolean letters = pw.codePoints().anyMatch(Character::isLetter);
        boolean digits = pw.codePoints().anyMatch(Character::isDigit);
        v.check(pw.length() >= MIN_LENGTH && !(letters && digits), "password", "password.error.mix");
        v.check(login != null && login.length() >= 3 && pw.toLowerCase(Locale.ROOT).contains(login.toLowerCase(Locale.ROOT)),
                "password", "password.error.login");
        v.check(repeat != null && !pw.equals(new String(repeat)), "repeat", "password.error.repeat");
        return v;
    }

    /** Adds a problem with the login's form under the field {@code login}. */
    public static Validator checkLogin(Validator v, String login) {
        v.required("login", login);
        if (login != null && !login.isBlank()) {
            v.check(!LOGIN.matcher(login.trim()).matches(), "login", "account.error.loginFormat");
        }
        return v;
    }
}
