// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the requirements are judged from: a school as it was on {@code asOf}, its equipment that day (null when
 * nothing was ever recorded) and the cameras it had that day, each with its details of that day and whether it was
 * in order (no fault open).
 */
public record SchoolFacts(long schoolId, int schoolNumber, String schoolName, int districtId, SchoolType type,
                          int pupils, Integer entrances, Integer floors, EquipmentFacts equipment,
                          List<CameraFacts> cameras, LocalDate asOf) {

    public SchoolFacts {
        cameras = List.copyOf(cameras);
    }

    /** A camera on the day. */
    public record CameraFacts(long cameraId, CameraZone zone, Integer zoneNumber, Integer archiveDays,
                              CameraConnection connection, boolean inOrder) {
    }

    /** A school's equipment on the day. */
    public record EquipmentFacts(boolean panicButton, boolean panicButtonConnected, boolean accessControl,
                                 boolean turnstiles, boolean paSystem, String guardCompany, LocalDate guardContractEnd) {

        /** A guard company named, with a contract not ended before the day. */
        public boolean guardOn(LocalDate day) {
            return guardCompany != null && !guardCompany.isBlank() && (guardContractEnd == null || !guardContractEnd.isBefore(day));
        }
    }
}
