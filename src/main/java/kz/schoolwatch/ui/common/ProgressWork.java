// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

/** Background work that tells how far it is and looks whether it was cancelled. */
@FunctionalInterface
public interface ProgressWork<T> {

    T call(Progress progress) throws Exception;

    /** Handed to the work by the runner. */
    interface Progress {

        /** {@code fraction} from 0 to 1; the UI shows the latest, not every step. */
        void update(double fraction);

        /** True once the user asked to stop; the work stops at its next step. */
        boolean isCancelled();
    }
}
