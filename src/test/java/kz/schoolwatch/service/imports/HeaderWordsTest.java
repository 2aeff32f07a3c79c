// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import static kz.schoolwatch.domain.ImportField.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import kz.schoolwatch.domain.ImportKind;
import kz.schoolwatch.domain.ImportMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Headers in Russian, Kazakh and English proposed as fields; the reader's header score. */
class HeaderWordsTest {

    @Test
    void russianHeadersOfTheEducationDepartmentAreMappedAndTheRowCounterIsNot() {
        ImportMapping m = HeaderWords.propose(ImportKind.SCHOOLS, List.of("№ п/п", "Номер школы", "Полное наименование",
                "Район", "Тип организации", "Форма собственности", "Язык обучения", "Юридический адрес", "ФИО директора",
                "Телефон", "Кол-во учащихся"));
        assertThat(m.columns()).isEqualTo(Map.of(SCHOOL_NUMBER, 1, SCHOOL_NAME, 2, SCHOOL_DISTRICT, 3, SCHOOL_TYPE, 4,
                SCHOOL_OWNERSHIP, 5, SCHOOL_LANGUAGE, 6, SCHOOL_ADDRESS, 7, SCHOOL_DIRECTOR, 8, SCHOOL_PHONE, 9,
                SCHOOL_PUPILS, 10));
    }

    @Test
    void kazakhAndEnglishHeadersAreMappedToo() {
        assertThat(HeaderWords.propose(ImportKind.SCHOOLS, List.of("Мектеп №", "Атауы", "Ауданы")).columns())
                .isEqualTo(Map.of(SCHOOL_NUMBER, 0, SCHOOL_NAME, 1, SCHOOL_DISTRICT, 2));
        assertThat(HeaderWords.propose(ImportKind.SCHOOLS, List.of("School No.", "Name", "District", "Pupils")).columns())
                .isEqualTo(Map.of(SCHOOL_NUMBER, 0, SCHOOL_NAME, 1, SCHOOL_DISTRICT, 2, SCHOOL_PUPILS, 3));
        assertThat(HeaderWords.propose(ImportKind.OFFICERS, List.of("Жетон нөмірі", "Тегі", "Аты", "Әкесінің аты", "Атағы", "Аудан"))
                .columns()).isEqualTo(Map.of(OFFICER_BADGE, 0, OFFICER_LAST_NAME, 1, OFFICER_FIRST_NAME, 2,
                        OFFICER_MIDDLE_NAME, 3, OFFICER_RANK, 4, OFFICER_DISTRICT, 5));
        assertThat(HeaderWords.propose(ImportKind.OFFICERS, List.of("Badge", "Rank", "Last name", "First name")).columns())
                .isEqualTo(Map.of(OFFICER_BADGE, 0, OFFICER_RANK, 1, OFFICER_LAST_NAME, 2, OFFICER_FIRST_NAME, 3));
    }

    @Test
    void caseFormsPunctuationAndExtraWordsAreTolerated() {
        assertThat(HeaderWords.propose(ImportKind.CAMERAS, List.of("ШКОЛА №", "Кол-во камер наружных, шт.",
                "Внутренних камер (шт)")).columns())
                .isEqualTo(Map.of(CAMERA_SCHOOL_NUMBER, 0, CAMERA_OUTDOOR_COUNT, 1, CAMERA_INDOOR_COUNT, 2));
        assertThat(HeaderWords.propose(ImportKind.OFFICERS, List.of("№ жетона", "Специальное звание", "Номер телефона")).columns())
                .isEqualTo(Map.of(OFFICER_BADGE, 0, OFFICER_RANK, 1, OFFICER_PHONE, 2));
        assertThat(HeaderWords.propose(ImportKind.CAMERAS, List.of("Мектеп", "Сыртқы камералар", "Ішкі камералар")).columns())
                .isEqualTo(Map.of(CAMERA_SCHOOL_NUMBER, 0, CAMERA_OUTDOOR_COUNT, 1, CAMERA_INDOOR_COUNT, 2));
        assertThat(HeaderWords.match(SCHOOL_NAME, "наименование  ШКОЛЫ")).isPositive();
        assertThat(HeaderWords.match(SCHOOL_NUMBER, "Номер телефона")).isZero();
    }

    @Test
    void aHeaderScoresOnlyWhenItNamesTheKindsKey() {
        List<String> schools = List.of("№ школы", "Наименование", "Район");
        assertThat(HeaderWords.score(ImportKind.SCHOOLS, schools)).isEqualTo(3);
        assertThat(HeaderWords.score(ImportKind.OFFICERS, schools)).isZero();
        assertThat(HeaderWords.score(ImportKind.SCHOOLS, List.of("Наименование", "Район"))).isZero();
        assertThat(HeaderWords.score(ImportKind.SCHOOLS, List.of("Список школ Алмалинского района", "", ""))).isZero();
    }

    @ParameterizedTest
    @EnumSource(ImportKind.class)
    void theTemplatesHeaderIsReadBackAsEveryOneOfItsFields(ImportKind kind) {
        List<String> header = ImportFiles.templateHeader(kind);
        ImportMapping m = HeaderWords.propose(kind, header);
        List<kz.schoolwatch.domain.ImportField> fields = ImportFiles.templateFields(kind);
        for (int i = 0; i < fields.size(); i++) {
            assertThat(m.column(fields.get(i))).as(header.get(i)).contains(i);
        }
    }
}
