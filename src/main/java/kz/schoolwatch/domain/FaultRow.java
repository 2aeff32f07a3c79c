// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/**
 * A fault in the city's or a district's list: the fault with the school and camera it belongs to.
 *
 * @param district the district's name as shown
 */
public record FaultRow(CameraFault fault, long schoolId, int schoolNumber, String schoolName, String district,
                       CameraPlacement placement) {
}
