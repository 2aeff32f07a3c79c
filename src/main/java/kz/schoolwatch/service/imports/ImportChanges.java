// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An entry of {@link kz.schoolwatch.domain.ImportRow#changes()}: a bundle key, followed by its arguments when it
 * has any, each after a {@code |} ({@code import.cameras.adds.outdoor|3}). A screen shows it as
 * {@code messages.get(key(entry), args(entry))}; an entry without arguments is the bare key (a field's
 * {@code import.field.cameraStatus}).
 */
public final class ImportChanges {

    static final String SEPARATOR = "|";

    private ImportChanges() {
    }

    /** The entry for {@code key} with {@code args} (written as text). */
    static String of(String key, Object... args) {
        return args.length == 0 ? key
                : Stream.concat(Stream.of(key), Arrays.stream(args).map(String::valueOf)).collect(Collectors.joining(SEPARATOR));
    }

    /** The entry's bundle key. */
    public static String key(String entry) {
        int bar = entry.indexOf(SEPARATOR);
        return bar < 0 ? entry : entry.substring(0, bar);
    }

    /** The entry's arguments, as text (empty for a bare key). */
    public static Object[] args(String entry) {
        int bar = entry.indexOf(SEPARATOR);
        return bar < 0 ? new Object[0] : entry.substring(bar + 1).split("\\|", -1);
    }
}
