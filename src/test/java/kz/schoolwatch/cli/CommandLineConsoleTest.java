// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import kz.schoolwatch.TestDamage;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.app.Launcher;
import kz.schoolwatch.app.StartLanguage;
import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a scheduled job sees it: {@code Launcher} in its own JVM, the password on standard input,
 * standard output and error together. Only the command's own Russian line reaches the console — no log lines, no
 * stack trace — and the technical log goes to {@code logs/commands.log} in the data folder.
 */
class CommandLineConsoleTest {

    @TempDir
    Path data;
    @TempDir
    Path out;

    private record Run(int exit, List<String> lines) {
    }

    private Run launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove(StartLanguage.ENV);
        Process p = builder.start();
        p.getOutputStream().write((TestSessions.PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), text.lines().toList());
    }

    @Test
    void aSavedSummaryPrintsOnlyItsRussianLineAndLogsToTheDataFolder() throws Exception {
        TestSessions.prepare(data, true);
        Path pdf = out.resolve("svodka.pdf");
        Run run = launch("report", "--month", "2026-10", "--out", pdf.toString(), "--user", TestSessions.HEAD,
                "--data-dir", data.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.lines()).containsExactly(Texts.of("cli.report.saved", pdf));
        assertThat(Files.readString(data.resolve("logs").resolve("commands.log"))).contains("Monthly summary");
    }

    @Test
    void aDamagedPageMetAfterTheOpeningIsOneLineAndExitCodeOne() throws Exception {
        TestSessions.prepare(data, true);
        TestDamage.breakAfterOpening(data);
        Run run = launch("report", "--month", "2026-10", "--out", out.resolve("svodka.pdf").toString(), "--user",
                TestSessions.HEAD, "--data-dir", data.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith(Texts.of("cli.error.damaged", data.resolve("schoolwatch.mv.db")))
                .doesNotContain("Exception", "SQL"));
    }

    @Test
    void anUnknownLanguageIsRefusedWithExitCodeTwo() throws Exception {
        Run run = launch("report", "--lang", "xx", "--month", "2026-10", "--out", out.resolve("x.pdf").toString(),
                "--user", TestSessions.HEAD, "--data-dir", data.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.lines()).containsExactly(Texts.of("cli.error.unknownLanguage", "xx"), Texts.of("cli.seeHelp"));
        assertThat(out.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void helpListsTheLanguageOptionInTheLanguageAsked() throws Exception {
        Run run = launch("--help", "--lang", "en", "--data-dir", data.toString());
        assertThat(run.exit()).isZero();
        Messages english = Messages.of(Language.ENGLISH);
        assertThat(String.join("\n", run.lines())).contains(english.get("cli.usage.lang", StartLanguage.ENV).strip());
    }
}
