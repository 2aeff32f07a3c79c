// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** State (государственная) or private school. */
public enum Ownership {
    STATE, PRIVATE
}
