// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.function.Function;

import javafx.util.StringConverter;

/** Display-only converters for pickers: how an item reads; typed text is never parsed back. */
public final class Converters {

    private Converters() {
    }

    public static <T> StringConverter<T> of(Function<T, String> text, String whenNull) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? whenNull : text.apply(item);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
