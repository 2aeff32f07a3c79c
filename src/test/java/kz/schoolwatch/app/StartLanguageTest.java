// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --lang}, else SCHOOLWATCH_LANG, else the PC's last language, else Russian; a wrong one is exit code 2. */
class StartLanguageTest {

    @TempDir
    Path data;

    private String[] report(String... more) {
        String[] base = {"report", "--month", "2026-10", "--out", "s.pdf", "--user", "head", "--data-dir", data.toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void theOptionIsTakenOutWhereverItStands() throws Exception {
        StartLanguage.Start start = StartLanguage.choose(report("--lang", "kk"), Map.of());
        assertThat(start.language()).isEqualTo(Language.KAZAKH);
        assertThat(start.args()).containsExactly(report());
        assertThat(AppOptions.parse(start.args()).report()).isNotNull();

        assertThat(StartLanguage.choose(new String[] {"--lang=en", "backup", "--user", "admin"}, Map.of()))
                .satisfies(s -> {
                    assertThat(s.language()).isEqualTo(Language.ENGLISH);
                    assertThat(s.args()).containsExactly("backup", "--user", "admin");
                });
        assertThat(StartLanguage.choose(new String[] {"--lang", "RU"}, Map.of()).language()).isEqualTo(Language.RUSSIAN);
    }

    @Test
    void theOptionWinsOverTheEnvironmentWhichWinsOverThePc() throws Exception {
        Files.writeString(data.resolve("language"), "en");
        assertThat(StartLanguage.choose(report(), Map.of()).language()).isEqualTo(Language.ENGLISH);
        // Only an asked language keeps the window's sign-in form from the PC's last one.
        assertThat(StartLanguage.choose(report(), Map.of()).given()).isFalse();
        assertThat(StartLanguage.choose(report(), Map.of(StartLanguage.ENV, "kk")).given()).isTrue();
        assertThat(StartLanguage.choose(report("--lang", "ru"), Map.of()).given()).isTrue();
        assertThat(StartLanguage.choose(report(), Map.of(StartLanguage.ENV, "kk")).language()).isEqualTo(Language.KAZAKH);
        assertThat(StartLanguage.choose(report("--lang", "ru"), Map.of(StartLanguage.ENV, "kk")).language())
                .isEqualTo(Language.RUSSIAN);
    }

    @Test
    void withNothingChosenItIsRussian() throws Exception {
        assertThat(StartLanguage.choose(report(), Map.of()).language()).isEqualTo(Language.RUSSIAN);
        assertThat(StartLanguage.choose(new String[] {"--data-dir=" + data}, Map.of()).language()).isEqualTo(Language.RUSSIAN);
    }

    @Test
    void anUnknownLanguageIsRefusedInTheDefaultLanguageWithExitCodeTwo() throws Exception {
        Files.writeString(data.resolve("language"), "en");
        String[] args = report("--lang", "xx");
        assertThatThrownBy(() -> StartLanguage.choose(args, Map.of()))
                .isInstanceOfSatisfying(AppOptions.UsageException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("cli.error.unknownLanguage");
                    assertThat(e.argument()).isEqualTo("xx");
                    Messages english = Messages.of(StartLanguage.byDefault(args, Map.of()));
                    assertThat(english.language()).isEqualTo(Language.ENGLISH);
                    ByteArrayOutputStream err = new ByteArrayOutputStream();
                    int code = Launcher.refuse(e, english, new PrintStream(err, true, StandardCharsets.UTF_8));
                    assertThat(code).isEqualTo(2);
                    assertThat(err.toString(StandardCharsets.UTF_8))
                            .contains(english.get("cli.error.unknownLanguage", "xx"), english.get("cli.seeHelp"));
                });
        assertThatThrownBy(() -> StartLanguage.choose(new String[] {"report", "--lang"}, Map.of()))
                .isInstanceOfSatisfying(AppOptions.UsageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("cli.error.missingValue"));
        assertThatThrownBy(() -> StartLanguage.choose(report(), Map.of(StartLanguage.ENV, "de")))
                .isInstanceOfSatisfying(AppOptions.UsageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("cli.error.unknownLanguageEnv"));
    }
}
