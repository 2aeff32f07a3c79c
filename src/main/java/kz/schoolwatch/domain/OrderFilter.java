// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** Which orders a list shows: null district or officer means any; {@code openOnly} and {@code overdueOnly} narrow it. */
public record OrderFilter(Integer districtId, Long officerId, boolean openOnly, boolean overdueOnly) {

    public static OrderFilter allOpen() {
        return new OrderFilter(null, null, true, false);
    }
}
