// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;

/** One camera of a school. {@code id} is null until saved. */
public record Camera(Long id, long schoolId, CameraPlacement placement, CameraViewArea viewArea, CameraStatus status,
                     LocalDate installedOn, boolean connectedToCou, String note) {
}
