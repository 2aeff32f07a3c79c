// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.ui.common.Tables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The list screens on a 1366×768 laptop, as the head of unit sees them in the demo city: which school a row is,
 * the numbers, dates and column headers all read whole.
 */
class ListsAtLaptopSizeUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.signedInAs(TestSessions.HEAD).withDemoCity();

    @BeforeEach
    void startAtLaptopSize() throws Exception {
        app.awaitDashboard();
        Stage stage = (Stage) app.lookup("#navDashboard").query().getScene().getWindow();
        app.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void schoolsTableShowsNumbersShortNamesDatesAndHeadersWhole() throws Exception {
        app.clickOn("#navSchools");
        TableView<SchoolRow> table = app.lookup("#schoolsTable").queryAs(TableView.class);
        app.await(() -> table.getItems().size() == 201);
        app.sleep(300);

        // Names without the «КГУ «…»» wrapper: the part that tells schools apart is what the column shows.
        List<TableCell<?, ?>> names = cells(table, "schoolsColName");
        assertThat(names).isNotEmpty();
        assertThat(names).allSatisfy(c -> assertThat(c.getText()).doesNotStartWith("КГУ").doesNotEndWith("»»"));
        assertThat(names).anySatisfy(c -> assertThat(c.getText()).matches("(Школа|Гимназия|Лицей|Школа-гимназия|Школа-лицей) №\\d+"));

        // The № column has room for four digits; no number, count, date or mark is cut at this width.
        TableColumn<?, ?> number = column(table, "schoolsColNumber");
        double[] fourDigits = new double[1];
        app.interact(() -> fourDigits[0] = textWidth("8888"));
        assertThat(number.getWidth()).isGreaterThanOrEqualTo(fourDigits[0] + 16);
        List<String> cut = new ArrayList<>();
        app.interact(() -> table.lookupAll(".table-cell").forEach(n -> {
            TableCell<?, ?> cell = (TableCell<?, ?>) n;
            if (cell.isVisible() && cell.getTableColumn() != null && cell.getTableColumn() != column(table, "schoolsColName")
                    && Tables.isCut(cell)) {
                cut.add(cell.getTableColumn().getText() + ": " + cell.getText());
            }
        }));
        assertThat(cut).isEmpty();
        assertThat(cutHeaders(table)).isEmpty();

        // A selected row is clearly marked and its status colours stay colours: never white on the selection.
        SchoolRow uncovered = table.getItems().stream().filter(r -> !r.covered()).findFirst().orElseThrow();
        app.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(uncovered);
            table.scrollTo(uncovered);
        });
        app.sleep(300);
        List<Paint> fills = new ArrayList<>();
        List<Paint> backgrounds = new ArrayList<>();
        app.interact(() -> table.lookupAll(".table-row-cell").forEach(n -> {
            TableRow<?> row = (TableRow<?>) n;
            if (row.getItem() == uncovered) {
                row.applyCss();
                backgrounds.add(row.getBackground().getFills().get(row.getBackground().getFills().size() - 1).getFill());
                row.lookupAll(".table-cell").forEach(c -> {
                    if (c.getPseudoClassStates().contains(PseudoClass.getPseudoClass("danger"))) {
                        fills.add(((TableCell<?, ?>) c).getTextFill());
                    }
                });
            }
        }));
        assertThat(fills).isNotEmpty().allSatisfy(f -> {
            Color c = (Color) f;
            // Red, and dark enough to read: not the white it used to turn.
            assertThat(c.getRed()).isGreaterThan(c.getGreen() + 0.3);
            assertThat(c.getBrightness()).isLessThan(0.8);
        });
        assertThat(backgrounds).hasSize(1);
        Color selection = (Color) backgrounds.get(0);
        assertThat(selection.getBlue()).isGreaterThan(selection.getRed() + 0.1);

        // Less important columns are there for the asking; the search box has room to type in.
        assertThat(table.isTableMenuButtonVisible()).isTrue();
        assertThat(column(table, "schoolsColType").isVisible()).isFalse();
        assertThat(app.lookup("#schoolsSearch").queryAs(TextField.class).getWidth()).isGreaterThanOrEqualTo(220);
    }

    @Test
    void otherListsShowTheirHeadersWholeAndSchoolsShort() throws Exception {
        for (String[] screen : new String[][] {
                {"#navCameras", "#camerasByDistrict"}, {"#navCameras", "#camerasUncovered"}, {"#navVisits", "#visitsTable"},
                {"#navEvents", "#eventsTable"}, {"#navOfficers", "#officersTable"}, {"#navLeisure", "#leisureCentres"},
                {"#navLeisure", "#leisureAttendance"}, {"#navOffences", "#offencesTable"}}) {
            app.clickOn(screen[0]);
            TableView<?> table = app.lookup(screen[1]).queryAs(TableView.class);
            app.await(() -> !table.getItems().isEmpty());
            app.sleep(300);
            assertThat(cutHeaders(table)).as(screen[1]).isEmpty();
            List<String> wrapped = new ArrayList<>();
            app.interact(() -> table.lookupAll(".table-cell").forEach(n -> {
                String text = ((TableCell<?, ?>) n).getText();
                if (text != null && text.contains("КГУ «")) {
                    wrapped.add(text);
                }
            }));
            assertThat(wrapped).as(screen[1]).isEmpty();
        }
    }

    private static TableColumn<?, ?> column(TableView<?> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    private List<TableCell<?, ?>> cells(TableView<?> table, String columnId) throws Exception {
        List<TableCell<?, ?>> found = new ArrayList<>();
        app.interact(() -> table.lookupAll(".table-cell").forEach(n -> {
            TableCell<?, ?> cell = (TableCell<?, ?>) n;
            if (cell.getTableColumn() != null && columnId.equals(cell.getTableColumn().getId()) && cell.getText() != null
                    && !cell.getText().isEmpty()) {
                found.add(cell);
            }
        }));
        return found;
    }

    /** Visible column headers whose caption (or short caption) shows with «…». */
    private List<String> cutHeaders(TableView<?> table) {
        List<String> cut = new ArrayList<>();
        app.interact(() -> {
            for (Node header : table.lookupAll(".column-header")) {
                if (!header.isVisible()) {
                    continue;
                }
                for (Node child : header.lookupAll(".label")) {
                    if (!(child instanceof Label label) || label.getParent() != header) {
                        continue;
                    }
                    Label shown = label.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY && label.getGraphic() instanceof Label caption
                            ? caption : label;
                    if (Tables.isCut(shown)) {
                        cut.add(shown.getText());
                    }
                }
            }
        });
        return cut;
    }

    private static double textWidth(String s) {
        Text t = new Text(s);
        t.setStyle("-fx-font-family: 'DejaVu Sans'; -fx-font-size: 13px;");
        new Scene(new Group(t));
        t.applyCss();
        return t.getLayoutBounds().getWidth();
    }
}
