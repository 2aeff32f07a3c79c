// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import kz.schoolwatch.domain.CameraConnection;
import kz.schoolwatch.domain.CameraZone;
import kz.schoolwatch.domain.ComplianceReason;
import kz.schoolwatch.domain.ComplianceStatus;
import kz.schoolwatch.domain.ItemCompliance;
import kz.schoolwatch.domain.RequirementItem;
import kz.schoolwatch.domain.RequirementSet;
import kz.schoolwatch.domain.SchoolCompliance;
import kz.schoolwatch.domain.SchoolFacts;
import kz.schoolwatch.domain.SchoolFacts.CameraFacts;
import kz.schoolwatch.domain.SchoolFacts.EquipmentFacts;

/**
 * Judges a school's facts of a day against a requirement set: each item that applies to the school comes out met,
 * not met (with what is missing) or unknown (with the data that is missing to judge it). Pure: no database, so the
 * same judgement serves the card, the lists, the reports and the command line.
 */
public final class ComplianceRules {

    private final boolean regionalCentre;

    /** {@code regionalCentre}: whether the city counts as a regional centre for the tiers (a setting). */
    public ComplianceRules(boolean regionalCentre) {
        this.regionalCentre = regionalCentre;
    }

    public SchoolCompliance judge(SchoolFacts school, RequirementSet set) {
        List<ItemCompliance> items = new ArrayList<>();
        for (RequirementItem item : set.items()) {
            if (item.appliesTo(school.type(), school.pupils(), regionalCentre)) {
                items.add(judge(item, school));
            }
        }
        return new SchoolCompliance(school.schoolId(), school.schoolNumber(), school.schoolName(), school.districtId(),
                school.asOf(), items);
    }

    ItemCompliance judge(RequirementItem item, SchoolFacts s) {
        return switch (item.rule()) {
            case VIDEO_SURVEILLANCE -> s.cameras().stream().anyMatch(CameraFacts::inOrder) ? ItemCompliance.met(item)
                    : notMet(item, s.cameras().isEmpty() ? "compliance.reason.noCameras" : "compliance.reason.noCameraInOrder");
            case CAMERA_AT_EVERY_ENTRANCE -> numberedZones(item, s, CameraZone.ENTRANCE, s.entrances(),
                    "compliance.reason.entrancesUnknown", "compliance.reason.noEntranceCamera", "compliance.reason.entranceCameraFaulty");
            case CAMERA_ON_EVERY_FLOOR -> numberedZones(item, s, CameraZone.FLOOR, s.floors(),
                    "compliance.reason.floorsUnknown", "compliance.reason.noFloorCamera", "compliance.reason.floorCameraFaulty");
            case CAMERA_COVERS_GROUNDS -> s.cameras().stream().anyMatch(c -> c.zone() == CameraZone.PERIMETER && c.inOrder())
                    ? ItemCompliance.met(item)
                    : notMet(item, s.cameras().stream().anyMatch(c -> c.zone() == CameraZone.PERIMETER)
                            ? "compliance.reason.groundsCameraFaulty" : "compliance.reason.noGroundsCamera");
            case ARCHIVE_DAYS -> archive(item, s);
            case CAMERAS_IN_ORDER -> inOrder(item, s);
            case CAMERAS_TO_COU -> toCou(item, s);
            case PANIC_BUTTON -> equipment(item, s, e -> e.panicButton() && e.panicButtonConnected(),
                    e -> e.panicButton() ? "compliance.reason.panicNotConnected" : "compliance.reason.noPanicButton");
            case LICENSED_GUARD -> guard(item, s);
            case TURNSTILES -> equipment(item, s, EquipmentFacts::turnstiles, e -> "compliance.reason.noTurnstiles");
            case WARNING_SYSTEM -> equipment(item, s, EquipmentFacts::paSystem, e -> "compliance.reason.noWarningSystem");
            case ACCESS_CONTROL -> equipment(item, s, EquipmentFacts::accessControl, e -> "compliance.reason.noAccessControl");
        };
    }

