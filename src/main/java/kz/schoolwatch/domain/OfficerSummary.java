// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** An officer as the registry lists them, with how many schools they cover today. */
public record OfficerSummary(Officer officer, int currentSchools) {
}
