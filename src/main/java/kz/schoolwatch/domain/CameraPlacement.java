// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** Where a camera hangs: outside the building (наружная) or inside (внутренняя). */
public enum CameraPlacement {
    OUTDOOR, INDOOR
}
