// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import kz.schoolwatch.i18n.Messages;

/**
 * The very first start: work on this PC (its own encrypted file, today's set-up) or on the unit's server.
 * Each button leads on to its form; nothing is written until that form is done.
 */
public final class ModeChoiceView extends StackPane {

    public ModeChoiceView(Messages messages, Runnable local, Runnable server) {
        setId("modeChoiceView");
        getStyleClass().add("sign-in");
        Label title = new Label(messages.get("mode.title"));
        title.getStyleClass().add("sign-in-title");
        title.setWrapText(true);
        Label intro = new Label(messages.get("mode.intro"));
        intro.setWrapText(true);
        VBox form = new VBox(12, title, intro,
                choice("modeLocal", messages.get("mode.local"), messages.get("mode.localHint"), local, true),
                choice("modeServer", messages.get("mode.server"), messages.get("mode.serverHint"), server, false));
        form.setPadding(new Insets(28));
        form.setMaxWidth(480);
        form.getStyleClass().add("sign-in-card");
        form.setMaxHeight(USE_PREF_SIZE);
        getChildren().add(form);
        setAlignment(Pos.CENTER);
    }

    private static VBox choice(String id, String text, String hint, Runnable action, boolean first) {
        Button button = new Button(text);
        button.setId(id);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setDefaultButton(first);
        button.setOnAction(e -> action.run());
        Label explanation = new Label(hint);
        explanation.getStyleClass().add("hint-text");
        explanation.setWrapText(true);
        return new VBox(4, button, explanation);
    }
}
