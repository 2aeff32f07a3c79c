// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui;

import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/**
 * One view on TestFX's primary stage, for the small UI tests that need a window but not the whole app. The
 * view gets the app window's size: the primary stage keeps whatever size a test gave it for the tests after,
 * and a 960×600 window once pushed «Сохранить» out of sight in the next one.
 */
public final class SceneFixture {

    private SceneFixture() {
    }

    /** Shows the view {@code root} makes (on the FX thread) on the primary stage, at 1280×800. */
    public static Stage show(Supplier<? extends Region> root) throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> {
            Region view = root.get();
            view.setPrefSize(1280, 800);
            return view;
        });
        FxToolkit.showStage();
        return stage;
    }

    /** Hides the stage {@link #show} showed. */
    public static void hide(Stage stage) throws TimeoutException {
        FxToolkit.setupFixture(() -> stage.hide());
    }
}
