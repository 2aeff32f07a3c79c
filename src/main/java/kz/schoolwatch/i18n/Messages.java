// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Every visible text of SchoolWatch, from UTF-8 resource bundles with dotted keys ({@code dashboard.title}).
 * One bundle per {@link Language} ({@code messages_kk}, {@code messages_ru}, {@code messages_en}); the program holds
 * one instance and switches its language while running.
 */
public final class Messages {

    /** Base name of the bundles, also used by FXML loaders. */
    public static final String BUNDLE = "kz.schoolwatch.i18n.messages";

    /** The language SchoolWatch speaks unless told otherwise. */
    public static final Locale RUSSIAN = Language.RUSSIAN.locale();

    /** Russian, the bundle a key missing from another language falls back to (the consistency test keeps it rare). */
    private static final ResourceBundle FALLBACK = load(Language.RUSSIAN);

    private volatile Language language;
    private volatile ResourceBundle bundle;
    private final List<Consumer<Language>> listeners = new CopyOnWriteArrayList<>();

    private Messages(Language language) {
        this.language = language;
        this.bundle = load(language);
    }

    private static ResourceBundle load(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The texts of {@code language}. */
    public static Messages of(Language language) {
        return new Messages(language);
    }

    /** The texts for {@code locale}'s language, Russian when SchoolWatch does not speak it. */
    public static Messages forLocale(Locale locale) {
        return of(Language.of(locale));
    }

    /** The Russian texts. */
    public static Messages russian() {
        return of(Language.RUSSIAN);
    }

    /**
     * Speaks {@code next} from now on and tells the listeners, so that the screens can build their texts again.
     * One instance serves the whole program, so every holder of it follows the switch.
     */
    public void switchTo(Language next) {
        if (next == language) {
            return;
        }
        bundle = load(next);
        language = next;
        for (Consumer<Language> listener : listeners) {
            listener.accept(next);
        }
    }

    /** Calls {@code listener} with the new language after each {@link #switchTo}, on the thread that switched. */
    public void onSwitch(Consumer<Language> listener) {
        listeners.add(listener);
    }

    public void removeOnSwitch(Consumer<Language> listener) {
        listeners.remove(listener);
    }

    public Language language() {
        return language;
    }

    /** The text for {@code key}, with {@code args} put in by {@link MessageFormat} when there are any. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            if (!FALLBACK.containsKey(key)) {
                // Visible but not fatal: the consistency test keeps this from shipping.
                return "!" + key + "!";
            }
            pattern = FALLBACK.getString(key);
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale()).format(args);
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
        return has(key) ? get(key) : code;
    }

    /** Whether {@code key} has a text (in this language, or in Russian as the fallback). */
    public boolean has(String key) {
        return bundle.containsKey(key) || FALLBACK.containsKey(key);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return language.locale();
    }
}
