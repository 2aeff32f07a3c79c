// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.schoolwatch.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The expected-text helper agrees with the texts the program formats, and refuses a key the bundle lacks. */
class TextsTest {

    private final Messages messages = Messages.russian();

    @Test
    void aTextWithItsArgumentsIsTheOneTheProgramFormats() {
        assertThat(Texts.of("schools.status", 190, 201)).isEqualTo(messages.get("schools.status", 190, 201));
        assertThat(Texts.of("validation.required")).isEqualTo(messages.get("validation.required"));
    }

    @Test
    void prefixAndSuffixAreTheFixedWordsAroundTheUnknownArguments() {
        String shown = messages.get("backup.done", "schoolwatch-20261204-101500.backup", 812);
        assertThat(shown).startsWith(Texts.prefix("backup.done")).endsWith(Texts.suffix("backup.done"))
                .startsWith(Texts.prefix("backup.done", "schoolwatch-20261204-101500.backup"));
        assertThat(Texts.prefix("backup.done")).isNotEmpty().doesNotContain("{");
        assertThat(Texts.prefix("school.error.numberTaken", 12)).isEqualTo(messages.get("school.error.numberTaken", 12));
    }

    @Test
    void anyArgumentsMatchesTheTextWhateverItsArguments() {
        assertThat(messages.get("report.prepared", "04.12.2026 10:15", "Т. Исин")).matches(Texts.anyArguments("report.prepared"));
        assertThat(messages.get("validation.required")).doesNotMatch(Texts.anyArguments("report.prepared"));
    }

    @Test
    void aKeyTheBundleLacksFailsTheTest() {
        assertThatThrownBy(() -> Texts.of("no.such.key")).isInstanceOf(AssertionError.class).hasMessageContaining("no.such.key");
    }
}
