// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import javafx.beans.property.ReadOnlyDoubleProperty;

/** A running {@link ProgressWork}: how far it is (on the UI thread), and a way to stop it. */
public interface BackgroundJob {

    /** From 0 to 1, or -1 while unknown. */
    ReadOnlyDoubleProperty progressProperty();

    /** Asks the work to stop; its {@code onFailure} hears a {@link java.util.concurrent.CancellationException}. */
    void cancel();
}
