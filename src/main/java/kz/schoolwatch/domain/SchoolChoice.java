// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** A school as a picker shows it: found by number or by name. */
public record SchoolChoice(long id, int number, String name, int districtId) {

    /** «№125 — КГУ «Общеобразовательная школа №125»», so typing either the number or the name finds it. */
    public String label() {
        return "№" + number + " — " + name;
    }
}
