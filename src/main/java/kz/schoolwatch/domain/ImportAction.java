// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** What the import will do (or did) with one row of the file. */
public enum ImportAction {
    NEW,
    UPDATE,
    UNCHANGED,
    /** The row cannot be imported; it is skipped and can be saved with its reasons to fix. */
    ERROR
}
