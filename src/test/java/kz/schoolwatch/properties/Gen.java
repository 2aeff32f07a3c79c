// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generates values for a property, with the edge cases every run tries first. The factories below make the bad
 * input of issue 7: Kazakh letters, SQL metacharacters, invisible and control characters, surrogates, texts far
 * over every limit, dates out of range, and counts from zero to overflow.
 */
@FunctionalInterface
interface Gen<T> {

    /** The nine letters of Kazakh beyond Russian's alphabet, both cases. */
    String KAZAKH = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";
    String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ";
    String LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    /** What breaks hand-built SQL, LIKE patterns, MessageFormat and HTML if anything ever concatenates them. */
    List<String> SQL = List.of("'", "\"", ";", "--", "/*", "*/", "%", "_", "\\", "' OR '1'='1", "'; DROP TABLE school; --",
            "\\'", "''", "`", "{0}", "'{'", "${x}", "<b>", "&amp;", "?", ":name");
    /** Spaces a user can type or paste, visible and not: tab, line breaks, no-break, narrow, em, ideographic, zero-width. */
    List<String> SPACES = List.of(" ", " ", " ", "\t", "\n", "\r\n", "\u00a0", "\u202f", "\u2007", "\u2003", "\u3000", "\u2028",
            "\u200b", "\ufeff");
    List<String> SYMBOLS = List.of("😀", "👮\u200d♂️", "🇰🇿", "🏫", "е\u0301", "\u0306", "№", "«", "»", "—", "ß", "İ", "ﬁ", "ǅ",
            "مرحبا", "中文", "עברית");
    List<String> LONE_SURROGATES = List.of("\ud800", "\udbff", "\udc00", "\udfff");

    Sample<T> sample(Random random);

