// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.shell;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.UnsavedInput;
import org.kordamp.ikonli.javafx.FontIcon;

/** The application window's frame: navigation bar on the left, the current screen, a status bar. */
public final class MainWindow extends BorderPane {

    private final Messages messages;
    private final VBox navigation = new VBox(4);
    private final ToggleGroup navGroup = new ToggleGroup();
    private final StackPane content = new StackPane();
    private final Label dataFile = new Label();
    private final Label statusMessage = new Label();
    private final Map<String, Node> builtViews = new HashMap<>();
    /** Screens built ahead of their first opening, kept hidden in the scene until then. */
    private final Set<Node> prepared = new HashSet<>();
    private final Map<String, ToggleButton> buttons = new HashMap<>();
    private final Map<String, Screen> screensById = new HashMap<>();
    private final VBox userBox = new VBox(4);
    private final ReadOnlyObjectWrapper<Node> shownView = new ReadOnlyObjectWrapper<>();

    public MainWindow(Messages messages) {
        this.messages = messages;
        setId("mainWindow");
        getStyleClass().add("main-window");
        setLeft(navigationBar());
        setCenter(content);
        setBottom(statusBar());
        content.getStyleClass().add("content");
        navigation.addEventFilter(KeyEvent.KEY_PRESSED, this::navigationKey);
        showBusy(messages.get("shell.opening"), -1);
    }

    private VBox navigationBar() {
        Label brand = new Label(messages.get("app.name"));
        brand.getStyleClass().add("brand");
        Label org = new Label(messages.get("app.organisation"));
        org.getStyleClass().add("brand-sub");
        org.setWrapText(true);
        VBox head = new VBox(2, brand, org);
        head.setPadding(new Insets(18, 16, 18, 16));
        navigation.setPadding(new Insets(0, 8, 8, 8));
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        userBox.setPadding(new Insets(8, 12, 12, 12));
        userBox.getStyleClass().add("user-box");
        VBox bar = new VBox(head, navigation, grow, userBox);
        bar.getStyleClass().add("nav-bar");
        bar.setPrefWidth(220);
        return bar;
    }

