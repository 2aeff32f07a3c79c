// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void plainTextHasNone() {
        assertThat(Placeholders.of("Сохранить")).isEmpty();
        assertThat(Placeholders.of("")).isEmpty();
    }

    @Test
    void findsEachArgumentOnceWhateverTheOrder() {
        assertThat(Placeholders.of("{1} из {0}, ещё раз {1}")).containsExactly("{0}", "{1}");
    }

    @Test
    void keepsTypeAndStyleWithTheirCommas() {
        assertThat(Placeholders.of("{0,number,#,##0} — {1,number,integer}, {2,date,dd.MM.yyyy}, {3,number,percent}"))
                .containsExactly("{0,number,#,##0}", "{1,number,integer}", "{2,date,dd.MM.yyyy}", "{3,number,percent}");
    }

    @Test
    void dropsSpacesAndCaseOfTheType() {
        assertThat(Placeholders.of("{ 0 , NUMBER , integer }")).containsExactly("{0,number,integer}");
    }

    @Test
    void aChoiceKeepsOnlyIndexAndTypeSoItsTextsMayDiffer() {
        String russian = "{0,choice,0#нет школ|1#{0,number,integer} школа|2#{0,number,integer} школы}";
        String english = "{0,choice,0#no schools|1#one school|1<{0,number,integer} schools}";
        assertThat(Placeholders.of(russian)).containsExactly("{0,choice}").isEqualTo(Placeholders.of(english));
    }

    @Test
    void quotedTextIsLiteralAndADoubledQuoteIsAQuote() {
        assertThat(Placeholders.of("'{0}' is literal")).isEmpty();
        assertThat(Placeholders.of("the officer''s visit on {0}")).containsExactly("{0}");
        assertThat(Placeholders.of("it''s '{'{1}'}'")).containsExactly("{1}");
    }

    @Test
    void tellsTwoTranslationsApartByIndexOrType() {
        assertThat(Placeholders.of("{0} {1}")).isNotEqualTo(Placeholders.of("{0} {2}"));
        assertThat(Placeholders.of("{0,number,#}")).isNotEqualTo(Placeholders.of("{0}"));
    }

    @Test
    void anUnclosedBraceIsNoPattern() {
        assertThatThrownBy(() -> Placeholders.of("Всего: {0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("never closed");
    }
}
