// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch;

import java.util.MissingResourceException;

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

    /** The start of {@code key}'s text up to its first argument: for texts whose arguments a test cannot know. */
    public static String fixedPart(String key) {
        String pattern = pattern(key);
        int argument = pattern.indexOf('{');
        return (argument < 0 ? pattern : pattern.substring(0, argument)).replace("''", "'");
    }

    private static String pattern(String key) {
        try {
            return MESSAGES.bundle().getString(key);
        } catch (MissingResourceException e) {
            throw new AssertionError("no text " + key + " in " + Messages.BUNDLE, e);
        }
    }
}
