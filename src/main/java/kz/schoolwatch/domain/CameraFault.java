// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A fault of a camera, found on a day, and its repair once made. {@code id} is null until saved; {@code version}
 * is the stored row's version when the form opened it.
 */
public record CameraFault(Long id, long cameraId, LocalDate foundOn, CameraFaultKind kind, String note,
                          LocalDate repairedOn, RepairOutcome outcome, String repairNote, int version) {

    public boolean isOpen() {
        return repairedOn == null;
    }

    /** Whether the camera was out of order on {@code day} because of this fault. */
    public boolean openOn(LocalDate day) {
        return !foundOn.isAfter(day) && (repairedOn == null || repairedOn.isAfter(day));
    }

    /** Days from finding to repair, or to {@code today} while open. */
    public long days(LocalDate today) {
        return ChronoUnit.DAYS.between(foundOn, repairedOn == null ? today : repairedOn);
    }

    /** Whether the fault is still open after more than {@code limitDays} days: shown in red. */
    public boolean overdue(LocalDate today, int limitDays) {
        return isOpen() && days(today) > limitDays;
    }
}
