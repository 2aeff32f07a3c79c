// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** Camera figures of one district (or the whole city) over open schools; dismantled cameras left out. */
public record DistrictCameraTotals(String district, int schools, int schoolsCovered, int outdoor, int indoor,
                                   int working, int faulty, int connectedToCou) {

    public int total() {
        return outdoor + indoor;
    }
}