    private HBox statusBar() {
        dataFile.setId("statusDataFile");
        statusMessage.setId("statusMessage");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, statusMessage, spacer, dataFile);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 12, 4, 12));
        return bar;
    }

    /** Puts the screens in the navigation bar and opens the first. */
    public void setScreens(List<Screen> screens) {
        navigation.getChildren().clear();
        buttons.clear();
        screensById.clear();
        for (Screen screen : screens) {
            ToggleButton button = new ToggleButton(messages.get(screen.titleKey()), new FontIcon(screen.icon()));
            button.setId("nav" + Character.toUpperCase(screen.id().charAt(0)) + screen.id().substring(1));
            button.setToggleGroup(navGroup);
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setOnAction(e -> {
                button.setSelected(true);
                show(screen);
                // A click leaves the focus on the entry, as the arrows do, so they go on from there.
                button.requestFocus();
            });
            // Tab enters the list at the entry on show; the arrows move from there (see navigationKey).
            button.focusTraversableProperty().bind(button.selectedProperty());
            button.setUserData(screen.id());
            buttons.put(screen.id(), button);
            screensById.put(screen.id(), screen);
            navigation.getChildren().add(button);
        }
        if (!screens.isEmpty()) {
            buttons.get(screens.get(0).id()).setSelected(true);
            show(screens.get(0));
        }
    }

    /**
     * Up and Down (Left and Right), Home and End in the navigation list open the entry they move to: the entry
     * highlighted and the screen shown never disagree. Without this the buttons' own behaviour moved the focus
     * only, and Enter or Space was needed to open the screen.
     */
    private void navigationKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) {
            return;
        }
        List<ToggleButton> entries = navigation.getChildren().stream().filter(ToggleButton.class::isInstance)
                .map(ToggleButton.class::cast).toList();
        if (entries.isEmpty()) {
            return;
        }
        int current = entries.indexOf(navGroup.getSelectedToggle());
        int target = switch (e.getCode()) {
            case UP, LEFT, KP_UP, KP_LEFT -> current - 1;
            case DOWN, RIGHT, KP_DOWN, KP_RIGHT -> current + 1;
            case HOME -> 0;
            case END -> entries.size() - 1;
            default -> Integer.MIN_VALUE;
        };
        if (target == Integer.MIN_VALUE) {
            return;
        }
        e.consume();
        ToggleButton entry = entries.get(Math.max(0, Math.min(entries.size() - 1, target)));
        open((String) entry.getUserData());
        entry.requestFocus();
    }

    /** The id of the screen on show, or empty on the sign-in form. */
    public Optional<String> currentScreen() {
        return Optional.ofNullable(navGroup.getSelectedToggle()).map(t -> (String) t.getUserData())
                .filter(screensById::containsKey);
    }

    /** The ids of the screens in the navigation list, in its order. */
    public List<String> screenIds() {
        return navigation.getChildren().stream().filter(ToggleButton.class::isInstance)
                .map(n -> (String) ((ToggleButton) n).getUserData()).toList();
    }

    /** The screens built so far whose view holds a form, by screen id, in the navigation's order. */
    public Map<String, UnsavedInput> forms() {
        Map<String, UnsavedInput> forms = new LinkedHashMap<>();
        for (String id : screenIds()) {
            if (builtViews.get(id) instanceof UnsavedInput form) {
                forms.put(id, form);
            }
        }
        return forms;
    }

    /** The view of screen {@code id} when it has been built. */
    public Optional<Node> builtView(String id) {
        return Optional.ofNullable(builtViews.get(id));
    }

    /** Opens screen {@code id} as its navigation button would (charts use it to open a list); returns its view. */
    public Optional<Node> open(String id) {
        Screen screen = screensById.get(id);
        if (screen == null) {
            return Optional.empty();
        }
        buttons.get(id).setSelected(true);
        show(screen);
        return Optional.of(builtViews.get(id));
    }

    /**
     * Builds screen {@code id} before the user first opens it and keeps it hidden in the scene, where the next
     * pulses style and lay it out while the current screen stays on show. Opening it then only paints it: the
     * first opening of a big screen otherwise spends most of a second on the FX thread creating skins and
     * applying CSS (issue 4). Kept in the scene rather than aside so it behaves like a screen on show (its lists
     * may change meanwhile).
     */
    public void prepare(String id) {
        Screen screen = screensById.get(id);
        if (screen == null || builtViews.containsKey(id)) {
            return;
        }
        Node view = screen.factory().get();
        builtViews.put(id, view);
        prepared.add(view);
        view.setVisible(false);
        content.getChildren().add(0, view);
    }

    /** Whether screen {@code id} has been built, on show or prepared. */
    public boolean isBuilt(String id) {
        return builtViews.containsKey(id);
    }

    private void show(Screen screen) {
        Node view = builtViews.computeIfAbsent(screen.id(), id -> screen.factory().get());
        prepared.remove(view);
        // Moved only when it is not already there: leaving and re-entering the scene would style it again.
        content.getChildren().removeIf(n -> n != view && !prepared.contains(n));
        if (view.getParent() != content) {
            content.getChildren().add(view);
        }
        view.setVisible(true);
        shownView.set(view);
    }

    /** The view of the screen on show; null on the sign-in form and while busy. */
    public ReadOnlyObjectProperty<Node> shownViewProperty() {
        return shownView.getReadOnlyProperty();
    }

    /** Opens screen {@code id} and puts the focus on its navigation entry, as the arrows in the list do. */
    public void openFromKeyboard(String id) {
        if (open(id).isPresent()) {
            buttons.get(id).requestFocus();
        }
    }

    /** Shows {@code node} in place of the screens, and of any screen prepared behind them. */
    private void replaceContent(Node node) {
        prepared.clear();
        shownView.set(null);
        content.getChildren().setAll(node);
    }

    /** Shows who is signed in, with the session's actions (change password, lock, sign out) under the name. */
    public void setUser(String name, String role, List<Button> actions) {
        Label who = new Label(name);
        who.setId("currentUser");
        who.getStyleClass().add("user-name");
        who.setWrapText(true);
        Label what = new Label(role);
        what.getStyleClass().add("brand-sub");
        userBox.getChildren().setAll(who, what);
        for (Button b : actions) {
            b.getStyleClass().add("user-action");
            b.setMaxWidth(Double.MAX_VALUE);
            userBox.getChildren().add(b);
        }
    }

    /** Shows the sign-in (or first-start) form: no screens, nobody signed in. */
    public void showSignIn(Node view) {
        setTop(null);
        navigation.getChildren().clear();
        userBox.getChildren().clear();
        buttons.clear();
        screensById.clear();
        builtViews.clear();
        replaceContent(view);
    }

    /** Shows a progress message in place of the screens (opening the database, loading the demo city). */
    public void showBusy(String text, double progress) {
        Label label = new Label(text);
        label.setId("busyMessage");
        label.getStyleClass().add("busy-text");
        ProgressBar bar = new ProgressBar(progress);
        bar.setPrefWidth(320);
        VBox box = new VBox(12, label, bar);
        box.setAlignment(Pos.CENTER);
        replaceContent(box);
    }

    /** Shows a failure that stops the program from working, in place of the screens. */
    public void showFatal(String text) {
        Label label = new Label(text);
        label.setId("fatalMessage");
        label.getStyleClass().add("error-text");
        label.setWrapText(true);
        label.setMaxWidth(640);
        StackPane box = new StackPane(label);
        box.setPadding(new Insets(32));
        replaceContent(box);
    }

    /** The database file in use, shown in the status bar. */
    public void setDataFile(Path file) {
        dataFile.setText(messages.get("shell.dataFile", file.toString()));
    }

    /** The unit's server in use ({@code host:port/database}), shown in the status bar in place of a file. */
    public void setServer(String server) {
        dataFile.setText(messages.get("shell.server", server));
    }

    public void setStatusMessage(String text) {
        statusMessage.setText(text);
    }

    /** What the status bar says now ("" when nothing). */
    public String statusMessage() {
        return statusMessage.getText() == null ? "" : statusMessage.getText();
    }

    /**
     * A notice above the screens that stays until the user closes it with «Скрыть» or the session ends (the
     * demo city's accounts, for the administrator who loaded it). Its fx:ids are {@code notice}, {@code noticeText}
     * and {@code noticeClose}.
     */
    public void showNotice(String text) {
        Label label = new Label(text);
        label.setId("noticeText");
        label.setWrapText(true);
        HBox.setHgrow(label, Priority.ALWAYS);
        label.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button(messages.get("shell.notice.close"));
        close.setId("noticeClose");
        close.setOnAction(e -> setTop(null));
        HBox bar = new HBox(12, label, close);
        bar.setId("notice");
        bar.getStyleClass().add("notice-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        setTop(bar);
    }
}
