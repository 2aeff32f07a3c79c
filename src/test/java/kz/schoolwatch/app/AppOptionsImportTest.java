// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import kz.schoolwatch.domain.ImportKind;
import kz.schoolwatch.i18n.Messages;
import org.junit.jupiter.api.Test;

/** {@code schoolwatch import …} on the command line: its options, its flags and each wrong argument's message. */
class AppOptionsImportTest {

    @Test
    void readsKindFileSheetAndFlags() throws Exception {
        AppOptions o = AppOptions.parse("import", "--kind", "cameras", "--file", "/tmp/k.xlsx", "--sheet=Камеры", "--dry-run",
                "--skip-errors", "--remove-missing", "--user", "admin", "--data-dir", "/srv/sw");
        assertThat(o.imports()).isEqualTo(new AppOptions.Import(ImportKind.CAMERAS, Path.of("/tmp/k.xlsx"), "Камеры", true, true,
                true, "admin"));
        assertThat(o.dataDir()).isEqualTo(Path.of("/srv/sw"));
        assertThat(o.report()).isNull();
        assertThat(o.backup()).isNull();
        AppOptions plain = AppOptions.parse("import", "--kind=Schools", "--file", "s.csv", "--user", "u");
        assertThat(plain.imports()).isEqualTo(new AppOptions.Import(ImportKind.SCHOOLS, Path.of("s.csv"), null, false, false, false, "u"));
        assertThat(AppOptions.parse("import", "--kind", "officers", "--file", "o.csv", "--user", "u").imports().kind())
                .isEqualTo(ImportKind.OFFICERS);
        assertThat(AppOptions.parse("import", "--help").help()).isTrue();
        assertThat(AppOptions.parse("--demo").imports()).isNull();
    }

    @Test
    void eachWrongImportArgumentHasItsOwnRussianMessage() {
        assertUsage("cli.error.import.badKind", "import", "--kind", "visits", "--file", "f.xlsx", "--user", "u");
        assertUsage("cli.error.import.kindRequired", "import", "--file", "f.xlsx", "--user", "u");
        assertUsage("cli.error.import.fileRequired", "import", "--kind", "schools", "--user", "u");
        assertUsage("cli.error.import.userRequired", "import", "--kind", "schools", "--file", "f.xlsx");
        assertUsage("cli.error.import.removeMissingCamerasOnly", "import", "--kind", "schools", "--file", "f.xlsx",
                "--remove-missing", "--user", "u");
        assertUsage("cli.error.flagWithValue", "import", "--kind", "schools", "--file", "f.xlsx", "--dry-run=yes", "--user", "u");
        assertUsage("cli.error.missingValue", "import", "--kind", "schools", "--file", "--dry-run", "--user", "u");
        assertUsage("cli.error.unknownOption", "import", "--kind", "schools", "--file", "f.xlsx", "--force", "--user", "u");
        assertUsage("cli.error.unknownOption", "report", "--month", "2026-10", "--out", "s.pdf", "--dry-run");
        assertThat(Messages.russian().get("cli.error.import.badKind", "visits")).startsWith("Неизвестный вид импорта «visits»");
        assertThat(Messages.russian().get("cli.usage.import")).contains("schoolwatch import --kind schools|cameras|officers",
                "--dry-run", "--skip-errors", "Коды выхода");
    }

    private static void assertUsage(String key, String... args) {
        assertThatThrownBy(() -> AppOptions.parse(args)).as(String.join(" ", args))
                .isInstanceOfSatisfying(AppOptions.UsageException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(Messages.russian().get(e.messageKey(), e.argument())).doesNotContain("!");
                });
    }
}
