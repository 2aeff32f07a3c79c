// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one property: first against its generator's edge cases, then against {@code tries} random values. A
 * failing value is shrunk to a small one, and the message names the seed that reproduces the run.
 *
 * <p>A small runner of our own on JUnit 5 rather than jqwik: from version 1.10 on, jqwik's maintainers ask that
 * it not be used by AI coding agents, and these properties were written by one. Each property is a plain
 * {@code @Test}, so Surefire counts it like any other test.
 *
 * <p>Rerun a failure with {@code mvn test -Dtest='kz.schoolwatch.properties.*' -Dsurefire.extraArgs=-Dschoolwatch.seed=N}.
 */
final class ForAll<T> {

    static final String SEED_PROPERTY = "schoolwatch.seed";
    /** One seed per JVM: every property of a run derives its random stream from it and its own name. */
    static final long RUN_SEED = Long.getLong(SEED_PROPERTY, new SplittableRandom().nextLong());

    private static final Logger LOG = LoggerFactory.getLogger(ForAll.class);
    private static final int MAX_SHRINK_STEPS = 2_000;

    /** A property: returns normally when it holds, throws (an assertion error, or anything else) when not. */
    @FunctionalInterface
    interface Property<T> {
        void check(T value) throws Throwable;
    }

    private final Gen<T> gen;
    private int tries = 1_000;

    private ForAll(Gen<T> gen) {
        this.gen = gen;
    }

    static <T> ForAll<T> of(Gen<T> gen) {
        return new ForAll<>(gen);
    }

    /** Random values to try after the edge cases; 1,000 unless told. */
    ForAll<T> tries(int n) {
        this.tries = n;
        return this;
    }

    /** Checks {@code property}; named after the calling test method in the log and in a failure. */
    void check(Property<T> property) {
        String name = StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst()
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                .orElse("property"));
        Random random = new Random(RUN_SEED * 31 + name.hashCode());
        long start = System.nanoTime();
        List<Sample<T>> edges = gen.edgeCases(random);
        int checked = 0;
        for (Sample<T> s : edges) {
            checked++;
            fail(s, property).ifPresent(t -> report(name, "edge case", s, t, property));
        }
        for (int i = 0; i < tries; i++) {
            Sample<T> s = gen.sample(random);
            checked++;
            int n = i + 1;
            fail(s, property).ifPresent(t -> report(name, "try " + n, s, t, property));
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        LOG.info("Property {}: {} checks ({} edge cases + {} tries), seed {}, {} ms", name, checked, edges.size(), tries, RUN_SEED, ms);
    }

    private static <T> Optional<Throwable> fail(Sample<T> s, Property<T> property) {
        try {
            property.check(s.value());
            return Optional.empty();
        } catch (Throwable t) {
            return Optional.of(t);
        }
    }

    /** Shrinks the failing sample greedily, then fails the test with the smallest value found. */
    private void report(String name, String where, Sample<T> failing, Throwable error, Property<T> property) {
        Sample<T> smallest = failing;
        Throwable smallestError = error;
        int steps = 0;
        boolean progress = true;
        while (progress && steps < MAX_SHRINK_STEPS) {
            progress = false;
            for (Sample<T> candidate : (Iterable<Sample<T>>) smallest.shrinks().get()::iterator) {
                if (++steps >= MAX_SHRINK_STEPS) {
                    break;
                }
                Optional<Throwable> t = fail(candidate, property);
                if (t.isPresent()) {
                    smallest = candidate;
                    smallestError = t.get();
                    progress = true;
                    break;
                }
            }
        }
        throw new AssertionError(String.format("Property %s failed at %s (seed %d, rerun with -D%s=%d)%n  original: %s%n  shrunk (%d steps): %s%n  error: %s",
                name, where, RUN_SEED, SEED_PROPERTY, RUN_SEED, show(failing.value()), steps, show(smallest.value()), smallestError),
                smallestError);
    }

    /** A value as a reader can see it: control and invisible characters escaped, long texts cut. */
    static String show(Object value) {
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object o : list) {
                parts.add(show(o));
            }
            return parts.stream().collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Object[] array) {
            return show(List.of(array));
        }
        String text = String.valueOf(value);
        return text.length() > 2_000 ? text.substring(0, 2_000) + "…(" + text.length() + " chars)" : text;
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        int shown = Math.min(s.length(), 300);
        for (int i = 0; i < shown; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || Character.isWhitespace(c) && c != ' ' || Character.isSpaceChar(c) && c != ' '
                    || Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (s.length() > shown) {
            sb.append("…");
        }
        return sb.append("\" (").append(s.length()).append(" chars)").toString();
    }
}
