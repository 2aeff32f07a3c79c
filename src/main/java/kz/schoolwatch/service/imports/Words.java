// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Texts compared as people type them: case, punctuation, «ё» for «е» and spacing do not matter, and «№», «No»,
 * «#» all read as the word «номер». Kazakh letters are kept; {@link #folded} also reads them as their Russian
 * look-alikes, for names written either way («Бостандық» and «Бостандык»).
 */
final class Words {

    private Words() {
    }

    /** Lower case, «ё» as «е», every run of anything but letters and digits as one space, trimmed. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = text.toLowerCase(Locale.ROOT).replace('ё', 'е').replace("№", " номер ").replace("#", " номер ");
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        return b.toString().strip();
    }

    /** The normalised words; «no», «nr» and «n°» read as «номер». */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : normalise(text).split(" ")) {
            if (t.isEmpty()) {
                continue;
            }
            out.add(t.equals("no") || t.equals("nr") ? "номер" : t);
        }
        return out;
    }

    /** {@link #normalise} with Kazakh letters as their Russian look-alikes (ә→а, і→и, қ→к, ү→у, …). */
    static String folded(String text) {
        String s = normalise(text);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(switch (c) {
                case 'ә' -> 'а';
                case 'і' -> 'и';
                case 'қ' -> 'к';
                case 'ғ' -> 'г';
                case 'ң' -> 'н';
                case 'ө' -> 'о';
                case 'ү', 'ұ' -> 'у';
                case 'һ' -> 'х';
                default -> c;
            });
        }
        return b.toString();
    }

    /**
     * Whether two words are the same word in another form: equal, or sharing a stem of at least four letters that
     * leaves at most two letters of the shorter one («камеры»/«камер», «наружные»/«наружных», «школы»/«школа»).
     */
    static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 4 || Character.isDigit(a.charAt(0)) || Character.isDigit(b.charAt(0))) {
            return false;
        }
        int common = 0;
        while (common < shorter && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= 4 && common >= shorter - 2;
    }

    /** How many single-letter insertions, deletions and substitutions turn {@code a} into {@code b}. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
