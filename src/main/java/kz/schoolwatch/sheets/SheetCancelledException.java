// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.sheets;

/** The user cancelled a read or a write; nothing was kept of it. */
public final class SheetCancelledException extends RuntimeException {

    public SheetCancelledException() {
        super("cancelled", null, false, false);
    }
}
