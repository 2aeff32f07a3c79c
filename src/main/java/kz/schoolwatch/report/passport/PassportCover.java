// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report.passport;

import java.util.List;

/**
 * The first page of a district's passports: the organisation, the title, and lines naming the district, the day
 * and the number of schools; {@code preparedLine} is its footer.
 */
public record PassportCover(String organisation, String title, List<String> lines, String preparedLine) {

    public PassportCover {
        lines = List.copyOf(lines);
    }
}
