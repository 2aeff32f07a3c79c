// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report;

/** Where a long export reports how far it is, and learns that the user cancelled it. */
public interface ExportProgress {

    /** For callers that neither show progress nor cancel (the command line, tests). */
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void update(double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** How much is done, 0..1. */
    void update(double fraction);

    /** True once the user asked to stop. */
    boolean isCancelled();

    /** Stops the export with {@link ExportCancelledException} when the user cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new ExportCancelledException();
        }
    }
}
