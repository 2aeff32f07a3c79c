// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/**
 * The city's video-surveillance figures over open (not archived) schools. A school "with cameras" has at
 * least one working camera; camera counts include working and faulty cameras, not dismantled ones.
 */
public record CityTotals(int schools, int schoolsWithCameras, int camerasOutdoor, int camerasIndoor) {

    public int schoolsWithoutCameras() {
        return schools - schoolsWithCameras;
    }

    public int camerasTotal() {
        return camerasOutdoor + camerasIndoor;
    }
}
