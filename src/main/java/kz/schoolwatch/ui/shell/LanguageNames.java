// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.shell;

import kz.schoolwatch.i18n.Language;

/**
 * Each language's name in itself. Not in the bundles on purpose: «Қазақша» reads the same whatever language the
 * program speaks at the moment, and the English bundle holds no Cyrillic.
 */
final class LanguageNames {

    private LanguageNames() {
    }

    static String ownName(Language language) {
        return switch (language) {
            case KAZAKH -> "Қазақша";
            case RUSSIAN -> "Русский";
            case ENGLISH -> "English";
        };
    }

    static String shortName(Language language) {
        return switch (language) {
            case KAZAKH -> "Қаз";
            case RUSSIAN -> "Рус";
            case ENGLISH -> "Eng";
        };
    }
}
