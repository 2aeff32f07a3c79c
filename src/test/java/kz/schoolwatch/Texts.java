// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.regex.Pattern;

import kz.schoolwatch.i18n.Messages;

/**
 * The texts tests expect, read from the message bundle by key, so that a check holds for the wording and in a
 * second language alike. A key the bundle lacks fails the test instead of comparing with «!key!».
 */
public final class Texts {

    private static final Messages MESSAGES = Messages.russian();

    private Texts() {
    }

    /** The text of {@code key} with {@code args} put in, as the screens show it. */
    public static String of(String key, Object... args) {
        pattern(key);
        return MESSAGES.get(key, args);
    }

    /**
     * The start of {@code key}'s text up to the argument after those given: with no arguments the fixed words before
     * the first one («Школа №» of «Школа №{0} уже есть в базе»), for texts whose later arguments a test cannot know.
     */
    public static String prefix(String key, Object... args) {
        String pattern = pattern(key);
        int next = pattern.indexOf("{" + args.length);
        String head = next < 0 ? pattern : pattern.substring(0, next);
        return new MessageFormat(head, MESSAGES.locale()).format(args);
    }

    /** The end of {@code key}'s text after its last argument: the fixed words a text with unknown arguments ends with. */
    public static String suffix(String key) {
        String pattern = pattern(key);
        String tail = pattern.substring(pattern.lastIndexOf('}') + 1);
        return new MessageFormat(tail, MESSAGES.locale()).format(new Object[0]);
    }

    /** A regular expression for {@code key}'s text with any arguments: for AssertJ's {@code matches}. */
    public static String anyArguments(String key) {
        String[] fixed = pattern(key).replace("''", "'").split("\\{[^}]*}", -1);
        StringBuilder regex = new StringBuilder("(?s)");
        for (int i = 0; i < fixed.length; i++) {
            regex.append(i == 0 ? "" : ".+").append(Pattern.quote(fixed[i]));
        }
        return regex.toString();
    }

    private static String pattern(String key) {
        try {
            return MESSAGES.bundle().getString(key);
        } catch (MissingResourceException e) {
            throw new AssertionError("no text " + key + " in " + Messages.BUNDLE, e);
        }
    }
}
