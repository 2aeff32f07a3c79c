// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.security;

import java.util.List;

/** Sign-in or unlock was refused; the message key and its arguments say why, in the user's language. */
public final class SignInRefused extends Exception {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> args;

    public SignInRefused(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }

    /** True when the account is now locked (the UI then leaves the screen it was on). */
    public boolean locked() {
        return messageKey.startsWith("signin.error.locked");
    }
}
