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
import java.util.function.Consumer;
import java.util.function.Supplier;

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
import kz.schoolwatch.i18n.Language;
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
    private final UserPanel userBox = new UserPanel();
    private final ReadOnlyObjectWrapper<Node> shownView = new ReadOnlyObjectWrapper<>();
    private final Label brand = new Label();
    private final Label organisation = new Label();
    private final LanguagePicker languages;
    /** The status bar's right-hand text, made again in the new language after a switch. */
    private Supplier<String> dataFileText = () -> "";
    /** Builds the form shown in place of the screens (sign-in, set-up), again after a switch; null when none. */
    private Supplier<Node> signInFactory;

    public MainWindow(Messages messages) {
        this.messages = messages;
        this.languages = new LanguagePicker(messages);
        setId("mainWindow");
        getStyleClass().add("main-window");
        setLeft(navigationBar());
        setCenter(content);
        setBottom(statusBar());
        content.getStyleClass().add("content");
        navigation.addEventFilter(KeyEvent.KEY_PRESSED, this::navigationKey);
        showBusy(messages.get("shell.opening"), -1);
        messages.onSwitch(language -> relabel());
    }

    /** What to do when the user picks a language: the program switches, and remembers the choice. */
    public void setOnLanguageChosen(Consumer<Language> onChosen) {
        languages.setOnChosen(onChosen);
    }

    private VBox navigationBar() {
        brand.setText(messages.get("app.name"));
        brand.getStyleClass().add("brand");
        organisation.setText(messages.get("app.organisation"));
        organisation.getStyleClass().add("brand-sub");
        organisation.setWrapText(true);
        VBox head = new VBox(2, brand, organisation, languages);
        VBox.setMargin(languages, new Insets(8, 0, 0, 0));
        head.setPadding(new Insets(18, 16, 18, 16));
        navigation.setPadding(new Insets(0, 8, 8, 8));
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
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
        // Signed in: a switch of language now builds the screens again, no longer the sign-in form.
        signInFactory = null;
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

    /**
     * The program now speaks another language: every text of the window is made again, and every screen built so
     * far is built again over its view models, which hold what the user typed, chose and filtered, so the screen on
     * show and any half-filled form come back as they were, in the new language.
     */
    private void relabel() {
        brand.setText(messages.get("app.name"));
        organisation.setText(messages.get("app.organisation"));
        dataFile.setText(dataFileText.get());
        userBox.rebuild();
        buttons.forEach((id, button) -> button.setText(messages.get(screensById.get(id).titleKey())));
        if (signInFactory != null) {
            Supplier<Node> factory = signInFactory;
            replaceContent(factory.get());
            signInFactory = factory;
            return;
        }
        Optional<String> current = currentScreen();
        if (current.isEmpty() || builtViews.isEmpty()) {
            return;
        }
        List<String> built = screenIds().stream().filter(builtViews::containsKey).toList();
        builtViews.clear();
        replaceContent(new Region());
        show(screensById.get(current.get()));
        built.stream().filter(id -> !id.equals(current.get())).forEach(this::prepare);
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
        signInFactory = null;
        prepared.clear();
        shownView.set(null);
        content.getChildren().setAll(node);
    }

    /**
     * Shows who is signed in, with the session's actions (change password, lock, sign out) under the name; made
     * again by {@code build} after a switch of language.
     */
    public void setUser(Supplier<UserBox> build) {
        userBox.show(() -> {
            UserBox box = build.get();
            return new UserPanel.Contents(box.name(), box.role(), box.actions());
        });
    }

    /** Shows who is signed in, with the session's actions under the name, fixed in the current language. */
    public void setUser(String name, String role, List<Button> actions) {
        setUser(() -> new UserBox(name, role, actions));
    }

    /** The signed-in user's name, role and actions as {@link #setUser(Supplier)} shows them. */
    public record UserBox(String name, String role, List<Button> actions) {
    }

    /** Shows the sign-in (or first-start) form: no screens, nobody signed in. */
    public void showSignIn(Node view) {
        showSignIn(() -> view);
        // A form given as it is cannot be made again in another language.
        signInFactory = null;
    }

    /**
     * Shows the form {@code factory} builds (sign-in, set-up, server settings) in place of the screens: nobody signed
     * in. After a switch of language the form is built again; its view model keeps what was typed.
     */
    public void showSignIn(Supplier<Node> factory) {
        Node view = factory.get();
        setTop(null);
        navigation.getChildren().clear();
        userBox.clear();
        buttons.clear();
        screensById.clear();
        builtViews.clear();
        replaceContent(view);
        signInFactory = factory;
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
        dataFileText = () -> messages.get("shell.dataFile", file.toString());
        dataFile.setText(dataFileText.get());
    }

    /** The unit's server in use ({@code host:port/database}), shown in the status bar in place of a file. */
    public void setServer(String server) {
        dataFileText = () -> messages.get("shell.server", server);
        dataFile.setText(dataFileText.get());
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
