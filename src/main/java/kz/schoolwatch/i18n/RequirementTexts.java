// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.i18n;

import java.util.Locale;
import java.util.ResourceBundle;

import kz.schoolwatch.domain.RequirementItem;
import kz.schoolwatch.domain.RequirementSet;

/**
 * The texts of requirements in the reader's language. A shipped item (one with a code) keeps the Russian title of
 * the program's default set; while the administrator has not changed it, it reads in the user's language
 * ({@code requirement.item.<CODE>}); once changed, the administrator's own words show as typed.
 */
public final class RequirementTexts {

    private static final ResourceBundle SHIPPED = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag("ru"));
    /** The default set's name as the migration stores it (the Russian of {@code requirement.set.default}). */
    private static final String SET_KEY = "requirement.set.default";
    /** The prefix of the shipped items' keys, followed by the item's code. */
    private static final String ITEM_PREFIX = "requirement.item";

    private RequirementTexts() {
    }

    /** The item's title in {@code messages}' language while it is the shipped text, else as stored. */
    public static String title(RequirementItem item, Messages messages) {
        if (item.code() == null) {
            return item.title();
        }
        String key = ITEM_PREFIX + "." + item.code();
        if (!messages.has(key) || !SHIPPED.containsKey(key) || !SHIPPED.getString(key).equals(item.title())) {
            return item.title();
        }
        return messages.get(key);
    }

    /** The set's name in {@code messages}' language while it is the shipped default's name, else as stored. */
    public static String name(RequirementSet set, Messages messages) {
        return SHIPPED.containsKey(SET_KEY) && SHIPPED.getString(SET_KEY).equals(set.name()) ? messages.get(SET_KEY) : set.name();
    }
}
