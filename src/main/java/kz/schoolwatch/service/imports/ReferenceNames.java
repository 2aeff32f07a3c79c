// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kz.schoolwatch.domain.NamedRef;
import kz.schoolwatch.i18n.ReferenceNames.Shipped;

/**
 * A reference list (the districts, the ranks) looked up by the name a file gives: found when the name is one of
 * the list's once both are {@linkplain #key reduced} to their words (without «район», «полиции», and with Kazakh
 * and English forms read as the Russian ones, and a shipped row's name in any of the program's three languages);
 * otherwise the closest name by spelling, for «did you mean».
 */
final class ReferenceNames {

    /** Result of a look-up: the row, or the closest name to suggest (either may be absent). */
    record Found(Optional<NamedRef> ref, Optional<String> suggestion) {
    }

    /** Words that say what kind of name it is, not which one. */
    private static final Set<String> NOISE = Set.of("район", "р", "н", "рн", "ауданы", "аудан", "district",
            "полиции", "полиция", "police", "of");

    /** Kazakh and English forms of the usual names, read as the Russian ones (after {@link Words#folded}). */
    private static final Map<String, String> ALIASES = new HashMap<>();

    static {
        String[][] pairs = {
            {"алатау", "алатауский"}, {"alatau", "алатауский"},
            {"алмалы", "алмалинский"}, {"almaly", "алмалинский"},
            {"ауэзов", "ауэзовский"}, {"ауезов", "ауэзовский"}, {"auezov", "ауэзовский"}, {"auezovsky", "ауэзовский"},
            {"бостандык", "бостандыкский"}, {"bostandyk", "бостандыкский"},
            {"жетысу", "жетысуский"}, {"жетису", "жетысуский"}, {"zhetysu", "жетысуский"},
            {"медеу", "медеуский"}, {"medeu", "медеуский"},
            {"наурызбай", "наурызбайский"}, {"nauryzbay", "наурызбайский"}, {"nauryzbai", "наурызбайский"},
            {"турксиб", "турксибский"}, {"turksib", "турксибский"},
            {"ст", "старший"}, {"ст.", "старший"}, {"ага", "старший"}, {"senior", "старший"},
            {"мл", "младший"}, {"киши", "младший"}, {"junior", "младший"},
            {"катардагы", "рядовой"}, {"private", "рядовой"},
            {"captain", "капитан"}, {"капитаны", "капитан"}, {"major", "майор"}, {"майоры", "майор"},
            {"lieutenant", "лейтенант"}, {"лейтенанты", "лейтенант"}, {"sergeant", "сержант"}, {"сержанты", "сержант"},
            {"colonel", "полковник"}, {"полковниги", "полковник"}, {"подполковниги", "подполковник"},
        };
        for (String[] p : pairs) {
            ALIASES.put(p[0], p[1]);
        }
    }

    private final Map<String, NamedRef> byKey = new HashMap<>();
    private final List<NamedRef> refs;
    /** The shipped list these rows belong to, whose names in the three languages are read too; null for none. */
    private final Shipped shipped;

    ReferenceNames(List<NamedRef> refs) {
        this(refs, null);
    }

    ReferenceNames(List<NamedRef> refs, Shipped shipped) {
        this.shipped = shipped;
        this.refs = List.copyOf(refs);
        for (NamedRef r : refs) {
            byKey.putIfAbsent(key(r.name()), r);
        }
    }

    /** The name's words that tell one entry from another, Kazakh letters folded, aliases read. */
    static String key(String name) {
        List<String> words = new ArrayList<>();
        for (String w : Words.folded(name).split(" ")) {
            if (!w.isEmpty() && !NOISE.contains(w)) {
                words.add(ALIASES.getOrDefault(w, w));
            }
        }
        return String.join(" ", words);
    }

    Found find(String name) {
        // A shipped row's name in Kazakh, Russian or English (as the program shows it) reads as its stored name.
        String seeded = shipped == null ? null : kz.schoolwatch.i18n.ReferenceNames.seededName(shipped, name).orElse(null);
        if (seeded != null && byKey.containsKey(key(seeded))) {
            return new Found(Optional.of(byKey.get(key(seeded))), Optional.empty());
        }
        String key = key(name);
        NamedRef exact = byKey.get(key);
        if (exact != null) {
            return new Found(Optional.of(exact), Optional.empty());
        }
        return new Found(Optional.empty(), closest(key));
    }

    /** The entry whose key is fewest letters away, when that is few enough to be a slip (a third of the word). */
    private Optional<String> closest(String key) {
        NamedRef best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (NamedRef r : refs) {
            int d = Words.distance(key, key(r.name()));
            if (d < bestDistance) {
                best = r;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, key.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best.name()) : Optional.empty();
    }
}
