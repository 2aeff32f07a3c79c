// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** What a check found for one requirement: met, not met, or not looked at this time. */
public enum FindingResult {
    MET, NOT_MET, NOT_CHECKED
}
