// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.i18n;

import kz.schoolwatch.domain.RequirementItem;

/**
 * A requirement's title in the user's language. A shipped item (with a code) reads from the bundles
 * ({@code requirement.item.<CODE>}) while its stored title is still the shipped Russian one; once the administrator
 * rewrote it, the stored text is what everybody sees.
 */
public final class RequirementTitles {

    private RequirementTitles() {
    }

    public static String title(RequirementItem item, Messages messages) {
        if (item.code() == null) {
            return item.title();
        }
        String key = "requirement.item." + item.code();
        if (!messages.has(key) || !item.title().equals(Messages.russian().get(key))) {
            return item.title();
        }
        return messages.get(key);
    }
}
