// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Tab goes through the visits screen as it reads: the filters, the table, then the form from top to bottom. */
class VisitsTabOrderUiTest {

    private static final List<String> READING_ORDER = List.of("filterOfficer", "filterSchool", "filterDistrict", "filterFrom",
            "filterTo", "visitsTable", "visitOfficer", "visitMe", "visitSchool", "visitDate", "visitTime", "visitPurpose",
            "visitFindings", "visitActions", "visitSave", "visitNew");

    @RegisterExtension
    final RunningApp app = RunningApp.signedInAs(TestSessions.HEAD).withDemoCity();

    /** The fx:id of the focused control, or of the nearest control around it that has one. */
    private String focusedId() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            for (Node n = app.stage().getScene().getFocusOwner(); n != null; n = n.getParent()) {
                if (n.getId() != null) {
                    return n.getId();
                }
            }
            return "";
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void tabFollowsTheScreensReadingOrder() throws Exception {
        app.awaitDashboard();
        MainWindow window = app.lookup("#mainWindow").queryAs(MainWindow.class);
        app.interact(() -> window.openFromKeyboard("visits"));
        app.await(() -> !app.lookup("#visitsTable").queryTableView().getItems().isEmpty());
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 40 && !reached.contains("visitNew"); i++) {
            app.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            String id = focusedId();
            if (READING_ORDER.contains(id) && !reached.contains(id)) {
                reached.add(id);
            }
        }
        assertThat(reached).containsExactlyElementsOf(READING_ORDER.stream().filter(reached::contains).toList());
        assertThat(reached).contains("filterOfficer", "visitsTable", "visitOfficer", "visitFindings", "visitActions", "visitSave");
    }
}
