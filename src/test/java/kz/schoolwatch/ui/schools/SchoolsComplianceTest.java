// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.ComplianceStatus;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.ui.common.InStepTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Schools list's compliance column and filter, judged once for the city, against a real database. */
class SchoolsComplianceTest {

    @TempDir
    Path folder;

    private Database db;
    private ComplianceFixture fixture;
    private SchoolsViewModel model;
    private long gap;
    private long met;
    private long bare;
    private long gapElsewhere;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        fixture = new ComplianceFixture(db);
        gap = fixture.schoolWithGap(150, 2);
        met = fixture.compliantSchool(151, 2);
        bare = fixture.bareSchool(152, 2);
        gapElsewhere = fixture.schoolWithGap(153, 3);
        model = new SchoolsViewModel(fixture.schools, new SettingsService(new SettingsRepository(db), fixture.changes, TestDatabases.head()),
                new InStepTaskRunner(), ComplianceFixture.CLOCK, fixture.compliance);
        model.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Long> shown() {
        return model.shown().stream().map(SchoolRow::id).toList();
    }

    @Test
    void eachSchoolHasItsStatusAndItsCountOfGaps() {
        SchoolsCompliance marks = model.complianceProperty().get();
        assertThat(marks.of(gap)).isEqualTo(new SchoolsCompliance.Mark(ComplianceStatus.NOT_MET, 1, 0));
        assertThat(marks.of(met)).isEqualTo(new SchoolsCompliance.Mark(ComplianceStatus.MET, 0, 0));
        assertThat(marks.of(bare).status()).isEqualTo(ComplianceStatus.NOT_MET);
        assertThat(marks.of(bare).notMet()).isGreaterThan(1);
        assertThat(marks.of(bare)).isGreaterThan(marks.of(gap));
        assertThat(marks.of(gap)).isGreaterThan(marks.of(met));
    }

    @Test
    void theFilterShowsTheSchoolsWithGapsOrTheCompliantOnesAndCombinesWithTheDistrict() {
        assertThat(shown()).containsExactlyInAnyOrder(gap, met, bare, gapElsewhere);
        model.complianceFilterProperty().set(SchoolsCompliance.Filter.NOT_MET);
        assertThat(shown()).containsExactlyInAnyOrder(gap, bare, gapElsewhere);
        assertThat(model.activeFilters()).containsExactly(SchoolsViewModel.ActiveFilter.COMPLIANCE);
        model.districtProperty().set(model.districts().stream().filter(d -> d.id() == 3).findFirst().orElseThrow());
        assertThat(shown()).containsExactly(gapElsewhere);
        model.districtProperty().set(null);
        model.complianceFilterProperty().set(SchoolsCompliance.Filter.MET);
        assertThat(shown()).containsExactly(met);
        model.complianceFilterProperty().set(SchoolsCompliance.Filter.UNKNOWN);
        assertThat(shown()).isEmpty();

        model.resetFilters();
        assertThat(model.complianceFilterProperty().get()).isEqualTo(SchoolsCompliance.Filter.ALL);
        assertThat(shown()).hasSize(4);
    }

    @Test
    void aSavedCameraIsJudgedAgainWithTheList() {
        model.follow(fixture.changes);
        model.complianceFilterProperty().set(SchoolsCompliance.Filter.MET);
        fixture.addSecondEntranceCamera(gap);
        assertThat(shown()).containsExactlyInAnyOrder(met, gap);
    }

    @Test
    void aListWithoutTheJudgementHasNoMarksAndItsFilterLetsEverySchoolThrough() {
        SchoolsViewModel plain = new SchoolsViewModel(fixture.schools, new SettingsService(new SettingsRepository(db), fixture.changes,
                TestDatabases.head()), new InStepTaskRunner(), ComplianceFixture.CLOCK);
        plain.load();
        assertThat(plain.judgesCompliance()).isFalse();
        assertThat(plain.complianceProperty().get().of(gap)).isNull();
        assertThat(plain.shown()).hasSize(4);
    }
}
