// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.security;

import java.util.List;

/** A move to the server did not take place, and nothing was written there; the message key and its arguments say why. */
public final class ServerMoveRefused extends Exception {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> args;

    public ServerMoveRefused(String messageKey, Object... args) {
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
}
