// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file the program wrote, saved again by LibreOffice as .xlsx and as .csv, reads back to the same rows: the
 * files users bring have passed through an office program.
 */
class LibreOfficeRoundTripTest {

    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @TempDir
    Path dir;

    private static boolean sofficeOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, "soffice"))) {
                return true;
            }
        }
        return false;
    }

    private Path convert(Path source, String to, Path outDir) throws Exception {
        Process process = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", to, "--outdir", outDir.toString(), source.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        String name = source.getFileName().toString();
        Path out = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + to.split(":")[0]);
        assertThat(out).as(Files.readString(dir.resolve("soffice.log"))).exists();
        return out;
    }

    @Test
    void filesSavedAgainByLibreOfficeReadBackToTheSameRows() throws Exception {
        assumeTrue(sofficeOnPath(), "soffice is not installed");
        List<List<Object>> rows = SheetRoundTripTest.randomRows(new Random(19), 40, false);
        Path written = dir.resolve("schools.xlsx");
        SheetWriter.write(written, "Школы", SheetRoundTripTest.HEADER, rows);

        Path xlsx = convert(written, "xlsx", Files.createDirectories(dir.resolve("xlsx")));
        assertThat(SheetRoundTripTest.texts(SheetReader.read(xlsx, null, SheetRoundTripTest.SCORE, SheetProgress.NONE)))
                .isEqualTo(SheetRoundTripTest.expectedTexts(rows));

        // LibreOffice writes a CSV as it shows the cells: semicolons, UTF-8 and dates as a Russian user sees them.
        Path csv = convert(written, "csv:Text - txt - csv (StarCalc):59,34,76", Files.createDirectories(dir.resolve("csv")));
        List<List<String>> expected = rows.stream()
                .map(r -> r.stream().map(v -> v instanceof LocalDate d ? RUSSIAN_DATE.format(d) : SheetRoundTripTest.expected(v)).toList())
                .toList();
        assertThat(SheetRoundTripTest.texts(SheetReader.read(csv, null, SheetRoundTripTest.SCORE, SheetProgress.NONE)))
                .isEqualTo(expected);
    }
}
