// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

/** The signed-in account may not do this; the message key says why, in the user's language. */
public final class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public AccessDeniedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
