// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** Kinds of school in Almaty, as the education authority names them. */
public enum SchoolType {
    GENERAL, SCHOOL_GYMNASIUM, GYMNASIUM, LYCEUM, SCHOOL_LYCEUM, SPECIALISED
}
