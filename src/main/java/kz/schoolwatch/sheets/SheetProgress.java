// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.sheets;

/** Told how far a long read or write has come, and asked whether the user cancelled it. */
public interface SheetProgress {

    SheetProgress NONE = new SheetProgress() {
        @Override
        public void progress(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code total} is -1 while unknown (a CSV file's rows before the end). */
    void progress(long done, long total);

    boolean cancelled();

    /** Throws {@link SheetCancelledException} once the user cancelled. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new SheetCancelledException();
        }
    }
}
