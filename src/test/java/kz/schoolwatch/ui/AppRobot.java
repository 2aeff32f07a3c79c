// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** A robot with the moves the UI tests share: read a field or label by fx:id, wait, type, pick from a list. */
public class AppRobot extends FxRobot {

    /** Whether {@code query} finds a node. */
    public boolean exists(String query) {
        return !lookup(query).queryAll().isEmpty();
    }

    /** The text of the label, button or field {@code query} finds. */
    public String text(String query) {
        Node n = lookup(query).query();
        if (n instanceof Labeled l) {
            return l.getText();
        }
        if (n instanceof TextInputControl t) {
            return t.getText();
        }
        throw new IllegalArgumentException(query + " is a " + n.getClass().getSimpleName());
    }

    /** The digits of a shown figure («1 602 камеры» is 1602). */
    public static int number(String shown) {
        return Integer.parseInt(shown.replaceAll("\\D", ""));
    }

    /** Waits up to 30 s for {@code condition}, read on the FX thread; a node not there yet counts as "not yet". */
    public void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WorkDriver.onFx(() -> {
            try {
                return condition.getAsBoolean();
            } catch (RuntimeException e) {
                return false;
            }
        }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Scrolls the scroll pane around the node {@code query} finds until the node is whole in sight, as a user
     * scrolls to a button below the fold before clicking it; a node outside any scroll pane is left as it is.
     */
    public AppRobot reveal(String query) {
        interact(() -> {
            Node node = lookup(query).query();
            Node parent = node.getParent();
            while (parent != null && !(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
                Bounds inContent = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                if (contentHeight > viewport) {
                    double top = Math.max(0, Math.min(inContent.getMinY() - 8, contentHeight - viewport));
                    scroll.setVvalue(scroll.getVmin() + (scroll.getVmax() - scroll.getVmin()) * top / (contentHeight - viewport));
                }
            }
        });
        return this;
    }

    /** Replaces the text of a field as a user would: click, clear, type. */
    public AppRobot fill(String query, String text) {
        clickOn(query);
        TextInputControl field = lookup(query).query();
        interact(field::clear);
        if (!text.isEmpty()) {
            write(text);
        }
        return this;
    }

    /** Replaces the text of the field {@code id} as a user would: select all, type. */
    public void retype(String id, String text) {
        clickOn(id).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        if (text.isEmpty()) {
            type(KeyCode.BACK_SPACE);
        } else {
            write(text);
        }
    }

    /** Clicks the entry reading {@code text} in the open drop-down list (not a table cell with the same text). */
    public void chooseInList(String text) throws Exception {
        for (int attempt = 1; ; attempt++) {
            // Visible cells only: a screen built ahead waits hidden in the scene with combo boxes of its own.
            Node cell = lookup(".list-cell").match(NodeQueryUtils.isVisible())
                    .match((Labeled l) -> text.equals(l.getText())).query();
            Window list = cell.getScene().getWindow();
            clickOn(cell);
            if (!(list instanceof PopupWindow)) {
                return;
            }
            // A choice is made when its popup has closed. Until then the popup may still cover the form below it,
            // where the next click (often «Сохранить») would land on the list instead. On a slow first start the
            // click on a popup still being laid out can be lost: then it is clicked once more.
            try {
                WorkDriver.waitUntil(5, () -> !list.isShowing());
                return;
            } catch (TimeoutException e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    /**
     * Saves a picture of the window holding {@code query} under target/screens when -Dscreens=true:
     * how the developers look at headless screens.
     */
    public void screenshot(String query, String name) {
        if (!Boolean.getBoolean("screens")) {
            return;
        }
        save(lookup(query).query().getScene(), Path.of("target", "screens"), name);
    }

    /** Saves a picture of {@code scene} as {@code dir/name.png}. */
    void save(Scene scene, Path dir, String name) {
        interact(() -> {
            try {
                Files.createDirectories(dir);
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", dir.resolve(name + ".png").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
