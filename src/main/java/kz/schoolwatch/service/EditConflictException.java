// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.util.Objects;

/**
 * Someone saved the record after this form opened it (another officer on the unit's server, or another window on
 * this PC): nothing was written. {@link #current()} is the record as stored now, with its version, so the form can
 * show both sides field by field and let the officer keep theirs, apply their own over it, or merge.
 */
public final class EditConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Record current;

    public EditConflictException(Record current) {
        super("The record was changed by someone else since it was opened", null, false, false);
        this.current = Objects.requireNonNull(current);
    }

    /** The record as stored now. */
    public Record current() {
        return current;
    }

    /** The record as stored now, as the type the form edits. */
    public <T extends Record> T current(Class<T> type) {
        return type.cast(current);
    }
}