    /** A camera in order in every numbered place of the zone: entrance 1..n or floor 1..n. */
    private static ItemCompliance numberedZones(RequirementItem item, SchoolFacts s, CameraZone zone, Integer places,
                                                String unknownKey, String missingKey, String faultyKey) {
        if (places == null) {
            return new ItemCompliance(item, ComplianceStatus.UNKNOWN, List.of(ComplianceReason.of(unknownKey)));
        }
        List<ComplianceReason> reasons = new ArrayList<>();
        for (int n = 1; n <= places; n++) {
            int place = n;
            List<CameraFacts> there = s.cameras().stream()
                    .filter(c -> c.zone() == zone && c.zoneNumber() != null && c.zoneNumber() == place).toList();
            if (there.isEmpty()) {
                reasons.add(ComplianceReason.of(missingKey, place));
            } else if (there.stream().noneMatch(CameraFacts::inOrder)) {
                reasons.add(ComplianceReason.of(faultyKey, place));
            }
        }
        return reasons.isEmpty() ? ItemCompliance.met(item) : new ItemCompliance(item, ComplianceStatus.NOT_MET, reasons);
    }

    /** Every camera keeps its recordings the item's days; the shortest archive is named. */
    private static ItemCompliance archive(RequirementItem item, SchoolFacts s) {
        if (s.cameras().isEmpty()) {
            return notMet(item, "compliance.reason.noCameras");
        }
        int required = item.threshold() == null ? 0 : item.threshold();
        Integer shortest = s.cameras().stream().map(CameraFacts::archiveDays).filter(d -> d != null)
                .min(Integer::compare).orElse(null);
        if (shortest != null && shortest < required) {
            long below = s.cameras().stream().filter(c -> c.archiveDays() != null && c.archiveDays() < required).count();
            return new ItemCompliance(item, ComplianceStatus.NOT_MET,
                    List.of(ComplianceReason.of("compliance.reason.archiveShort", shortest, required, below)));
        }
        long unknown = s.cameras().stream().filter(c -> c.archiveDays() == null).count();
        if (unknown > 0) {
            return new ItemCompliance(item, ComplianceStatus.UNKNOWN,
                    List.of(ComplianceReason.of("compliance.reason.archiveUnknown", unknown)));
        }
        return ItemCompliance.met(item);
    }

    private static ItemCompliance inOrder(RequirementItem item, SchoolFacts s) {
        if (s.cameras().isEmpty()) {
            return notMet(item, "compliance.reason.noCameras");
        }
        long faulty = s.cameras().stream().filter(c -> !c.inOrder()).count();
        return faulty == 0 ? ItemCompliance.met(item) : new ItemCompliance(item, ComplianceStatus.NOT_MET,
                List.of(ComplianceReason.of("compliance.reason.faultyCameras", faulty, s.cameras().size())));
    }

    private static ItemCompliance toCou(RequirementItem item, SchoolFacts s) {
        if (s.cameras().isEmpty()) {
            return notMet(item, "compliance.reason.noCameras");
        }
        long connected = s.cameras().stream().filter(c -> c.connection() == CameraConnection.COU).count();
        return connected == s.cameras().size() ? ItemCompliance.met(item) : new ItemCompliance(item, ComplianceStatus.NOT_MET,
                List.of(ComplianceReason.of("compliance.reason.notToCou", connected, s.cameras().size())));
    }

    private static ItemCompliance guard(RequirementItem item, SchoolFacts s) {
        EquipmentFacts e = s.equipment();
        if (e == null) {
            return unknownEquipment(item);
        }
        if (e.guardOn(s.asOf())) {
            return ItemCompliance.met(item);
        }
        if (e.guardCompany() != null && !e.guardCompany().isBlank()) {
            return new ItemCompliance(item, ComplianceStatus.NOT_MET,
                    List.of(ComplianceReason.of("compliance.reason.guardContractEnded", e.guardContractEnd())));
        }
        return notMet(item, "compliance.reason.noGuard");
    }

    private static ItemCompliance equipment(RequirementItem item, SchoolFacts s, Predicate<EquipmentFacts> met,
                                            java.util.function.Function<EquipmentFacts, String> missing) {
        EquipmentFacts e = s.equipment();
        if (e == null) {
            return unknownEquipment(item);
        }
        return met.test(e) ? ItemCompliance.met(item) : notMet(item, missing.apply(e));
    }

    private static ItemCompliance unknownEquipment(RequirementItem item) {
        return new ItemCompliance(item, ComplianceStatus.UNKNOWN, List.of(ComplianceReason.of("compliance.reason.noEquipmentRecorded")));
    }

    private static ItemCompliance notMet(RequirementItem item, String key) {
        return new ItemCompliance(item, ComplianceStatus.NOT_MET, List.of(ComplianceReason.of(key)));
    }
}
