// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.YearMonth;

import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.ReportFormat;
import org.junit.jupiter.api.Test;

class AppOptionsTest {

    @Test
    void noArgumentsMeansDefaults() throws Exception {
        AppOptions o = AppOptions.parse();
        assertThat(o.dataDir()).isNull();
        assertThat(o.demo()).isFalse();
        assertThat(o.startupTiming()).isFalse();
        assertThat(o.help()).isFalse();
    }

    @Test
    void readsEveryOptionInBothSpellings() throws Exception {
        assertThat(AppOptions.parse("--data-dir", "/tmp/x", "--demo", "--startup-timing").dataDir()).isEqualTo(Path.of("/tmp/x"));
        AppOptions o = AppOptions.parse("--data-dir=/srv/sw", "--help");
        assertThat(o.dataDir()).isEqualTo(Path.of("/srv/sw"));
        assertThat(o.help()).isTrue();
        assertThat(AppOptions.parse("-h").help()).isTrue();
    }

    @Test
    void unknownOptionIsRefusedWithARussianMessage() {
        assertThatThrownBy(() -> AppOptions.parse("--dmeo"))
                .isInstanceOfSatisfying(AppOptions.UsageException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("cli.error.unknownOption");
                    assertThat(Messages.russian().get(e.messageKey(), e.argument())).isEqualTo("Неизвестный параметр: --dmeo");
                });
    }

    @Test
    void dataDirWithoutValueIsRefused() {
        assertThatThrownBy(() -> AppOptions.parse("--data-dir"))
                .isInstanceOfSatisfying(AppOptions.UsageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("cli.error.missingValue"));
        assertThatThrownBy(() -> AppOptions.parse("--data-dir", "--demo"))
                .isInstanceOf(AppOptions.UsageException.class);
        assertThatThrownBy(() -> AppOptions.parse("--data-dir="))
                .isInstanceOf(AppOptions.UsageException.class);
    }

    @Test
    void reportSubcommandReadsMonthScopeFileAndFormat() throws Exception {
        AppOptions o = AppOptions.parse("report", "--month", "2026-10", "--district", "Ауэзовский", "--out", "/tmp/s.pdf",
                "--data-dir=/srv/sw", "--user", "nachalnik");
        assertThat(o.report()).isEqualTo(new AppOptions.Report(YearMonth.of(2026, 10), "Ауэзовский", null, Path.of("/tmp/s.pdf"),
                ReportFormat.PDF, "nachalnik"));
        assertThat(o.dataDir()).isEqualTo(Path.of("/srv/sw"));
        assertThat(AppOptions.parse("report", "--month=2026-09", "--officer", "123456", "--out", "s.xlsx", "--user=u").report().format())
                .isEqualTo(ReportFormat.XLSX);
        assertThat(AppOptions.parse("report", "--month", "2026-09", "--out", "s", "--format", "XLSX", "--user", "u").report().format())
                .isEqualTo(ReportFormat.XLSX);
        assertThat(AppOptions.parse("report", "--help").help()).isTrue();
        assertThat(AppOptions.parse("--demo").report()).isNull();
    }

    @Test
    void eachWrongReportArgumentHasItsOwnRussianMessage() {
        assertUsage("cli.error.report.monthRequired", "report", "--out", "s.pdf");
        assertUsage("cli.error.report.badMonth", "report", "--month", "10.2026", "--out", "s.pdf");
        assertUsage("cli.error.report.badMonth", "report", "--month", "2026-13", "--out", "s.pdf");
        assertUsage("cli.error.report.outRequired", "report", "--month", "2026-10");
        assertUsage("cli.error.report.userRequired", "report", "--month", "2026-10", "--out", "s.pdf");
        assertUsage("cli.error.report.badFormat", "report", "--month", "2026-10", "--out", "s.pdf", "--format", "docx");
        assertUsage("cli.error.report.twoScopes", "report", "--month", "2026-10", "--out", "s.pdf", "--district", "Ауэзовский",
                "--officer", "1");
        assertUsage("cli.error.report.extensionMismatch", "report", "--month", "2026-10", "--out", "s.pdf", "--format", "xlsx");
        assertUsage("cli.error.missingValue", "report", "--month", "2026-10", "--out");
        assertUsage("cli.error.missingValue", "report", "--month", "--out", "s.pdf");
        assertUsage("cli.error.unknownOption", "report", "--month", "2026-10", "--out", "s.pdf", "--demo");
        Messages messages = Messages.russian();
        assertThat(messages.get("cli.error.report.badMonth", "10.2026")).isEqualTo("Месяц «10.2026» не распознан. Укажите его в виде ГГГГ-ММ, например 2026-10");
        assertThat(messages.get("cli.usage", "/x")).contains("schoolwatch report --month ГГГГ-ММ");
    }

    private static void assertUsage(String key, String... args) {
        assertThatThrownBy(() -> AppOptions.parse(args)).as(String.join(" ", args))
                .isInstanceOfSatisfying(AppOptions.UsageException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(Messages.russian().get(e.messageKey(), e.argument())).doesNotContain("!");
                });
    }
}
