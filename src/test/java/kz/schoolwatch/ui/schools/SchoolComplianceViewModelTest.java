// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import static kz.schoolwatch.ui.schools.ComplianceFixture.SECOND_CAMERA_DAY;
import static kz.schoolwatch.ui.schools.ComplianceFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.ComplianceReason;
import kz.schoolwatch.domain.ComplianceStatus;
import kz.schoolwatch.domain.ItemCompliance;
import kz.schoolwatch.domain.RequirementRule;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.ui.common.InStepTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The card's compliance tab against a real database, the background work run in step. */
class SchoolComplianceViewModelTest {

    @TempDir
    Path folder;

    private Database db;
    private ComplianceFixture fixture;
    private final InStepTaskRunner tasks = new InStepTaskRunner();

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        fixture = new ComplianceFixture(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static ItemCompliance entrances(SchoolComplianceViewModel model) {
        return model.items().stream().filter(i -> i.item().rule() == RequirementRule.CAMERA_AT_EVERY_ENTRANCE).findFirst().orElseThrow();
    }

    @Test
    void aMissingEntranceCameraIsAGapUntilItIsAddedAndStaysOneOnTheDaysBefore() {
        long school = fixture.schoolWithGap(150, 2);
        SchoolComplianceViewModel model = new SchoolComplianceViewModel(fixture.compliance, tasks);
        model.load(school);

        assertThat(model.dayProperty().get()).isEqualTo(TODAY);
        assertThat(entrances(model).status()).isEqualTo(ComplianceStatus.NOT_MET);
        assertThat(entrances(model).reasons()).containsExactly(ComplianceReason.of("compliance.reason.noEntranceCamera", 2));
        assertThat(model.judgedProperty().get().compliance().status()).isEqualTo(ComplianceStatus.NOT_MET);
        assertThat(model.judgedProperty().get().set()).isPresent();

        fixture.addSecondEntranceCamera(school);
        model.reload();
        assertThat(entrances(model).status()).isEqualTo(ComplianceStatus.MET);
        assertThat(model.judgedProperty().get().compliance().status()).isEqualTo(ComplianceStatus.MET);

        model.dayProperty().set(SECOND_CAMERA_DAY.minusDays(1));
        assertThat(entrances(model).status()).isEqualTo(ComplianceStatus.NOT_MET);
        assertThat(model.judgedProperty().get().compliance().asOf()).isEqualTo(SECOND_CAMERA_DAY.minusDays(1));
        assertThat(tasks.failed()).isZero();
    }

    @Test
    void aDayAheadIsTodayAndADayBeforeAnyRequirementHasNoItems() {
        long school = fixture.schoolWithGap(150, 2);
        SchoolComplianceViewModel model = new SchoolComplianceViewModel(fixture.compliance, tasks);
        model.load(school);

        model.dayProperty().set(TODAY.plusDays(5));
        assertThat(model.dayProperty().get()).isEqualTo(TODAY);
        model.dayProperty().set(null);
        assertThat(model.dayProperty().get()).isEqualTo(TODAY);

        model.dayProperty().set(LocalDate.of(2020, 1, 1));
        assertThat(model.items()).isEmpty();
        assertThat(model.judgedProperty().get().set()).isEmpty();
    }

    @Test
    void theCardJudgesAgainWhenACameraIsSavedAnywhere() {
        long school = fixture.schoolWithGap(150, 2);
        SchoolCardViewModel card = new SchoolCardViewModel(fixture.cardServices(tasks, Messages.russian()), school);
        card.load();
        assertThat(entrances(card.compliance()).status()).isEqualTo(ComplianceStatus.NOT_MET);

        fixture.addSecondEntranceCamera(school);
        assertThat(entrances(card.compliance()).status()).isEqualTo(ComplianceStatus.MET);
        card.unfollow();
    }

    @Test
    void aCardWithoutTheJudgementHasNoComplianceTab() {
        long school = fixture.schoolWithGap(150, 2);
        SchoolCardServices all = fixture.cardServices(tasks, Messages.russian());
        SchoolCardServices without = new SchoolCardServices(all.schools(), all.cameras(), all.equipment(), all.checks(), all.settings(),
                all.visits(), all.changes(), tasks, all.messages(), all.clock());
        SchoolCardViewModel card = new SchoolCardViewModel(without, school);
        card.load();
        assertThat(card.compliance()).isNull();
        card.unfollow();
    }
}
