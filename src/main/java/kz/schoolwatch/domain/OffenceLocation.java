// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** Where at a school an offence happened. */
public enum OffenceLocation {
    INSIDE, GROUNDS
}
