// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.util.List;

/**
 * A save the database refused after validation passed (a number taken meanwhile, a full disk). The
 * transaction was rolled back; the message key explains it to the user.
 */
public final class SaveFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> args;

    public SaveFailedException(String messageKey, Throwable cause, Object... args) {
        super(messageKey, cause);
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
