// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.security.SignInRefused;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * Locks every window of the program after a time without a key press, a click or a mouse move, and unlocks
 * with the signed-in account's password. Locking swaps each window's content for a cover and keeps the
 * content itself, untouched, so unlocking returns to exactly the screen, tab and half-filled form the user left.
 */
public final class IdleLock {

    /** Checks the password (in the background); throws when it is wrong or the account got locked. */
    @FunctionalInterface
    public interface Unlocker {
        void unlock(char[] password) throws SignInRefused;
    }

    private static final List<EventType<? extends Event>> ACTIVITY = List.of(KeyEvent.KEY_PRESSED, MouseEvent.MOUSE_MOVED,
            MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_DRAGGED, ScrollEvent.SCROLL);

    private final Window main;
    private final Messages messages;
    private final TaskRunner tasks;
    private final Unlocker unlocker;
    private final Runnable signOut;
    private final String userName;
    private final Map<Scene, Parent> hidden = new IdentityHashMap<>();
    private final EventHandler<Event> touch = e -> touch();
    private final ListChangeListener<Window> newWindows = c -> {
        while (c.next()) {
            c.getAddedSubList().forEach(this::watch);
        }
    };
    private final Timeline clock;
    private Duration idle;
    private long lastActivity = System.nanoTime();
    private boolean locked;
    private Runnable onLock = () -> { };

    /**
     * @param signOut run when the user leaves the locked screen by signing out, or when failed unlocks lock the account
     */
    public IdleLock(Window main, Duration idle, String userName, Messages messages, TaskRunner tasks, Unlocker unlocker,
                    Runnable signOut) {
        this.main = main;
        this.idle = idle;
        this.userName = userName;
        this.messages = messages;
        this.tasks = tasks;
        this.unlocker = unlocker;
        this.signOut = signOut;
        this.clock = new Timeline(new KeyFrame(javafx.util.Duration.millis(Math.max(50, Math.min(1000, idle.toMillis() / 4))), e -> check()));
        clock.setCycleCount(Timeline.INDEFINITE);
    }

    /** Starts watching the program's windows for activity. */
    public void start() {
        Window.getWindows().forEach(this::watch);
        Window.getWindows().addListener(newWindows);
        touch();
        clock.play();
    }

    /** Stops watching (on sign-out); a locked screen stays as it is. */
    public void stop() {
        clock.stop();
        Window.getWindows().removeListener(newWindows);
        for (Window w : Window.getWindows()) {
            for (EventType<? extends Event> type : ACTIVITY) {
                w.removeEventFilter(type, touch);
            }
        }
    }

    public void setIdle(Duration idle) {
        this.idle = idle;
    }

    /** Run after each lock (the audit trail records it). */
    public void setOnLock(Runnable onLock) {
        this.onLock = onLock;
    }

    public boolean isLocked() {
        return locked;
    }

    private void watch(Window w) {
        for (EventType<? extends Event> type : ACTIVITY) {
            w.addEventFilter(type, touch);
        }
    }

    private void touch() {
        if (!locked) {
            lastActivity = System.nanoTime();
        }
    }

    private void check() {
        if (!locked && System.nanoTime() - lastActivity >= idle.toNanos()) {
            lock();
        }
    }

    /** Locks now (the idle time ran out, or the user pressed "Lock"). */
    public void lock() {
        if (locked) {
            return;
        }
        locked = true;
        for (Window w : List.copyOf(Window.getWindows())) {
            Scene scene = w.getScene();
            if (scene == null || hidden.containsKey(scene)) {
                continue;
            }
            hidden.put(scene, scene.getRoot());
            scene.setRoot(w == main ? unlockPane() : cover());
        }
        onLock.run();
    }

    private void unlocked() {
        hidden.forEach(Scene::setRoot);
        hidden.clear();
        locked = false;
        touch();
    }

    private Parent cover() {
        Label label = new Label(messages.get("lock.cover"));
        StackPane pane = new StackPane(label);
        pane.getStyleClass().add("lock-cover");
        return pane;
    }

    private Parent unlockPane() {
        Label title = new Label(messages.get("lock.title"));
        title.getStyleClass().add("sign-in-title");
        // The name stands alone after «Сеанс:», so it reads right in any case and for any name.
        Label who = new Label(messages.get("lock.user", userName));
        who.setId("lockUser");
        who.setWrapText(true);
        UnlockViewModel model = new UnlockViewModel(tasks, unlocker, messages, this::unlocked, signOut);
        PasswordField password = new PasswordField();
        password.setId("unlockPassword");
        password.textProperty().bindBidirectional(model.passwordProperty());
        Label message = new Label();
        message.setId("unlockMessage");
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Button unlock = new Button(messages.get("lock.unlock"));
        unlock.setId("unlockSubmit");
        unlock.setDefaultButton(true);
        unlock.disableProperty().bind(model.busyProperty());
        unlock.setOnAction(e -> model.unlock());
        Button leave = new Button(messages.get("lock.signOut"));
        leave.setId("unlockSignOut");
        leave.setOnAction(e -> model.signOut());
        VBox card = new VBox(10, title, who, password, new HBox(10, unlock, leave), message);
        card.setPadding(new Insets(28));
        card.setMaxWidth(420);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.getStyleClass().add("sign-in-card");
        StackPane pane = new StackPane(card);
        pane.setAlignment(Pos.CENTER);
        pane.setId("lockScreen");
        pane.getStyleClass().add("sign-in");
        Platform.runLater(password::requestFocus);
        return pane;
    }
}
