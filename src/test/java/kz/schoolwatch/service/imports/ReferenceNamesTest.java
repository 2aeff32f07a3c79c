// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import kz.schoolwatch.domain.NamedRef;
import kz.schoolwatch.domain.Ownership;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.domain.TeachingLanguage;
import kz.schoolwatch.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Districts and ranks found as files write them, a near miss suggested; the school's words read in three languages. */
class ReferenceNamesTest {

    static final ReferenceNames DISTRICTS = new ReferenceNames(List.of(new NamedRef(1, "Алатауский"), new NamedRef(2, "Алмалинский"),
            new NamedRef(3, "Ауэзовский"), new NamedRef(4, "Бостандыкский"), new NamedRef(5, "Жетысуский"),
            new NamedRef(6, "Медеуский"), new NamedRef(7, "Наурызбайский"), new NamedRef(8, "Турксибский")));
    static final ReferenceNames RANKS = new ReferenceNames(List.of(new NamedRef(6, "лейтенант полиции"),
            new NamedRef(7, "старший лейтенант полиции"), new NamedRef(8, "капитан полиции"), new NamedRef(9, "майор полиции")));

    @ParameterizedTest
    @CsvSource({"Алмалинский, 2", "алмалинский район, 2", "Алмалинский р-н, 2", "Алмалы ауданы, 2", "Almaly district, 2",
            "Бостандық ауданы, 4", "Әуезов ауданы, 3", "ТУРКСИБСКИЙ, 8"})
    void districtsAreFoundInEveryUsualSpelling(String name, long id) {
        assertThat(DISTRICTS.find(name).ref()).map(NamedRef::id).contains(id);
    }

    @Test
    void aMisspeltDistrictIsNotGuessedButSuggested() {
        ReferenceNames.Found f = DISTRICTS.find("Алмалинскй");
        assertThat(f.ref()).isEmpty();
        assertThat(f.suggestion()).contains("Алмалинский");
        assertThat(DISTRICTS.find("Бостандыкскй район").suggestion()).contains("Бостандыкский");
        assertThat(DISTRICTS.find("Караганда")).isEqualTo(new ReferenceNames.Found(Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource({"капитан полиции, 8", "Капитан, 8", "ст. лейтенант, 7", "старший лейтенант полиции, 7", "полиция майоры, 9",
            "Major, 9", "senior lieutenant, 7", "аға лейтенант, 7"})
    void ranksAreFoundWithOrWithoutPolice(String name, long id) {
        assertThat(RANKS.find(name).ref()).map(NamedRef::id).contains(id);
    }

    @Test
    void aMisspeltRankIsSuggested() {
        assertThat(RANKS.find("капитон").suggestion()).contains("капитан полиции");
    }

    @Test
    void schoolWordsAreReadFromTheProgramsNamesAndCommonWords() {
        Messages m = Messages.russian();
        assertThat(EnumWords.schoolTypes(m).read("Общеобразовательная школа")).contains(SchoolType.GENERAL);
        assertThat(EnumWords.schoolTypes(m).read("СОШ")).contains(SchoolType.GENERAL);
        assertThat(EnumWords.schoolTypes(m).read("школа-лицей")).contains(SchoolType.SCHOOL_LYCEUM);
        assertThat(EnumWords.schoolTypes(m).read("Gymnasium")).contains(SchoolType.GYMNASIUM);
        assertThat(EnumWords.ownerships(m).read("Мемлекеттік")).contains(Ownership.STATE);
        assertThat(EnumWords.ownerships(m).read("частная")).contains(Ownership.PRIVATE);
        assertThat(EnumWords.languages(m).read("Казахский и русский")).contains(TeachingLanguage.KAZAKH_RUSSIAN);
        assertThat(EnumWords.languages(m).read("каз/рус")).contains(TeachingLanguage.KAZAKH_RUSSIAN);
        assertThat(EnumWords.languages(m).read("Қазақ")).contains(TeachingLanguage.KAZAKH);
        assertThat(EnumWords.languages(m).read("клингонский")).isEmpty();
    }
}
