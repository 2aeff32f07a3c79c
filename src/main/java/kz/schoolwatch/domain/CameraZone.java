// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/**
 * Where a camera stands as the requirements count it: at entrance No. N, on floor No. N, in a corridor, over the
 * courtyard and perimeter, or elsewhere. (What it looks at is {@link CameraViewArea}.)
 */
public enum CameraZone {
    ENTRANCE, FLOOR, CORRIDOR, PERIMETER, OTHER;

    /** Whether the zone is numbered: the entrance's or the floor's number. */
    public boolean numbered() {
        return this == ENTRANCE || this == FLOOR;
    }
}
