// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import javafx.concurrent.Task;

/**
 * The one seam through which screens run database and file work off the FX thread. A {@link Task} reports
 * its result back on the FX thread through its own handlers, so views never block.
 */
public interface TaskRunner {

    /** Starts {@code task} in the background. */
    void run(Task<?> task);
}
