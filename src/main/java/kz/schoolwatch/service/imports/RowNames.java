// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.schoolwatch.domain.ImportField;
import kz.schoolwatch.service.FieldError;

/** What the planners share: a name looked up in a reference list, and a form's field errors as the row's problems. */
final class RowNames {

    private RowNames() {
    }

    /** The district named {@code name}, or a problem «unknown district … did you mean …». */
    static Optional<Integer> district(RowCells c, ImportField field, ReferenceNames districts, String name) {
        return lookUp(c, field, districts, name, "import.error.unknownDistrict", "import.error.unknownDistrictSuggest");
    }

    /** The rank named {@code name}, or a problem «unknown rank … did you mean …». */
    static Optional<Integer> rank(RowCells c, ImportField field, ReferenceNames ranks, String name) {
        return lookUp(c, field, ranks, name, "import.error.unknownRank", "import.error.unknownRankSuggest");
    }

    private static Optional<Integer> lookUp(RowCells c, ImportField field, ReferenceNames names, String name,
                                            String unknown, String suggest) {
        ReferenceNames.Found found = names.find(name);
        if (found.ref().isPresent()) {
            return Optional.of((int) found.ref().get().id());
        }
        if (found.suggestion().isPresent()) {
            c.problem(field, suggest, name, found.suggestion().get());
        } else {
            c.problem(field, unknown, name);
        }
        return Optional.empty();
    }

    /**
     * Each error of the form's checks as a problem of the column its field is read from, unless that column has a
     * problem already (a district not found is not «required» as well).
     */
    static void formErrors(RowCells c, List<FieldError> errors, Map<String, ImportField> fields) {
        java.util.Set<String> known = new java.util.HashSet<>();
        c.problems().forEach(p -> known.add(String.valueOf(p.column())));
        for (FieldError e : errors) {
            ImportField field = fields.get(e.field());
            if (field == null) {
                throw new IllegalStateException("no import field for the form's field " + e.field());
            }
            if (!known.contains(String.valueOf(c.column(field)))) {
                c.problem(field, e.messageKey(), e.args().toArray());
            }
        }
    }

    /** A trimmed text, or null when blank: empty optional fields are stored as NULL, as the forms store them. */
    static String clean(String text) {
        return text == null || text.trim().isBlank() ? null : text.trim();
    }
}
