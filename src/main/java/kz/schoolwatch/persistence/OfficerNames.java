// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

/** How an officer's name reads in tables: «Ахметов Е. С.». */
final class OfficerNames {

    private OfficerNames() {
    }

    static String shortName(String last, String first, String middle) {
        if (last == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(last);
        if (first != null && !first.isBlank()) {
            sb.append(' ').append(first.charAt(0)).append('.');
        }
        if (middle != null && !middle.isBlank()) {
            sb.append(' ').append(middle.charAt(0)).append('.');
        }
        return sb.toString();
    }
}
