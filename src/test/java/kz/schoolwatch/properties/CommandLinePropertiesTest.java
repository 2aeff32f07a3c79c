// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import kz.schoolwatch.app.AppOptions;
import kz.schoolwatch.report.ReportFormat;
import org.junit.jupiter.api.Test;

/**
 * The command line, {@code schoolwatch [--data-dir DIR] [--demo] …} and {@code schoolwatch report --month …}: any
 * arguments are read or refused with a {@link AppOptions.UsageException} that explains itself in Russian.
 */
class CommandLinePropertiesTest {

    private static final List<String> OPTIONS = List.of("--data-dir", "--demo", "--startup-timing", "--help", "-h", "--month",
            "--district", "--officer", "--out", "--format", "report", "--", "-", "=", "--month=", "--out=", "--=x", "--format=PDF");
    private static final List<String> VALUES = List.of("2026-10", "2026-1", "0000-01", "-0001-12", "+10000-01", "2026-13", "2026-00",
            "1999-12", "2100-01", "9999-12", "2026-10-01", "10.2026", " 2026-10 ", "pdf", "xlsx", "XLSX", "docx", "/tmp/s.pdf", "s.xlsx",
            "отчёт.pdf", "есеп.XLSX", "/", ".", "..", "a/", "\u0000.pdf", "s.pdf\u0000", "", " ", "Ауэзовский", "Әуезов", "' OR 1=1 --",
            "100001", "-5", "--", "=");

    @Test
    void anyArgumentsAreReadOrRefusedWithAUsageMessage() {
        Gen<String> token = random -> Sample.of(token(random));
        ForAll.of(Gen.tuple(Gen.booleans(), Gen.lists(token, 8))).check(v -> {
            List<String> args = new ArrayList<>();
            if ((Boolean) v.get(0)) {
                args.add("report");
            }
            @SuppressWarnings("unchecked")
            List<String> rest = (List<String>) v.get(1);
            args.addAll(rest);
            Throwable t = catchThrowable(() -> {
                AppOptions o = AppOptions.parse(args.toArray(String[]::new));
                if (o.report() != null) {
                    AppOptions.Report r = o.report();
                    assertThat(r.month()).isNotNull();
                    assertThat(r.out()).isNotNull();
                    assertThat(r.out().getFileName()).isNotNull();
                    assertThat(r.format()).isNotNull();
                    assertThat(r.district() == null || r.officer() == null).as("one scope at most").isTrue();
                    assertThat(r.district() == null || !r.district().isBlank()).isTrue();
                    assertThat(r.officer() == null || !r.officer().isBlank()).isTrue();
                    assertThat(r.month().getYear()).isBetween(2000, 2099);
                }
            });
            if (t instanceof AppOptions.UsageException e) {
                assertThat(e.argument()).isNotNull();
                Expect.readable(e.messageKey(), List.of(e.argument()));
            } else if (t != null) {
                throw t;
            }
        });
    }

    private static String token(Random random) {
        int p = random.nextInt(10);
        if (p < 4) {
            return OPTIONS.get(random.nextInt(OPTIONS.size()));
        }
        if (p < 7) {
            return VALUES.get(random.nextInt(VALUES.size()));
        }
        if (p < 8) {
            return OPTIONS.get(random.nextInt(OPTIONS.size())) + "=" + VALUES.get(random.nextInt(VALUES.size()));
        }
        return Gen.text().sample(random).value();
    }

