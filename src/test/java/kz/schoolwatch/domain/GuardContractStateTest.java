// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** An expired guard contract is not the same as one about to expire. */
class GuardContractStateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static GuardContractState on(LocalDate end) {
        return GuardContractState.of(end, TODAY, 30);
    }

    @Test
    void aContractHoldsThroughItsLastDay() {
        assertThat(on(TODAY)).isEqualTo(GuardContractState.ENDING_SOON);
        assertThat(on(TODAY.minusDays(1))).isEqualTo(GuardContractState.EXPIRED);
        assertThat(on(LocalDate.of(2026, 3, 12))).isEqualTo(GuardContractState.EXPIRED);
    }

    @Test
    void endingWithinTheWarningDaysIsFlaggedAsEndingSoon() {
        assertThat(on(TODAY.plusDays(1))).isEqualTo(GuardContractState.ENDING_SOON);
        assertThat(on(TODAY.plusDays(30))).isEqualTo(GuardContractState.ENDING_SOON);
        assertThat(on(TODAY.plusDays(31))).isEqualTo(GuardContractState.VALID);
    }

    @Test
    void noDateIsNoContractToFlag() {
        assertThat(on(null)).isEqualTo(GuardContractState.NONE);
    }

    @Test
    void theSchoolsRowTellsTheTwoApart() {
        SchoolRow expired = new SchoolRow(1, 1, "Школа №1", SchoolType.GENERAL, 1, "Район", null, null, 0, 0, 0, true, null,
                TODAY.minusDays(5), null);
        SchoolRow ending = new SchoolRow(2, 2, "Школа №2", SchoolType.GENERAL, 1, "Район", null, null, 0, 0, 0, true, null,
                TODAY.plusDays(5), null);
        assertThat(expired.guardContract(TODAY, 30)).isEqualTo(GuardContractState.EXPIRED);
        assertThat(ending.guardContract(TODAY, 30)).isEqualTo(GuardContractState.ENDING_SOON);
    }
}
