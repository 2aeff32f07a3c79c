// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.util.List;

/**
 * Why a row cannot be imported: the column (its header text as in the file, or null for the row as a whole) and a
 * bundle key with its arguments, e.g. {@code import.error.unknownDistrict} «Алмалинскй», «Алмалинский».
 */
public record ImportProblem(String column, String messageKey, List<Object> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    public static ImportProblem of(String column, String messageKey, Object... args) {
        return new ImportProblem(column, messageKey, List.of(args));
    }
}
