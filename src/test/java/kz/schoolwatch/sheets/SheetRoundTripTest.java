// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.ToIntFunction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the program writes (templates, rows in error) reads back to the same texts, in .xlsx and in .csv. */
class SheetRoundTripTest {

    static final List<String> HEADER = List.of("№ школы", "Наименование", "Район", "Учащихся", "Дата", "ЦОУ", "Примечание");
    static final ToIntFunction<List<String>> SCORE = h -> (int) h.stream().filter(HEADER::contains).count();
    private static final String LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯәғқңөұүһіӘҒҚҢӨҰҮҺІabcXYZ";
    private static final String[] ODD = {"0123", "007", "1-2", "TRUE", "=A1 as text", "a;b", "a,b", "«кавычки» \"двойные\"", "12.0", "1 000"};

    @TempDir
    Path dir;

    static List<List<Object>> randomRows(Random random, int count, boolean withBooleans) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Object> row = new ArrayList<>();
            row.add(random.nextInt(3) == 0 ? String.format("%04d", random.nextInt(500)) : (Object) (random.nextInt(2000) + 1));
            row.add(random.nextInt(5) == 0 ? null : word(random));
            row.add(random.nextInt(4) == 0 ? ODD[random.nextInt(ODD.length)] : word(random));
            row.add(random.nextInt(5) == 0 ? null : random.nextBoolean() ? (Object) random.nextInt(100_000) : new BigDecimal(random.nextInt(10_000)).movePointLeft(2));
            row.add(random.nextInt(4) == 0 ? null : LocalDate.of(1990, 1, 1).plusDays(random.nextInt(15_000)));
            row.add(withBooleans && random.nextBoolean() ? random.nextBoolean() : null);
            row.add(random.nextInt(3) == 0 ? null : word(random) + " " + word(random));
            rows.add(row);
        }
        return rows;
    }

    private static String word(Random random) {
        StringBuilder s = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            s.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return s.toString();
    }

    /** The text the reader should give for a value the writer was given. */
    static String expected(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (value instanceof BigDecimal d) {
            String plain = d.stripTrailingZeros().toPlainString();
            return d.signum() == 0 ? "0" : plain;
        }
        return value.toString();
    }

    static List<List<String>> texts(SheetTable table) {
        return table.rows().stream().map(r -> r.cells().stream().map(Cell::text).toList()).toList();
    }

    static List<List<String>> expectedTexts(List<List<Object>> rows) {
        return rows.stream().map(r -> r.stream().map(SheetRoundTripTest::expected).toList()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"table.xlsx", "table.csv"})
    void randomRowsReadBackToTheSameTexts(String name) throws Exception {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            List<List<Object>> rows = randomRows(random, 1 + random.nextInt(60), true);
            Path file = dir.resolve(seed + "-" + name);

            SheetWriter.write(file, "Школы", HEADER, rows);
            SheetTable table = SheetReader.read(file, null, SCORE, SheetProgress.NONE);

            assertThat(table.header()).as("seed %d", seed).isEqualTo(HEADER);
            assertThat(texts(table)).as("seed %d", seed).isEqualTo(expectedTexts(rows));
            assertThat(table.rows().get(0).number()).isEqualTo(2);
        }
    }

    @Test
    void theCsvIsWhatRussianExcelOpens() throws IOException {
        Path file = dir.resolve("errors.csv");
        SheetWriter.write(file, "Ошибки", List.of("№ школы", "Ошибка"), List.of(List.of("0123", "Неизвестный район; проверьте")));

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("№ школы;Ошибка").contains("0123;\"Неизвестный район; проверьте\"");
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void aFailedWriteLeavesNoFileBehind() throws IOException {
        Path file = dir.resolve("template.xlsx");
        List<List<Object>> bad = List.of(List.of(new Object()));

        // An unknown value is written as its text; a folder in the way makes the move fail instead.
        Files.createDirectories(file.resolve("child"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SheetWriter.write(file, "Лист", List.of("A"), bad))
                .isInstanceOf(IOException.class);
        assertThat(Files.list(dir)).containsExactly(file);
    }
}
