// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** An entry of a {@link ReferenceList}. Inactive entries stay on old records but are no longer offered. */
public record ReferenceItem(int id, String name, int sortOrder, boolean active) {
}
