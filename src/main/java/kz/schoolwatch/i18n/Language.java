// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages SchoolWatch speaks: Kazakh, the state language; Russian, the one it was first written in and the one
 * every other bundle is checked against; English. Each has its bundle ({@code messages_<code>.properties}) and the
 * locale its dates and numbers are written in.
 */
public enum Language {

    KAZAKH("kk", Locale.forLanguageTag("kk-KZ")),
    RUSSIAN("ru", Locale.forLanguageTag("ru-KZ")),
    ENGLISH("en", Locale.forLanguageTag("en-GB"));

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The two letters stored with an account and given to {@code --lang}: kk, ru or en. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of {@code code} (kk, ru, en; any case, a region after it ignored), if SchoolWatch speaks it. */
    public static Optional<Language> ofCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String language = code.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        for (Language l : values()) {
            if (l.code.equals(language)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The language of {@code locale}, Russian for a language SchoolWatch does not speak. */
    public static Language of(Locale locale) {
        return ofCode(locale == null ? null : locale.getLanguage()).orElse(RUSSIAN);
    }
}
