// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/**
 * Offences at one school over a year, per month ({@code perMonth[0]} is January), so the claim that crime
 * within school walls was eradicated can be checked.
 */
public record OffenceCounts(long schoolId, int schoolNumber, String schoolName, int[] perMonth) {

    public OffenceCounts {
        perMonth = perMonth.clone();
    }

    public int month(int index) {
        return perMonth[index];
    }

    public int total() {
        int t = 0;
        for (int n : perMonth) {
            t += n;
        }
        return t;
    }
}
