// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.sheets;

import java.util.List;

/**
 * A file that cannot be read as a table, with the reason in the user's terms: the bundle key
 * {@code import.file.<reason>} and its arguments.
 */
public final class SheetFileException extends Exception {

    /** The bundle keys' parent, named whole so the bundle's consistency test counts its keys as used. */
    private static final String KEY_PREFIX = "import.file";

    public enum Reason {
        /** Neither an .xlsx nor a text table (a picture, a Word file, an old binary .xls). */
        NOT_A_SPREADSHEET("notSpreadsheet"),
        /** An .xlsx saved with a password. */
        ENCRYPTED("encrypted"),
        /** No sheet with anything in it, or a header and no rows. */
        EMPTY("empty"),
        /** More rows than an import takes (argument: the limit). */
        TOO_MANY_ROWS("tooManyRows"),
        /** Header cells merged across columns (argument: the cells, e.g. "C1:D1"). */
        MERGED_HEADER("mergedHeader"),
        /** Another program holds the file (Excel on Windows locks what it has open). */
        IN_USE("inUse"),
        /** No sheet whose header names the fields of this import (argument: the sheets' names). */
        NO_MATCHING_SHEET("noMatchingSheet"),
        /** Not a whole file: a cut or broken .xlsx. */
        DAMAGED("damaged"),
        /** No file at that path (moved or deleted since it was chosen). */
        MISSING("missing"),
        /** Unreadable for another reason (argument: what the system said, in short). */
        UNREADABLE("unreadable");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String messageKey() {
            return KEY_PREFIX + "." + key;
        }
    }

    private final Reason reason;
    private final List<Object> args;

    public SheetFileException(Reason reason, Throwable cause, Object... args) {
        super(reason.name(), cause);
        this.reason = reason;
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return reason.messageKey();
    }

    public List<Object> args() {
        return args;
    }
}
