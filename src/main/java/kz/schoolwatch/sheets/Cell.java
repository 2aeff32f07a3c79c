// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.sheets;

/**
 * One cell as the file holds it. {@code text} is what the user sees in the cell: a number in plain digits with a
 * point ("12", "3.5"), a date as ISO ({@code 2024-09-01}), a boolean as "TRUE"/"FALSE", a formula as its formula
 * ("=A2+1", never its cached value: the import refuses formulas, see {@link Type#FORMULA}).
 */
public record Cell(Type type, String text) {

    public enum Type {
        EMPTY,
        TEXT,
        NUMBER,
        DATE,
        BOOLEAN,
        /** A formula: its result is whatever the file's program computed last, so the import asks for values. */
        FORMULA,
        /** An error value such as #N/A or #REF!. */
        ERROR
    }

    public static final Cell EMPTY = new Cell(Type.EMPTY, "");

    public static Cell text(String s) {
        return s == null || s.isBlank() ? EMPTY : new Cell(Type.TEXT, s);
    }

    public boolean isEmpty() {
        return type == Type.EMPTY;
    }
}
