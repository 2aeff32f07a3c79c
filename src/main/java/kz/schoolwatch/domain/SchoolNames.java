// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * School names as lists show them. A school's registered name wraps what people call it in its legal form
 * («КГУ «Общеобразовательная школа №12»»); in a list that wrapper pushes the part that tells schools apart out
 * of the column, and so does the long word for an ordinary school. Lists show the short name; the card keeps the
 * registered one.
 */
public final class SchoolNames {

    /** A legal form, then the name in «» quotes; the closing quote is the last character. */
    private static final Pattern WRAPPED = Pattern.compile("^\\s*(?:КГУ|ГУ|РГУ|КГКП|ГККП|КММ|ЧУ|ТОО|НУО)\\s*«(.+)»\\s*$");
    /** The ordinary school, said as people say it: «Общеобразовательная школа №12» is «Школа №12». */
    private static final Pattern GENERAL = Pattern.compile("^(?:Общеобразовательная|Средняя общеобразовательная) школа(?= №)");
    /** «№12 — КГУ «…»», as places and choices are written. */
    private static final Pattern NUMBERED = Pattern.compile("^№\\s*(\\d+)\\s+—\\s+(.+)$");

    private SchoolNames() {
    }

    /**
     * The name without its legal-form wrapper: «КГУ «Школа-гимназия №5 «Болашак»»» reads «Школа-гимназия №5
     * «Болашак»», and an ordinary school is a «Школа» («КГУ «Общеобразовательная школа №12»» reads «Школа №12»). Other
     * names come back as they are (trimmed); null reads as empty.
     */
    public static String shortName(String registered) {
        if (registered == null) {
            return "";
        }
        Matcher m = WRAPPED.matcher(registered);
        String name = m.matches() ? m.group(1).trim() : registered.trim();
        return GENERAL.matcher(name).replaceFirst("Школа");
    }

    /**
     * The school's number and short name for a list line: «№7 — Гимназия им. Абая», or only the short name when it
     * already carries the number («Гимназия №7»).
     */
    public static String label(int number, String registered) {
        String name = shortName(registered);
        if (name.isEmpty()) {
            return "№" + number;
        }
        return carriesNumber(name, number) ? name : "№" + number + " — " + name;
    }

    /**
     * A place line that may name a school as «№N — registered name» (event places, pickers' text) made short the
     * same way; any other text comes back as it is.
     */
    public static String shortLabel(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = NUMBERED.matcher(text.trim());
        if (!m.matches()) {
            return text;
        }
        return label(Integer.parseInt(m.group(1)), m.group(2));
    }

    /** «№7» as a whole number inside the name (not «№71»). */
    private static boolean carriesNumber(String name, int number) {
        return Pattern.compile("№\\s*" + number + "(?!\\d)").matcher(name).find();
    }
}
