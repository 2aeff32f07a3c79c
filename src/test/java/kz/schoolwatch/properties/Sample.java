// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.properties;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A generated value with the smaller values to try when it breaks a property. Shrinking travels with the value,
 * so a mapped or combined generator still shrinks through its parts.
 *
 * @param value   the value handed to the property
 * @param shrinks simpler candidates, simplest first; computed only when the value failed
 */
record Sample<T>(T value, Supplier<Stream<Sample<T>>> shrinks) {

    static <T> Sample<T> of(T value) {
        return new Sample<>(value, Stream::empty);
    }

    <R> Sample<R> map(Function<? super T, ? extends R> f) {
        return new Sample<>(f.apply(value), () -> shrinks.get().map(s -> s.map(f)));
    }
}
