// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/** "After the next pulse, once": work run on the FX thread once the next frame of a scene has been laid out. */
public final class AfterPulse {

    private AfterPulse() {
    }

    /** Runs {@code work} once the next frame of {@code scene} has been laid out, i.e. once what was just shown is painted. */
    public static void once(Scene scene, Runnable work) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(work);
            }
        });
    }

    /** As {@link #once}, and asks for that pulse, so it comes even when nothing else changes on the screen. */
    public static void onceRequested(Scene scene, Runnable work) {
        once(scene, work);
        Platform.requestNextPulse();
    }
}
