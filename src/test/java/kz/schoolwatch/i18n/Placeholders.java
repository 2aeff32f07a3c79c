// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.i18n;

import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The arguments a {@link java.text.MessageFormat} pattern puts in, each written the one way two translations can be
 * compared: {@code {0}}, {@code {1,number,integer}}, {@code {2,date,dd.MM.yyyy}}; spaces around the parts dropped, the
 * type in lower case. A choice keeps only its index and type ({@code {0,choice}}): its texts are language and may
 * differ. Quoting follows MessageFormat: {@code ''} is a quote, text between single quotes is literal.
 */
final class Placeholders {

    private Placeholders() {
    }

    /** The distinct arguments of {@code pattern}; throws IllegalArgumentException when a brace is not closed. */
    static SortedSet<String> of(String pattern) {
        SortedSet<String> found = new TreeSet<>();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '{' && !quoted) {
                int end = closingBrace(pattern, i);
                found.add(describe(pattern.substring(i + 1, end)));
                i = end;
            }
        }
        return found;
    }

    /** The index of the brace closing the one at {@code open}, over nested braces and quoted text. */
    private static int closingBrace(String pattern, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '{') {
                depth++;
            } else if (!quoted && c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("the brace at " + open + " is never closed in: " + pattern);
    }

    /** {@code argument} is the text between an argument's braces: index[,type[,style]]. */
    private static String describe(String argument) {
        String[] parts = argument.split(",", 3);
        StringBuilder d = new StringBuilder("{").append(parts[0].strip());
        if (parts.length > 1) {
            String type = parts[1].strip().toLowerCase(Locale.ROOT);
            d.append(',').append(type);
            if (parts.length > 2 && !type.equals("choice")) {
                d.append(',').append(parts[2].strip());
            }
        }
        return d.append('}').toString();
    }
}
