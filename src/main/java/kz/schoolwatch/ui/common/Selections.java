// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import javafx.beans.property.ObjectProperty;

/** Keeping a filter's choice when its list of choices is read again. */
public final class Selections {

    private Selections() {
    }

    /**
     * Points {@code choice} at the entry of the fresh {@code items} that {@code same} picks (or {@code fallback}),
     * but only when that entry differs by {@code equals}: choices are records, an equal one is the same filter,
     * and setting it anyway would notify the screen's listeners and read the table a second time for nothing.
     */
    public static <T> void keep(ObjectProperty<T> choice, List<T> items, Predicate<T> same, T fallback) {
        T fresh = items.stream().filter(same).findFirst().orElse(fallback);
        if (!Objects.equals(choice.get(), fresh)) {
            choice.set(fresh);
        }
    }
}
