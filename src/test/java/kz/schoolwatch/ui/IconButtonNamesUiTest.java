// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On each main screen every button that shows an icon and no caption has a name a screen reader says. */
class IconButtonNamesUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.signedInAs(TestSessions.HEAD).withDemoCity();

    private static void iconOnlyButtons(Node node, List<ButtonBase> into) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ButtonBase b && (b.getText() == null || b.getText().isBlank()) && b.getGraphic() != null) {
            into.add(b);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> iconOnlyButtons(c, into));
        }
    }

    @Test
    void noIconOnlyButtonOnAnyMainScreenIsNameless() throws Exception {
        app.awaitDashboard();
        MainWindow window = app.lookup("#mainWindow").queryAs(MainWindow.class);
        List<String> screens = new ArrayList<>();
        app.interact(() -> screens.addAll(window.screenIds()));
        assertThat(screens).contains("visits", "events", "monthlySummary");
        int checked = 0;
        for (String id : screens) {
            app.interact(() -> window.open(id));
            app.await(() -> window.currentScreen().orElse("").equals(id) && window.shownViewProperty().get() != null);
            List<ButtonBase> found = new ArrayList<>();
            app.interact(() -> {
                window.getScene().getRoot().applyCss();
                window.getScene().getRoot().layout();
                iconOnlyButtons(window.getScene().getRoot(), found);
            });
            for (ButtonBase b : found) {
                assertThat(b.getAccessibleText()).as(id + ": the icon-only button " + b.getId()).isNotBlank();
            }
            checked += found.size();
        }
        // The month and page arrows of the lists at least.
        assertThat(checked).isGreaterThan(4);
    }
}
