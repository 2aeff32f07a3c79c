// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;

/**
 * One camera of a school. {@code id} is null until saved; {@code version} is the stored row's version when the form
 * opened it (0 for a new camera): a save or a delete over a newer one is refused (issue 18).
 */
public record Camera(Long id, long schoolId, CameraPlacement placement, CameraViewArea viewArea, CameraStatus status,
                     LocalDate installedOn, boolean connectedToCou, String note, int version) {
}
