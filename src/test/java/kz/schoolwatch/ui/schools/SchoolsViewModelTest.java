// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;

import kz.schoolwatch.ui.common.HeldTaskRunner;
import kz.schoolwatch.domain.GuardContractState;
import kz.schoolwatch.domain.NamedRef;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.domain.SchoolType;
import org.junit.jupiter.api.Test;

/** The Schools screen's filters, without a database or a window. */
class SchoolsViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private final SchoolsViewModel model = new SchoolsViewModel(null, null, new HeldTaskRunner(),
            Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Almaty")).toInstant(), ZoneId.of("Asia/Almaty")));

    private static SchoolRow row(int number, String name, long district, Long officer, int working, LocalDate lastCheck, boolean archived) {
        return new SchoolRow(number, number, name, SchoolType.GENERAL, district, "Район " + district, officer, "Инспектор", 1, 1, working,
                true, lastCheck, null, archived ? TODAY : null);
    }

    private final SchoolRow s125 = row(125, "КГУ «Общеобразовательная школа №125»", 1, 7L, 2, TODAY.minusDays(10), false);
    private final SchoolRow s12 = row(12, "Специализированная гимназия №12 им. Ш. Уалиханова", 2, 8L, 0, null, false);
    private final SchoolRow s53 = row(53, "Школа-лицей №53", 2, null, 1, TODAY.minusDays(200), false);
    private final SchoolRow s7 = row(7, "Школа №7", 1, 7L, 1, TODAY, true);
    private final List<SchoolRow> rows = List.of(s125, s12, s53, s7);

    private List<SchoolRow> shown() {
        Predicate<SchoolRow> p = model.filter();
        return rows.stream().filter(p).toList();
    }

    @Test
    void openSchoolsOnlyByDefault() {
        assertThat(shown()).containsExactly(s125, s12, s53);
        model.showArchivedProperty().set(true);
        assertThat(shown()).contains(s7);
    }

    @Test
    void searchMatchesTheStartOfTheNumberOrAnyPartOfTheNameIgnoringCase() {
        model.searchProperty().set("12");
        assertThat(shown()).containsExactly(s125, s12);
        model.searchProperty().set("уалиханова");
        assertThat(shown()).containsExactly(s12);
        model.searchProperty().set("  ЛИЦЕЙ ");
        assertThat(shown()).containsExactly(s53);
    }

    @Test
    void districtOfficerCoverageAndOverdueCombine() {
        model.districtProperty().set(new NamedRef(2, "Район 2"));
        assertThat(shown()).containsExactly(s12, s53);
        model.coverageProperty().set(SchoolsViewModel.Coverage.NOT_COVERED);
        assertThat(shown()).containsExactly(s12);
        model.coverageProperty().set(SchoolsViewModel.Coverage.COVERED);
        model.overdueOnlyProperty().set(true);
        assertThat(shown()).containsExactly(s53);
        model.districtProperty().set(null);
        model.coverageProperty().set(SchoolsViewModel.Coverage.ALL);
        model.overdueOnlyProperty().set(false);
        model.officerProperty().set(new NamedRef(7, "Инспектор"));
        assertThat(shown()).containsExactly(s125);
    }

    @Test
    void overdueMeansNoCheckOrOlderThanTheSetting() {
        assertThat(model.isOverdue(s12)).isTrue();
        assertThat(model.isOverdue(s53)).isTrue();
        assertThat(model.isOverdue(s125)).isFalse();
        model.overdueDaysProperty().set(5);
        assertThat(model.isOverdue(s125)).isTrue();
    }

    @Test
    void expiredGuardContractIsToldApartFromOneEndingSoon() {
        SchoolRow expired = new SchoolRow(1, 1, "Школа №1", SchoolType.GENERAL, 1, "Район 1", null, null, 1, 1, 1, true, TODAY,
                TODAY.minusDays(1), null);
        SchoolRow ending = new SchoolRow(2, 2, "Школа №2", SchoolType.GENERAL, 1, "Район 1", null, null, 1, 1, 1, true, TODAY,
                TODAY.plusDays(29), null);
        SchoolRow valid = new SchoolRow(3, 3, "Школа №3", SchoolType.GENERAL, 1, "Район 1", null, null, 1, 1, 1, true, TODAY,
                TODAY.plusDays(31), null);
        assertThat(model.guardContract(expired)).isEqualTo(GuardContractState.EXPIRED);
        assertThat(model.guardContract(ending)).isEqualTo(GuardContractState.ENDING_SOON);
        assertThat(model.guardContract(valid)).isEqualTo(GuardContractState.VALID);
    }

    @Test
    void activeFiltersAreNamedAndResetClearsThemAll() {
        assertThat(model.activeFilters()).isEmpty();
        assertThat(model.filteredProperty().get()).isFalse();
        model.searchProperty().set("12");
        model.districtProperty().set(new NamedRef(2, "Район 2"));
        model.coverageProperty().set(SchoolsViewModel.Coverage.NOT_COVERED);
        model.overdueOnlyProperty().set(true);
        assertThat(model.activeFilters()).containsExactly(SchoolsViewModel.ActiveFilter.SEARCH, SchoolsViewModel.ActiveFilter.DISTRICT,
                SchoolsViewModel.ActiveFilter.COVERAGE, SchoolsViewModel.ActiveFilter.OVERDUE);
        assertThat(model.filteredProperty().get()).isTrue();
        model.resetFilters();
        assertThat(model.activeFilters()).isEmpty();
        assertThat(model.filteredProperty().get()).isFalse();
        assertThat(shown()).containsExactly(s125, s12, s53);
    }
}
