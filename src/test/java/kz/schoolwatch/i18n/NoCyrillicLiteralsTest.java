// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every text a user reads comes from the bundles, in the language the program speaks: a Russian (or Kazakh) word
 * written into the code would show in Russian to a Kazakh or English reader. This scans the string and character
 * literals of {@code src/main/java} (comments aside) and names each one with a Cyrillic letter by file and line,
 * apart from the few files below whose Cyrillic words are data, not texts to show.
 */
class NoCyrillicLiteralsTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** Files (under src/main/java) allowed Cyrillic literals, each with why. Keep it short. */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            // The demo city: names of schools, officers, streets and the seeded Russian reference names it looks rows
            // up by. It is sample data stored in the database, like a unit's own, not text of the program.
            Map.entry("kz/schoolwatch/persistence/demo/DemoNames.java", "demo city data"),
            Map.entry("kz/schoolwatch/persistence/demo/DemoSchools.java", "demo city data"),
            Map.entry("kz/schoolwatch/persistence/demo/DemoCitySeeder.java", "demo city data"),
            Map.entry("kz/schoolwatch/persistence/demo/DemoActivity.java", "demo city data"),
            Map.entry("kz/schoolwatch/persistence/demo/NationalDatasetGenerator.java", "demo city data"),
            // Words the import must recognise in lists written in Russian or Kazakh: column headers, yes/no, enum
            // words, camera labels, district and rank forms. They are read, never shown.
            Map.entry("kz/schoolwatch/service/imports/HeaderWords.java", "import reads Russian/Kazakh headers"),
            Map.entry("kz/schoolwatch/service/imports/EnumWords.java", "import reads Russian/Kazakh words"),
            Map.entry("kz/schoolwatch/service/imports/CameraLabels.java", "import reads Russian/Kazakh words"),
            Map.entry("kz/schoolwatch/service/imports/ReferenceNames.java", "import reads district and rank forms"),
            Map.entry("kz/schoolwatch/service/imports/RowCells.java", "import reads да/нет, иә/жоқ"),
            Map.entry("kz/schoolwatch/service/imports/Words.java", "import folds ё and reads «№» as номер"),
            // The program's own month names in the nominative («қараша 2026», «ноябрь 2026»): the JDK's Kazakh
            // ones are capitalised, its Russian ones genitive. A format table, as the date pattern is.
            Map.entry("kz/schoolwatch/i18n/LocalFormats.java", "month-name tables"),
            // Where each Cyrillic letter sits on the ЙЦУКЕН keyboard, to bind Alt and a caption's letter to its key.
            Map.entry("kz/schoolwatch/ui/common/Mnemonics.java", "keyboard layout table"),
            // Each language's name in itself («Қазақша», «Русский»): the same whatever language is spoken.
            Map.entry("kz/schoolwatch/ui/shell/LanguageNames.java", "language self-names"),
            // Legal-form prefixes (КГУ «…») and «Общеобразовательная школа» recognised in stored school names.
            Map.entry("kz/schoolwatch/domain/SchoolNames.java", "reads stored school names"),
            // A badge number may hold Cyrillic letters: a character class in a pattern.
            Map.entry("kz/schoolwatch/service/OfficerService.java", "badge number pattern"),
            // What a Russian Windows says when a disk is full or a file is held by another program: matched, not shown.
            Map.entry("kz/schoolwatch/persistence/store/WriteFailure.java", "matches the system's messages"),
            Map.entry("kz/schoolwatch/sheets/FileErrors.java", "matches the system's messages"));

    @Test
    void noVisibleTextIsWrittenInTheCode() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                if (!ALLOWED.containsKey(name)) {
                    for (Literal l : literals(Files.readString(file))) {
                        if (l.text().codePoints().anyMatch(NoCyrillicLiteralsTest::cyrillic)) {
                            found.add(name + ":" + l.line() + "  " + l.text());
                        }
                    }
                }
            }
        }
        assertThat(found).as("Cyrillic literals in src/main/java: move them to the bundles (messages_*.properties)").isEmpty();
    }

    @Test
    void everyAllowedFileStillExists() {
        assertThat(ALLOWED.keySet()).allSatisfy(name -> assertThat(SOURCES.resolve(name)).exists());
    }

    @Test
    void theScanSeesLiteralsAndSkipsComments() {
        String code = """
                // «комментарий»
                /* «ещё» */ String a = "школа"; char c = 'ё';
                String b = "say \\"привет\\"" + "ok"; String t = \"""
                    текст
                    \""";
                """;
        assertThat(literals(code)).extracting(Literal::text)
                .containsExactly("школа", "ё", "say \\\"привет\\\"", "ok", "\n    текст\n    ");
        assertThat(literals(code).get(0).line()).isEqualTo(2);
    }

    private static boolean cyrillic(int c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC_SUPPLEMENTARY;
    }

    record Literal(int line, String text) {
    }

    /** The string, text block and character literals of a Java source, with the line each starts on. */
    static List<Literal> literals(String s) {
        List<Literal> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                line += count(s, i, end);
                i = end;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                while (end > 0 && s.charAt(end - 1) == '\\') {
                    end = s.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? s.length() : end;
                out.add(new Literal(line, s.substring(i + 3, end)));
                line += count(s, i, end);
                i = Math.min(s.length(), end + 3);
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c && s.charAt(j) != '\n') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                out.add(new Literal(line, s.substring(i + 1, Math.min(j, s.length()))));
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int count(String s, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                n++;
            }
        }
        return n;
    }
}
