// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The view models of a session's screens, one of each kind, made at first use and kept. A screen's view is built
 * again when the program switches its language; the view model it is built over still holds the rows, the filters
 * and whatever the user typed, so nothing is lost and nothing is read again.
 */
final class ScreenModels {

    private final Map<Class<?>, Object> models = new HashMap<>();

    /** The kept view model of {@code type}, made by {@code make} the first time. */
    <T> T get(Class<T> type, Supplier<T> make) {
        Object kept = models.get(type);
        if (kept == null) {
            T made = make.get();
            models.put(type, made);
            return made;
        }
        return type.cast(kept);
    }
}
