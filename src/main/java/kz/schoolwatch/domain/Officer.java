// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** A police officer of the registry, with the names of the rank and district, and the stored row's version. */
public record Officer(long id, int rankId, String rankName, String lastName, String firstName, String middleName,
                      String badgeNumber, int districtId, String districtName, String phone, boolean active, int version) {

    /** «Исин Т. С.», as lists and tables show an officer. */
    public String shortName() {
        return shortName(lastName, firstName, middleName);
    }

    /** The same from the parts of a name, as repositories read them; null when there is no last name. */
    public static String shortName(String last, String first, String middle) {
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

    public OfficerDraft toDraft() {
        return new OfficerDraft(rankId, lastName, firstName, middleName, badgeNumber, districtId, phone, active, version);
    }
}
