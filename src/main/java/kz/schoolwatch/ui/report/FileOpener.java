// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.report;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a saved file or its folder in the system's program for it. A seam: where the desktop cannot open files
 * (a headless machine, a desktop without a handler) {@link #available()} is false and the screen offers nothing;
 * tests put in one that records what it was asked to open.
 */
public interface FileOpener {

    /** Whether files can be opened here at all. */
    boolean available();

    /** Opens {@code path} (a file or a folder); called off the FX thread, as it may wait for the desktop. */
    void open(Path path) throws IOException;

    /** Through {@link java.awt.Desktop}, when this machine's desktop supports opening files. */
    static FileOpener system() {
        return new FileOpener() {
            private Boolean available;

            @Override
            public synchronized boolean available() {
                if (available == null) {
                    boolean ok;
                    try {
                        ok = Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
                    } catch (RuntimeException | LinkageError e) {
                        ok = false; // headless or no desktop libraries: offer nothing rather than fail
                    }
                    available = ok;
                }
                return available;
            }

            @Override
            public void open(Path path) throws IOException {
                Desktop.getDesktop().open(path.toFile());
            }
        };
    }
}
