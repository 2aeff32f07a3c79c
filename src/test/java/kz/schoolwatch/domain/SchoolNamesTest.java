// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Short school names for lists. */
class SchoolNamesTest {

    @Test
    void dropsTheLegalFormWrapper() {
        assertThat(SchoolNames.shortName("КГУ «Общеобразовательная школа №125»")).isEqualTo("Школа №125");
        assertThat(SchoolNames.shortName("КГУ «Средняя общеобразовательная школа №8 имени Абая»")).isEqualTo("Школа №8 имени Абая");
        assertThat(SchoolNames.shortName("КГУ «Лицей №60»")).isEqualTo("Лицей №60");
        assertThat(SchoolNames.shortName("  ГУ «Гимназия №1» ")).isEqualTo("Гимназия №1");
    }

    @Test
    void keepsQuotesInsideTheName() {
        assertThat(SchoolNames.shortName("КГУ «Школа-гимназия №5 «Болашак»»")).isEqualTo("Школа-гимназия №5 «Болашак»");
    }

    @Test
    void leavesOtherNamesAlone() {
        assertThat(SchoolNames.shortName("Специализированная гимназия №12 им. Ш. Уалиханова"))
                .isEqualTo("Специализированная гимназия №12 им. Ш. Уалиханова");
        assertThat(SchoolNames.shortName("Клуб «Жігер»")).isEqualTo("Клуб «Жігер»");
        assertThat(SchoolNames.shortName("КГУ без кавычек")).isEqualTo("КГУ без кавычек");
        assertThat(SchoolNames.shortName(null)).isEmpty();
    }

    @Test
    void labelAddsTheNumberOnlyWhenTheNameLacksIt() {
        assertThat(SchoolNames.label(122, "КГУ «Общеобразовательная школа №122»")).isEqualTo("Школа №122");
        assertThat(SchoolNames.label(7, "КГУ «Гимназия №71»")).isEqualTo("№7 — Гимназия №71");
        assertThat(SchoolNames.label(7, "КГУ «Гимназия имени Абая»")).isEqualTo("№7 — Гимназия имени Абая");
        assertThat(SchoolNames.label(7, "")).isEqualTo("№7");
    }

    @Test
    void shortLabelReadsNumberedPlaces() {
        assertThat(SchoolNames.shortLabel("№122 — КГУ «Общеобразовательная школа №122»")).isEqualTo("Школа №122");
        assertThat(SchoolNames.shortLabel("Центр досуга «Шаңырақ» №3")).isEqualTo("Центр досуга «Шаңырақ» №3");
        assertThat(SchoolNames.shortLabel(null)).isEmpty();
    }
}
