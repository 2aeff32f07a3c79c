// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** A check item's finding: in order, faulty or missing. */
public enum CheckResult {
    OK, DEFECT, ABSENT
}
