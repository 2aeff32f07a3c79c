// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.shell;

import java.util.List;
import java.util.function.Supplier;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The foot of the navigation bar: who is signed in, their role, and the session's actions (change password, lock,
 * sign out) under the name. Made again from its builder after a switch of language.
 */
final class UserPanel extends VBox {

    /** The signed-in user's name, role and actions as the panel shows them. */
    record Contents(String name, String role, List<Button> actions) {
    }

    private Supplier<Contents> builder;

    UserPanel() {
        super(4);
        setPadding(new Insets(8, 12, 12, 12));
        getStyleClass().add("user-box");
    }

    /** Shows what {@code build} makes, now and after every {@link #rebuild()}. */
    void show(Supplier<Contents> build) {
        builder = build;
        rebuild();
    }

    /** Nobody signed in: the panel is empty until the next {@link #show}. */
    void clear() {
        builder = null;
        getChildren().clear();
    }

    /** Builds the panel again, in the language the program now speaks. */
    void rebuild() {
        if (builder == null) {
            return;
        }
        Contents contents = builder.get();
        Label who = new Label(contents.name());
        who.setId("currentUser");
        who.getStyleClass().add("user-name");
        who.setWrapText(true);
        Label what = new Label(contents.role());
        what.getStyleClass().add("brand-sub");
        getChildren().setAll(who, what);
        for (Button b : contents.actions()) {
            b.getStyleClass().add("user-action");
            b.setMaxWidth(Double.MAX_VALUE);
            getChildren().add(b);
        }
    }
}
