// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import kz.schoolwatch.domain.CameraConnection;
import kz.schoolwatch.domain.CameraZone;
import kz.schoolwatch.domain.ComplianceReason;
import kz.schoolwatch.domain.ComplianceStatus;
import kz.schoolwatch.domain.ItemCompliance;
import kz.schoolwatch.domain.RequirementItem;
import kz.schoolwatch.domain.RequirementRule;
import kz.schoolwatch.domain.RequirementSet;
import kz.schoolwatch.domain.SchoolCompliance;
import kz.schoolwatch.domain.SchoolFacts;
import kz.schoolwatch.domain.SchoolFacts.CameraFacts;
import kz.schoolwatch.domain.SchoolFacts.EquipmentFacts;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.i18n.ComplianceTexts;
import kz.schoolwatch.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The judgement of a school's facts against the requirements, without a database. */
class ComplianceRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 30);
    private static final EquipmentFacts FULL = new EquipmentFacts(true, true, true, true, true, "ТОО «Кузет»", DAY.plusYears(1));

    private static RequirementItem item(long id, RequirementRule rule, Integer threshold, Integer pupilsOver, boolean regional) {
        return new RequirementItem(id, 1, (int) id, null, rule.name(), "ППРК № 305", rule, threshold, pupilsOver, regional, Set.of(), 0);
    }

    private static RequirementSet everyRule() {
        List<RequirementItem> items = new ArrayList<>();
        long id = 1;
        for (RequirementRule rule : RequirementRule.values()) {
            items.add(item(id++, rule, rule.needsThreshold() ? 30 : null, null, false));
        }
        return new RequirementSet(1L, "Требования", "ППРК № 305", LocalDate.of(2021, 5, 6), items, 0);
    }

    private static CameraFacts camera(long id, CameraZone zone, Integer number, Integer archive, CameraConnection to, boolean inOrder) {
        return new CameraFacts(id, zone, number, archive, to, inOrder);
    }

    private static SchoolFacts school(int pupils, Integer entrances, Integer floors, EquipmentFacts equipment, CameraFacts... cameras) {
        return new SchoolFacts(1, 150, "КГУ «Школа №150»", 4, SchoolType.GENERAL, pupils, entrances, floors, equipment, List.of(cameras), DAY);
    }

    private static ItemCompliance find(SchoolCompliance c, RequirementRule rule) {
        return c.items().stream().filter(i -> i.item().rule() == rule).findFirst().orElseThrow();
    }

    @Test
    void aSchoolWithEverythingInPlaceMeetsEveryRequirement() {
        SchoolFacts s = school(900, 2, 2, FULL,
                camera(1, CameraZone.ENTRANCE, 1, 30, CameraConnection.COU, true),
                camera(2, CameraZone.ENTRANCE, 2, 30, CameraConnection.COU, true),
                camera(3, CameraZone.FLOOR, 1, 30, CameraConnection.COU, true),
                camera(4, CameraZone.FLOOR, 2, 30, CameraConnection.COU, true),
                camera(5, CameraZone.PERIMETER, null, 45, CameraConnection.COU, true));
        SchoolCompliance c = new ComplianceRules(true).judge(s, everyRule());
        assertThat(c.items()).hasSize(RequirementRule.values().length).allMatch(i -> i.status() == ComplianceStatus.MET);
        assertThat(c.status()).isEqualTo(ComplianceStatus.MET);
    }

    @Test
    void eachGapIsNamedWithWhatIsMissing() {
        SchoolFacts s = school(900, 2, 1,
                new EquipmentFacts(true, false, false, false, false, "ТОО «Кузет»", DAY.minusDays(1)),
                camera(1, CameraZone.ENTRANCE, 1, 7, CameraConnection.COU, true),
                camera(2, CameraZone.FLOOR, 1, 30, CameraConnection.SERGEK, false),
                camera(3, CameraZone.CORRIDOR, null, null, CameraConnection.NONE, true));
        SchoolCompliance c = new ComplianceRules(true).judge(s, everyRule());
        assertThat(c.status()).isEqualTo(ComplianceStatus.NOT_MET);
        assertThat(find(c, RequirementRule.CAMERA_AT_EVERY_ENTRANCE).reasons())
                .containsExactly(ComplianceReason.of("compliance.reason.noEntranceCamera", 2));
        assertThat(find(c, RequirementRule.CAMERA_ON_EVERY_FLOOR).reasons())
                .containsExactly(ComplianceReason.of("compliance.reason.floorCameraFaulty", 1));
        assertThat(find(c, RequirementRule.CAMERA_COVERS_GROUNDS).reasons())
                .containsExactly(ComplianceReason.of("compliance.reason.noGroundsCamera"));
        assertThat(find(c, RequirementRule.ARCHIVE_DAYS).reasons())
                .containsExactly(ComplianceReason.of("compliance.reason.archiveShort", 7, 30, 1L));
        assertThat(find(c, RequirementRule.CAMERAS_IN_ORDER).reasons())
                .containsExactly(ComplianceReason.of("compliance.reason.faultyCameras", 1L, 3));
        assertThat(find(c, RequirementRule.CAMERAS_TO_COU).reasons())
                .containsExactly(ComplianceReason.of("compliance.reason.notToCou", 1L, 3));
        assertThat(find(c, RequirementRule.PANIC_BUTTON).reasons())
                .containsExactly(ComplianceReason.of("compliance.reason.panicNotConnected"));
        assertThat(find(c, RequirementRule.LICENSED_GUARD).reasons())
                .containsExactly(ComplianceReason.of("compliance.reason.guardContractEnded", DAY.minusDays(1)));
        assertThat(find(c, RequirementRule.VIDEO_SURVEILLANCE).status()).isEqualTo(ComplianceStatus.MET);

        ComplianceTexts ru = new ComplianceTexts(Messages.russian());
        assertThat(ru.reasons(find(c, RequirementRule.CAMERA_AT_EVERY_ENTRANCE))).isEqualTo("нет камеры у входа №2");
        assertThat(ru.reason(find(c, RequirementRule.ARCHIVE_DAYS).reasons().get(0))).startsWith("архив 7 дн., требуется 30");
        assertThat(ru.reason(find(c, RequirementRule.LICENSED_GUARD).reasons().get(0))).isEqualTo("договор охраны истёк 29.09.2026");
    }

    @Test
    void missingDataMakesAnItemUnknownNotFailed() {
        SchoolFacts s = school(200, null, null, null,
                camera(1, CameraZone.PERIMETER, null, null, CameraConnection.COU, true));
        SchoolCompliance c = new ComplianceRules(false).judge(s, everyRule());
        assertThat(find(c, RequirementRule.CAMERA_AT_EVERY_ENTRANCE).status()).isEqualTo(ComplianceStatus.UNKNOWN);
        assertThat(find(c, RequirementRule.CAMERA_ON_EVERY_FLOOR).status()).isEqualTo(ComplianceStatus.UNKNOWN);
        assertThat(find(c, RequirementRule.ARCHIVE_DAYS).status()).isEqualTo(ComplianceStatus.UNKNOWN);
        assertThat(find(c, RequirementRule.PANIC_BUTTON).reasons())
                .containsExactly(ComplianceReason.of("compliance.reason.noEquipmentRecorded"));
        assertThat(c.status()).isEqualTo(ComplianceStatus.UNKNOWN);
    }

    @Test
    void aSchoolWithoutCamerasFailsEveryCameraRequirement() {
        SchoolCompliance c = new ComplianceRules(true).judge(school(500, 1, 1, FULL), everyRule());
        for (RequirementRule rule : List.of(RequirementRule.VIDEO_SURVEILLANCE, RequirementRule.CAMERA_AT_EVERY_ENTRANCE,
                RequirementRule.CAMERA_COVERS_GROUNDS, RequirementRule.ARCHIVE_DAYS, RequirementRule.CAMERAS_IN_ORDER,
                RequirementRule.CAMERAS_TO_COU)) {
            assertThat(find(c, rule).status()).as(rule.name()).isEqualTo(ComplianceStatus.NOT_MET);
        }
    }

    @Test
    void theTiersByPupilsAddUpAndARegionalCentreNeedsAGuardEverywhere() {
        RequirementSet tiers = new RequirementSet(1L, "Требования", "ППРК № 305", LocalDate.of(2021, 5, 6), List.of(
                item(1, RequirementRule.VIDEO_SURVEILLANCE, null, null, false),
                item(2, RequirementRule.PANIC_BUTTON, null, 300, false),
                item(3, RequirementRule.LICENSED_GUARD, null, 700, true)), 0);
        assertThat(new ComplianceRules(false).judge(school(300, 1, 1, FULL), tiers).items()).hasSize(1);
        assertThat(new ComplianceRules(false).judge(school(301, 1, 1, FULL), tiers).items()).hasSize(2);
        assertThat(new ComplianceRules(false).judge(school(701, 1, 1, FULL), tiers).items()).hasSize(3);
        assertThat(new ComplianceRules(true).judge(school(120, 1, 1, FULL), tiers).items())
                .extracting(i -> i.item().rule()).containsExactly(RequirementRule.VIDEO_SURVEILLANCE, RequirementRule.LICENSED_GUARD);
    }

    @Test
    void anItemForSomeSchoolTypesLeavesTheOthersAlone() {
        RequirementItem lyceums = new RequirementItem(1L, 1, 1, null, "Турникеты", "ППРК № 305", RequirementRule.TURNSTILES, null, null,
                false, Set.of(SchoolType.LYCEUM), 0);
        assertThat(lyceums.appliesTo(SchoolType.LYCEUM, 100, false)).isTrue();
        assertThat(lyceums.appliesTo(SchoolType.GENERAL, 2000, true)).isFalse();
    }
}
