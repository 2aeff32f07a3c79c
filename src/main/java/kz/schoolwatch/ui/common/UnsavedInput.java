// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.function.Consumer;

/**
 * A form (or a window of forms) that may hold input the user has typed or chosen and not saved yet. Closing the
 * window that holds it asks first (see {@link UnsavedDialog}).
 */
public interface UnsavedInput {

    /** Whether something has been typed or chosen here and not saved. */
    boolean hasUnsavedInput();

    /**
     * Saves that input as «Сохранить» would; {@code done} gets true on the FX thread once it is saved, false when
     * the save was refused (the form then shows why, next to its fields).
     */
    void saveUnsavedInput(Consumer<Boolean> done);
}
