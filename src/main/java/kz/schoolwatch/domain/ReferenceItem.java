// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/**
 * An entry of a {@link ReferenceList}. Inactive entries stay on old records but are no longer offered.
 * {@code version} is the stored entry's version: a rename or retirement over a newer one is refused (issue 18).
 */
public record ReferenceItem(int id, String name, int sortOrder, boolean active, int version) {

    /** An entry whose version does not matter (a choice list's own entries). */
    public ReferenceItem(int id, String name, int sortOrder, boolean active) {
        this(id, name, sortOrder, active, 0);
    }

    public ReferenceItem withName(String newName) {
        return new ReferenceItem(id, newName, sortOrder, active, version);
    }
}
