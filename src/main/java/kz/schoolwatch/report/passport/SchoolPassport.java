// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report.passport;

import java.time.LocalDate;
import java.util.List;

import kz.schoolwatch.domain.CameraConnection;
import kz.schoolwatch.domain.CameraFaultKind;
import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraZone;
import kz.schoolwatch.domain.SchoolCompliance;
import kz.schoolwatch.domain.SchoolType;

/**
 * What a school's security passport shows, read on {@code day}: the school, its officers, cameras, equipment,
 * compliance, open faults, last checks and this year's work. Visits and events are counted and named by date and
 * topic only: the passport never names a pupil.
 */
public record SchoolPassport(LocalDate day, School school, List<OfficerLine> officers, List<CameraLine> cameras,
                             Equipment equipment, SchoolCompliance compliance, List<OpenFault> openFaults,
                             List<CheckLine> checks, int visitsThisYear, List<Dated> lastVisits, int eventsThisYear,
                             List<Dated> lastEvents) {

    public SchoolPassport {
        officers = List.copyOf(officers);
        cameras = List.copyOf(cameras);
        openFaults = List.copyOf(openFaults);
        checks = List.copyOf(checks);
        lastVisits = List.copyOf(lastVisits);
        lastEvents = List.copyOf(lastEvents);
    }

    /** The school's own data; {@code entrances} and {@code floors} are null while unknown. */
    public record School(long id, int number, String name, String district, String address, String director,
                         String phone, SchoolType type, int pupils, Integer entrances, Integer floors) {
    }

    /** An officer covering the school on the day: rank, short name and phone as the card shows them. */
    public record OfficerLine(String rank, String name, String phone) {
    }

    /** A camera on the day; {@code faulty} when a fault was open that day (or it is marked faulty). */
    public record CameraLine(CameraPlacement placement, CameraZone zone, Integer zoneNumber, Integer archiveDays,
                             CameraConnection connection, boolean faulty) {
    }

    /** The equipment besides cameras; null in the passport when nothing was ever recorded. */
    public record Equipment(boolean panicButton, boolean panicButtonConnected, boolean accessControl, boolean turnstiles,
                            boolean metalDetector, boolean paSystem, String guardCompany, LocalDate guardContractEnd) {
    }

    /** A camera fault still open on the day. */
    public record OpenFault(CameraPlacement placement, CameraZone zone, Integer zoneNumber, LocalDate foundOn,
                            CameraFaultKind kind) {
    }

    /** A security check: when, by whom, and how many items were in order, faulty or missing. */
    public record CheckLine(LocalDate checkedOn, String officer, int ok, int defects, int absent) {
    }

    /** A visit or an event: its day and topic (the visit's purpose, the event's title or type). */
    public record Dated(LocalDate day, String topic) {
    }
}