    /** Values every run checks before the random ones. */
    default List<Sample<T>> edgeCases(Random random) {
        return List.of();
    }

    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        Gen<T> self = this;
        return new Gen<>() {
            @Override
            public Sample<R> sample(Random random) {
                return self.sample(random).map(f);
            }

            @Override
            public List<Sample<R>> edgeCases(Random random) {
                return self.edgeCases(random).stream().map(s -> s.<R>map(f)).toList();
            }
        };
    }

    /** Null one time in {@code oneIn}, as a form hands over an empty field; null is an edge case too. */
    default Gen<T> orNull(int oneIn) {
        Gen<T> self = this;
        return new Gen<>() {
            @Override
            public Sample<T> sample(Random random) {
                return random.nextInt(oneIn) == 0 ? Sample.of(null) : self.sample(random);
            }

            @Override
            public List<Sample<T>> edgeCases(Random random) {
                List<Sample<T>> all = new ArrayList<>(self.edgeCases(random));
                all.add(Sample.of(null));
                return all;
            }
        };
    }

    // Texts ---------------------------------------------------------------------------------------------------

    /** Any text a user might type or paste, from empty to over 10,000 characters. */
    static Gen<String> text() {
        return texts(random -> {
            int p = random.nextInt(100);
            if (p < 55) {
                return random.nextInt(13);
            }
            if (p < 80) {
                return 13 + random.nextInt(110);
            }
            if (p < 95) {
                return 120 + random.nextInt(600);
            }
            return 5_000 + random.nextInt(6_000);
        });
    }

    /** Texts for a field that holds at most {@code limit} characters: many just under, at and over it. */
    static Gen<String> textAround(int limit) {
        return texts(random -> {
            int p = random.nextInt(100);
            if (p < 35) {
                return random.nextInt(11);
            }
            if (p < 50) {
                return random.nextInt(limit + 1);
            }
            if (p < 85) {
                return Math.max(0, limit - 3 + random.nextInt(7));
            }
            if (p < 97) {
                return limit + 4 + random.nextInt(limit);
            }
            return 10_000 + random.nextInt(100);
        });
    }

    private static Gen<String> texts(Function<Random, Integer> length) {
        return new Gen<>() {
            @Override
            public Sample<String> sample(Random random) {
                return textSample(build(random, length.apply(random)));
            }

            @Override
            public List<Sample<String>> edgeCases(Random random) {
                return Stream.of("", " ", "   ", "\t\n", "\u00a0", "\u3000", "\u0000", "\u0001", "\u0000Школа", "Школа\u0007",
                        KAZAKH, "  «Болашақ» мектебі  ", "Әлихан Бөкейхан атындағы №1 мектеп-гимназия",
                        "' OR '1'='1", "'; DROP TABLE school; --", "%_\\", "/* */ --", "😀", "\ud800", "a\udfffb",
                        "я".repeat(10_000), "ә".repeat(10_001), "'".repeat(5_000))
                        .map(Gen::textSample).toList();
            }
        };
    }

    /** About {@code target} UTF-16 units of mixed input; whitespace sometimes pads it. */
    private static String build(Random random, int target) {
        StringBuilder sb = new StringBuilder(target + 8);
        while (sb.length() < target) {
            sb.append(token(random));
        }
        if (sb.length() > target) {
            sb.setLength(target);
            if (target > 0 && Character.isHighSurrogate(sb.charAt(target - 1)) && random.nextInt(4) > 0) {
                sb.setLength(target - 1); // mostly keep pairs whole; a cut pair now and then is bad input too
            }
        }
        if (random.nextInt(5) == 0) {
            sb.insert(0, pick(random, SPACES));
        }
        if (random.nextInt(5) == 0) {
            sb.append(pick(random, SPACES));
        }
        return sb.toString();
    }

    private static String token(Random random) {
        int p = random.nextInt(100);
        if (p < 22) {
            return String.valueOf(KAZAKH.charAt(random.nextInt(KAZAKH.length())));
        }
        if (p < 45) {
            return String.valueOf(CYRILLIC.charAt(random.nextInt(CYRILLIC.length())));
        }
        if (p < 57) {
            return String.valueOf(LATIN.charAt(random.nextInt(LATIN.length())));
        }
        if (p < 72) {
            return pick(random, SQL);
        }
        if (p < 84) {
            return pick(random, SPACES);
        }
        if (p < 90) {
            int c = random.nextInt(35);
            return String.valueOf(c < 32 ? (char) c : c == 32 ? '\u007f' : c == 33 ? '\u0085' : '\u009b');
        }
        if (p < 98) {
            return pick(random, SYMBOLS);
        }
        return pick(random, LONE_SURROGATES);
    }

    static Sample<String> textSample(String s) {
        return new Sample<>(s, () -> shrinkText(s));
    }

    /** The empty text, then the text with ever smaller runs of code points cut out: halves first, single characters last. */
    private static Stream<Sample<String>> shrinkText(String s) {
        int[] cps = s.codePoints().toArray();
        int n = cps.length;
        if (n == 0) {
            return Stream.empty();
        }
        Stream<String> cuts = IntStream.iterate(Math.max(1, n / 2), size -> size >= 1, size -> size == 1 ? 0 : size / 2).boxed()
                .flatMap(size -> IntStream.iterate(0, start -> start + size <= n, start -> start + size)
                        .mapToObj(start -> new String(cps, 0, start) + new String(cps, start + size, n - start - size)));
        return Stream.concat(Stream.of(""), cuts).filter(x -> !x.equals(s)).map(Gen::textSample);
    }

    // Numbers, dates, choices ---------------------------------------------------------------------------------

    /** Whole numbers in {@code [min, max]}, small ones and the bounds most often; shrinks toward zero (or min). */
    static Gen<Integer> ints(int min, int max) {
        int home = min <= 0 && 0 <= max ? 0 : min;
        return new Gen<>() {
            @Override
            public Sample<Integer> sample(Random random) {
                int p = random.nextInt(10);
                long v;
                if (p < 4) {
                    v = home + random.nextInt(21) - (home == 0 && min < 0 ? 10 : 0);
                } else if (p < 6) {
                    v = random.nextBoolean() ? min : max;
                } else {
                    v = min + (long) (random.nextDouble() * ((long) max - min + 1));
                }
                return intSample((int) Math.max(min, Math.min(max, v)), home);
            }

            @Override
            public List<Sample<Integer>> edgeCases(Random random) {
                return Stream.of(min, max, home, home + 1, home - 1).filter(v -> v >= min && v <= max).distinct()
                        .map(v -> intSample(v, home)).toList();
            }
        };
    }

    private static Sample<Integer> intSample(int v, int home) {
        return new Sample<>(v, () -> Stream.of(home, home + (int) (((long) v - home) / 2), v > home ? v - 1 : v + 1)
                .filter(c -> c != v && Math.abs((long) c - home) < Math.abs((long) v - home)).distinct().map(c -> intSample(c, home)));
    }

    /** Dates a date field can hand over: mostly recent ones, often the edges of the range and far outside it. */
    static Gen<LocalDate> dates() {
        List<LocalDate> edges = List.of(LocalDate.of(1999, 12, 31), LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31),
                LocalDate.of(2100, 1, 1), LocalDate.of(0, 1, 1), LocalDate.of(1, 1, 1), LocalDate.of(-1, 12, 31),
                LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1), LocalDate.of(2024, 2, 29),
                LocalDate.MIN, LocalDate.MAX);
        return new Gen<>() {
            @Override
            public Sample<LocalDate> sample(Random random) {
                int p = random.nextInt(10);
                if (p < 6) {
                    return Sample.of(LocalDate.of(2000, 1, 1).plusDays(random.nextInt(365 * 31)));
                }
                if (p < 8) {
                    return Sample.of(edges.get(random.nextInt(edges.size())));
                }
                return Sample.of(LocalDate.of(2100 + random.nextInt(8_000), 1, 1).plusDays(random.nextInt(365)));
            }

            @Override
            public List<Sample<LocalDate>> edgeCases(Random random) {
                return edges.stream().map(Sample::of).toList();
            }
        };
    }

    /** One of {@code values}, each also an edge case. */
    @SafeVarargs
    static <T> Gen<T> oneOf(T... values) {
        List<T> list = new ArrayList<>();
        for (T v : values) {
            list.add(v);
        }
        return new Gen<>() {
            @Override
            public Sample<T> sample(Random random) {
                return Sample.of(list.get(random.nextInt(list.size())));
            }

            @Override
            public List<Sample<T>> edgeCases(Random random) {
                return list.stream().map(Sample::of).toList();
            }
        };
    }

    static Gen<Boolean> booleans() {
        return oneOf(false, true);
    }

    /**
     * Several generators at once; the property gets their values as a list (nulls allowed). A failing tuple
     * shrinks one part at a time; the edge cases are each part's, with random values in the other places.
     */
    static Gen<List<Object>> tuple(Gen<?>... parts) {
        return new Gen<>() {
            @Override
            public Sample<List<Object>> sample(Random random) {
                List<Sample<?>> samples = new ArrayList<>();
                for (Gen<?> g : parts) {
                    samples.add(g.sample(random));
                }
                return tupleSample(samples);
            }

            @Override
            public List<Sample<List<Object>>> edgeCases(Random random) {
                List<Sample<List<Object>>> all = new ArrayList<>();
                for (int i = 0; i < parts.length; i++) {
                    for (Sample<?> edge : parts[i].edgeCases(random)) {
                        List<Sample<?>> samples = new ArrayList<>();
                        for (int j = 0; j < parts.length; j++) {
                            samples.add(i == j ? edge : parts[j].sample(random));
                        }
                        all.add(tupleSample(samples));
                    }
                }
                return all;
            }
        };
    }

    private static Sample<List<Object>> tupleSample(List<Sample<?>> samples) {
        List<Object> values = new ArrayList<>();
        for (Sample<?> s : samples) {
            values.add(s.value());
        }
        return new Sample<>(Collections.unmodifiableList(values), () -> IntStream.range(0, samples.size()).boxed()
                .flatMap(i -> samples.get(i).shrinks().get().map(smaller -> {
                    List<Sample<?>> copy = new ArrayList<>(samples);
                    copy.set(i, smaller);
                    return tupleSample(copy);
                })));
    }

    /** Lists of up to {@code max} values of {@code element}; shrinks by dropping elements, then shrinking them. */
    static <T> Gen<List<T>> lists(Gen<T> element, int max) {
        return new Gen<>() {
            @Override
            public Sample<List<T>> sample(Random random) {
                int n = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(max);
                List<Sample<T>> items = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    items.add(element.sample(random));
                }
                return listSample(items);
            }

            @Override
            public List<Sample<List<T>>> edgeCases(Random random) {
                List<Sample<List<T>>> all = new ArrayList<>();
                all.add(listSample(List.of()));
                for (Sample<T> e : element.edgeCases(random)) {
                    all.add(listSample(List.of(e)));
                }
                return all;
            }
        };
    }

    private static <T> Sample<List<T>> listSample(List<Sample<T>> items) {
        List<T> values = new ArrayList<>();
        for (Sample<T> s : items) {
            values.add(s.value());
        }
        return new Sample<>(Collections.unmodifiableList(values), () -> Stream.concat(
                IntStream.range(0, items.size()).mapToObj(i -> {
                    List<Sample<T>> copy = new ArrayList<>(items);
                    copy.remove(i);
                    return listSample(copy);
                }),
                IntStream.range(0, items.size()).boxed().flatMap(i -> items.get(i).shrinks().get().map(smaller -> {
                    List<Sample<T>> copy = new ArrayList<>(items);
                    copy.set(i, smaller);
                    return listSample(copy);
                }))));
    }

    /** Part {@code i} of a {@link #tuple} value, as the type the property knows it has. */
    @SuppressWarnings("unchecked")
    static <T> T part(List<Object> tuple, int i) {
        return (T) tuple.get(i);
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
