// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import javafx.collections.ObservableList;

/**
 * Puts freshly read rows on a list that is on screen by changing only what changed. A table whose items are
 * replaced wholesale ({@code setAll}) drops its selection, and with it a form bound to the selected row (the
 * leisure centre whose counts are being typed) and the officer's place; another PC's save reads lists again
 * every few seconds on the unit's server, so the rows that stayed the same must stay untouched.
 */
public final class Rows {

    private Rows() {
    }

    /**
     * Makes {@code shown} equal to {@code fresh}: rows gone are removed, new rows inserted where they belong, a row
     * whose key stayed but whose content changed is taken out and put back in its place, and rows equal to before are left alone (no
     * change is fired for them). {@code key} tells the same row apart from its content (its id).
     */
    public static <T> void update(ObservableList<T> shown, List<? extends T> fresh, Function<? super T, ?> key) {
        if (shown.isEmpty() || fresh.isEmpty()) {
            shown.setAll(fresh);
            return;
        }
        Map<Object, T> before = new HashMap<>();
        for (T row : shown) {
            before.put(key.apply(row), row);
        }
        Set<Object> freshKeys = new HashSet<>();
        int changes = 0;
        for (T row : fresh) {
            Object k = key.apply(row);
            freshKeys.add(k);
            T was = before.get(k);
            if (was == null || !was.equals(row)) {
                changes++;
            }
        }
        changes += shown.size() - (fresh.size() - countNew(fresh, before, key));
        if (freshKeys.size() != fresh.size() || before.size() != shown.size() || changes > MANY) {
            // Keys that repeat cannot tell rows apart, and a list mostly new (the first read after a screenful) is
            // put on at once rather than in as many steps as rows, each redrawing the table.
            shown.setAll(fresh);
            return;
        }
        for (int i = shown.size() - 1; i >= 0; i--) {
            if (!freshKeys.contains(key.apply(shown.get(i)))) {
                shown.remove(i);
            }
        }
        for (int i = 0; i < fresh.size(); i++) {
            T row = fresh.get(i);
            Object k = key.apply(row);
            if (i < shown.size() && Objects.equals(key.apply(shown.get(i)), k)) {
                if (!Objects.equals(shown.get(i), row)) {
                    // Not set(i, row): a table takes any replacement as a reason to select its selected index again,
                    // which tells a form bound to the selection that another row was chosen.
                    shown.remove(i);
                    shown.add(i, row);
                }
                continue;
            }
            int at = indexOf(shown, k, key, i + 1);
            if (at >= 0) {
                // Moved (its sort key changed): taken from where it was.
                shown.remove(at);
            }
            shown.add(i, row);
        }
        if (shown.size() > fresh.size()) {
            shown.remove(fresh.size(), shown.size());
        }
    }

    /** {@link #update(ObservableList, List, Function)} for rows whose content is all there is to them. */
    public static <T> void update(ObservableList<T> shown, List<? extends T> fresh) {
        update(shown, fresh, Function.identity());
    }

    /** More changes than this replace the whole list: beyond a few rows the steps cost more than the selection is worth. */
    static final int MANY = 32;

    private static <T> int countNew(List<? extends T> fresh, Map<Object, T> before, Function<? super T, ?> key) {
        int n = 0;
        for (T row : fresh) {
            if (!before.containsKey(key.apply(row))) {
                n++;
            }
        }
        return n;
    }

    private static <T> int indexOf(List<T> rows, Object k, Function<? super T, ?> key, int from) {
        for (int i = from; i < rows.size(); i++) {
            if (Objects.equals(key.apply(rows.get(i)), k)) {
                return i;
            }
        }
        return -1;
    }
}