    /** Every valid report command, in any order and either spelling ({@code --month 2026-10}, {@code --month=2026-10}), reads back. */
    @Test
    void validReportCommandsReadBackTheirValues() {
        Gen<String> name = Gen.text().map(CommandLinePropertiesTest::fileName);
        ForAll.of(Gen.tuple(Gen.ints(2000 * 12, 2099 * 12 + 11), Gen.ints(0, 2), Gen.text(), name,
                Gen.oneOf("", ".pdf", ".xlsx", ".PDF", ".Xlsx"), Gen.ints(0, 2), Gen.ints(0, Integer.MAX_VALUE), Gen.booleans()))
                .check(v -> {
                    YearMonth month = YearMonth.of((Integer) v.get(0) / 12, (Integer) v.get(0) % 12 + 1);
                    int scope = (Integer) v.get(1);
                    String scopeValue = optionValue((String) v.get(2));
                    String ext = (String) v.get(4);
                    Path out = Path.of("/tmp/сводки", v.get(3) + ext);
                    ReportFormat byExt = ext.isEmpty() ? null : ReportFormat.named(ext.substring(1)).orElseThrow();
                    int formatChoice = (Integer) v.get(5);
                    String format = formatChoice == 0 ? null
                            : byExt != null ? (formatChoice == 1 ? byExt.extension() : byExt.extension().toUpperCase(Locale.ROOT))
                            : formatChoice == 1 ? "pdf" : "XLSX";
                    List<List<String>> options = new ArrayList<>();
                    options.add(List.of("--month", month.toString()));
                    options.add(List.of("--out", out.toString()));
                    options.add(List.of("--user", "nachalnik"));
                    if (scope == 1) {
                        options.add(List.of("--district", scopeValue));
                    } else if (scope == 2) {
                        options.add(List.of("--officer", scopeValue));
                    }
                    if (format != null) {
                        options.add(List.of("--format", format));
                    }
                    Random order = new Random((Integer) v.get(6));
                    Collections.shuffle(options, order);
                    List<String> args = new ArrayList<>(List.of("report"));
                    boolean joined = (Boolean) v.get(7);
                    for (List<String> o : options) {
                        if (joined || order.nextBoolean()) {
                            args.add(o.get(0) + "=" + o.get(1));
                        } else {
                            args.addAll(o);
                        }
                    }

                    AppOptions.Report r = AppOptions.parse(args.toArray(String[]::new)).report();

                    assertThat(r.month()).isEqualTo(month);
                    assertThat(r.out()).isEqualTo(out);
                    assertThat(r.district()).isEqualTo(scope == 1 ? scopeValue.strip() : null);
                    assertThat(r.officer()).isEqualTo(scope == 2 ? scopeValue.strip() : null);
                    ReportFormat expected = format != null ? ReportFormat.named(format).orElseThrow() : byExt != null ? byExt : ReportFormat.PDF;
                    assertThat(r.format()).isEqualTo(expected);
                    assertThat(r.user()).isEqualTo("nachalnik");
                });
    }

    /** A year typed with a digit too many or too few, or a month that does not exist, is refused, not summarised. */
    @Test
    void monthsOutOfRangeAreRefused() {
        ForAll.of(Gen.oneOf("0000-01", "0001-01", "1999-12", "2100-01", "9999-12", "+10000-01", "-0001-01", "2026-13", "2026-00",
                "2026-1", "26-10", "2026/10", "2026-10-01", "2026-１0", "٢٠٢٦-١٠")).check(month -> {
                    Throwable t = catchThrowable(() -> AppOptions.parse("report", "--month", month, "--out", "s.pdf"));
                    assertThat(t).as(month).isInstanceOf(AppOptions.UsageException.class);
                    AppOptions.UsageException e = (AppOptions.UsageException) t;
                    Expect.readable(e.messageKey(), List.of(e.argument()));
                });
    }

    /** The window's options: any folder name that is a path is taken as it is, the flags in any order. */
    @Test
    void windowOptionsReadBack() {
        ForAll.of(Gen.tuple(Gen.text(), Gen.booleans(), Gen.booleans(), Gen.booleans(), Gen.ints(0, Integer.MAX_VALUE))).check(v -> {
            String dir = optionValue((String) v.get(0));
            boolean demo = (Boolean) v.get(1);
            boolean timing = (Boolean) v.get(2);
            boolean joined = (Boolean) v.get(3);
            List<List<String>> options = new ArrayList<>();
            options.add(joined ? List.of("--data-dir=" + dir) : List.of("--data-dir", dir));
            if (demo) {
                options.add(List.of("--demo"));
            }
            if (timing) {
                options.add(List.of("--startup-timing"));
            }
            Collections.shuffle(options, new Random((Integer) v.get(4)));
            String[] args = options.stream().flatMap(List::stream).toArray(String[]::new);
            Path expected;
            try {
                expected = Path.of(dir);
            } catch (InvalidPathException notAPath) {
                Throwable t = catchThrowable(() -> AppOptions.parse(args));
                assertThat(t).isInstanceOfSatisfying(AppOptions.UsageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("cli.error.badPath"));
                return;
            }
            AppOptions o = AppOptions.parse(args);
            assertThat(o.dataDir()).isEqualTo(expected);
            assertThat(o.demo()).isEqualTo(demo);
            assertThat(o.startupTiming()).isEqualTo(timing);
            assertThat(o.help()).isFalse();
            assertThat(o.report()).isNull();
        });
    }

    /** A value that can stand after its option: not blank, not itself an option. */
    private static String optionValue(String text) {
        String v = text.isBlank() ? "Медеу" + text : text;
        return v.startsWith("--") ? "x" + v : v;
    }

    /** A file name from any text: no folder separators, no dot (the extension is added apart), no NUL, no surrogates. */
    private static String fileName(String text) {
        String n = text.replaceAll("[/.\\u0000\\ud800-\\udfff]", "_").strip();
        return n.isEmpty() ? "сводка" : n;
    }
}
