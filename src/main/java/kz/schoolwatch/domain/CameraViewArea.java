// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** What a camera looks at. */
public enum CameraViewArea {
    ENTRANCE, CORRIDOR, YARD, STAIRS, PERIMETER, CLASSROOM, CANTEEN, GYM, OTHER
}
