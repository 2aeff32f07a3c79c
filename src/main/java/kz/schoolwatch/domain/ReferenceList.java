// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** The editable catalogues officers choose from; an administrator adds, renames and retires their entries. */
public enum ReferenceList {
    VISIT_PURPOSE, EVENT_TYPE, OFFENCE_KIND
}
