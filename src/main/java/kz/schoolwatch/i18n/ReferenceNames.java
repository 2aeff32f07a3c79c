// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.i18n;

import java.text.Collator;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The names of the reference rows SchoolWatch ships with (the districts of Almaty, the police ranks, the visit
 * purposes, the event types, the offence kinds, the partners), shown in the language the program speaks.
 * <p>
 * The tables have no codes, so a shipped row is known by the Russian name it was seeded with: the Russian bundle's
 * {@code ref.<list>.<code>} texts are exactly those names (a test holds them to the seed migration). A row a unit
 * added, or renamed, matches no seeded name and shows its stored name as it is. Nothing stored is ever changed.
 */
public final class ReferenceNames {

    /** The shipped lists, each with the prefix of its keys. */
    public enum Shipped {
        DISTRICT("ref.district"),
        RANK("ref.rank"),
        VISIT_PURPOSE("ref.purpose"),
        EVENT_TYPE("ref.event"),
        OFFENCE_KIND("ref.offence"),
        PARTNER("ref.partner");

        private final String prefix;

        Shipped(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    /** Seeded Russian name → code, per list, read once from the Russian bundle. */
    private static final Map<Shipped, Map<String, String>> SEEDED = seeded();

    private static final ReferenceNames AS_STORED = new ReferenceNames(null);

    /** Null when names show as stored (a command line run, a test that does not care). */
    private final Messages messages;

    private ReferenceNames(Messages messages) {
        this.messages = messages;
    }

    /** Names in the language {@code messages} speaks at the moment of each call, so a switch shows at once. */
    public static ReferenceNames in(Messages messages) {
        return new ReferenceNames(messages);
    }

    /** Names exactly as stored: for the command line and for code that compares stored names. */
    public static ReferenceNames asStored() {
        return AS_STORED;
    }

    private static Map<Shipped, Map<String, String>> seeded() {
        ResourceBundle russian = Messages.russian().bundle();
        Map<Shipped, Map<String, String>> all = new EnumMap<>(Shipped.class);
        for (Shipped list : Shipped.values()) {
            Map<String, String> codes = new HashMap<>();
            String start = list.prefix + ".";
            for (String key : Collections.list(russian.getKeys())) {
                if (key.startsWith(start)) {
                    codes.put(russian.getString(key), key.substring(start.length()));
                }
            }
            all.put(list, Map.copyOf(codes));
        }
        return all;
    }

    /** The code of the shipped row seeded as {@code stored}; empty for a row a unit added or renamed. */
    public static Optional<String> code(Shipped list, String stored) {
        return stored == null ? Optional.empty() : Optional.ofNullable(SEEDED.get(list).get(stored));
    }

    /** The name to show for a row of {@code list} stored as {@code stored}. */
    public String shown(Shipped list, String stored) {
        if (messages == null || stored == null) {
            return stored;
        }
        return code(list, stored).map(code -> messages.get(list.prefix + "." + code)).orElse(stored);
    }

    public String district(String stored) {
        return shown(Shipped.DISTRICT, stored);
    }

    public String rank(String stored) {
        return shown(Shipped.RANK, stored);
    }

    /**
     * The seeded (stored) name of the shipped row called {@code name} in any of the three languages, case and outer
     * spaces aside: lets an import read «Алмалы ауданы» or «Almaly district» as the stored «Алмалинский».
     */
    public static Optional<String> seededName(Shipped list, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> seeded : SEEDED.get(list).entrySet()) {
            for (Language language : Language.values()) {
                String text = Messages.of(language).get(list.prefix + "." + seeded.getValue());
                if (text.toLowerCase(Locale.ROOT).equals(wanted)) {
                    return Optional.of(seeded.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /** Orders items by the name they show with, as the current language sorts its words. */
    public <T> Comparator<T> byShownName(Function<T, String> shownName) {
        Locale locale = messages == null ? Messages.RUSSIAN : messages.locale();
        Collator collator = Collator.getInstance(locale);
        return Comparator.comparing(shownName, Comparator.nullsLast(collator));
    }
}
