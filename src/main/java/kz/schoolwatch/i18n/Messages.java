// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every visible text of SchoolWatch, from UTF-8 resource bundles with dotted keys ({@code dashboard.title}).
 * Russian is the base bundle; Kazakh and English are added as {@code messages_kk} and {@code messages_en}.
 */
public final class Messages {

    /** Base name of the bundles, also used by FXML loaders. */
    public static final String BUNDLE = "kz.schoolwatch.i18n.messages";

    /** The language SchoolWatch speaks unless told otherwise. */
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru-KZ");

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Loads the bundle for {@code locale}, falling back to Russian for keys it lacks. */
    public static Messages forLocale(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, locale);
    }

    /** The Russian texts. */
    public static Messages russian() {
        return forLocale(RUSSIAN);
    }

    /** The text for {@code key}, with {@code args} put in by {@link MessageFormat} when there are any. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // Visible but not fatal: the consistency test keeps this from shipping.
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** The text for an enum constant: {@code prefix + "." + constant name in lower case}. */
    public String of(String prefix, Enum<?> value) {
        return get(prefix + "." + value.name().toLowerCase(Locale.ROOT));
    }

    /**
     * The name of {@code code} under {@code prefix} (a table, an audit subject) when the bundle has one, else the
     * code itself: a name added to the database before the bundle still shows. Spaces in a code read as
     * underscores in its key («demo city» → {@code prefix.demo_city}).
     */
    public String named(String prefix, String code) {
        if (code == null) {
            return "";
        }
        String key = prefix + "." + code.toLowerCase(Locale.ROOT).replace(' ', '_');
        return bundle().containsKey(key) ? get(key) : code;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }
}
