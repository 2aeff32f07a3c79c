// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report;

import java.util.Objects;

/**
 * Whose figures a summary holds: the whole city, one district, or one officer.
 *
 * @param kind  which of the three
 * @param id    the district's or officer's id; 0 for the city
 * @param title how the scope reads in the document, e.g. «Ауэзовский район» or «капитан полиции А. Б. Сейтов (жетон 123456)»
 */
public record ReportScope(Kind kind, long id, String title) {

    /** The three scopes the command asks for. */
    public enum Kind { CITY, DISTRICT, OFFICER }

    public ReportScope {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(title);
    }

    public static ReportScope city(String title) {
        return new ReportScope(Kind.CITY, 0, title);
    }

    public static ReportScope district(int districtId, String title) {
        return new ReportScope(Kind.DISTRICT, districtId, title);
    }

    public static ReportScope officer(long officerId, String title) {
        return new ReportScope(Kind.OFFICER, officerId, title);
    }
}
