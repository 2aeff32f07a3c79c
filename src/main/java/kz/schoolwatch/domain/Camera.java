// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;

/**
 * One camera of a school, with the details the requirements judge (issue 21). {@code id} is null until saved; {@code version} is the stored row's version when the form
 * opened it (0 for a new camera): a save or a delete over a newer one is refused (issue 18).
 */
public record Camera(Long id, long schoolId, CameraPlacement placement, CameraViewArea viewArea, CameraStatus status,
                     LocalDate installedOn, CameraDetails details, String note, int version) {

    public Camera {
        details = details == null ? CameraDetails.connected(false) : details;
    }

    public boolean connectedToCou() {
        return details.connection() == CameraConnection.COU;
    }
}
