// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.util.List;

/** The server's database already holds rows of its own; a move would mix two units' records, so nothing was written. */
public final class TargetNotEmptyException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<String> tables;

    public TargetNotEmptyException(List<String> tables) {
        super("The server's database already holds rows in " + tables);
        this.tables = List.copyOf(tables);
    }

    /** The tables that hold rows, lower case as the server names them. */
    public List<String> tables() {
        return tables;
    }
}
