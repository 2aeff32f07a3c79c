// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.MySchool;
import kz.schoolwatch.domain.MySchools;
import kz.schoolwatch.domain.SchoolNames;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Formats;

/**
 * An inspector's own schools at the top of the dashboard, where they land after signing in: the schools due a visit
 * and those whose security check is overdue (both after the settings' overdue-check days), then every school assigned
 * to them with its cameras, last visit and last check. Double-click or Enter opens the school's card.
 */
public final class MySchoolsPane extends VBox {

    private static final double ROW = 28;
    private static final int LIST_ROWS = 6;

    private final MySchoolsViewModel model;
    private final Messages messages;
    private final Consumer<Long> openSchool;

    public MySchoolsPane(MySchoolsViewModel model, Messages messages, Consumer<Long> openSchool) {
        super(12);
        this.model = model;
        this.messages = messages;
        this.openSchool = openSchool;
        setId("mySchools");
        getStyleClass().add("my-schools");

        Label title = new Label(messages.get("mySchools.title"));
        title.getStyleClass().add("screen-title");
        Label subtitle = new Label();
        subtitle.setId("mySchoolsSubtitle");
        subtitle.getStyleClass().add("screen-subtitle");
        subtitle.setWrapText(true);
        subtitle.textProperty().bind(Bindings.createStringBinding(() -> {
            MySchools m = model.mySchoolsProperty().get();
            if (m == null) {
                return "";
            }
            return m.schools().isEmpty() ? messages.get("mySchools.none")
                    : messages.get("mySchools.subtitle", m.schools().size(), m.days());
        }, model.mySchoolsProperty()));
        Label failed = new Label(messages.get("mySchools.loadFailed"));
        failed.getStyleClass().add("error-text");
        failed.visibleProperty().bind(model.failedProperty());
        failed.managedProperty().bind(model.failedProperty());

        HBox due = new HBox(16,
                list("mySchoolsVisitsDue", model.visitsDue(), "mySchools.visitsDue", "mySchools.visitsDue.none", this::visitText),
                list("mySchoolsChecksOverdue", model.checksOverdue(), "mySchools.checksOverdue", "mySchools.checksOverdue.none",
                        this::checkText));
        due.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));

        Label hint = new Label(messages.get("mySchools.open"));
        hint.getStyleClass().add("footnote");
        getChildren().addAll(title, subtitle, failed, due, table(), hint);
    }

    private VBox list(String id, ObservableList<MySchool> items, String titleKey, String emptyKey, Function<MySchool, String> text) {
        Label title = new Label();
        title.setId(id + "Title");
        title.getStyleClass().add("section-title");
        ListView<MySchool> list = new ListView<>(items);
        list.setId(id);
        list.getStyleClass().add("my-schools-due");
        Label empty = new Label();
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.setCellFactory(v -> new ListCell<>() {
            {
                // As wide as the list, cut with «…» (the tooltip has it all): no sideways scrolling.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(MySchool s, boolean isEmpty) {
                super.updateItem(s, isEmpty);
                if (isEmpty || s == null) {
                    setText(null);
                    setTooltip(null);
                } else {
                    setText(school(s) + " — " + text.apply(s));
                    setTooltip(new Tooltip(s.name() + "\n" + text.apply(s)));
                }
            }
        });
        list.setFixedCellSize(ROW);
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> ROW * Math.max(2, Math.min(LIST_ROWS, items.size())) + 4,
                items));
        list.setMinWidth(280);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                openSchool.accept(list.getSelectionModel().getSelectedItem().id());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                openSchool.accept(list.getSelectionModel().getSelectedItem().id());
            }
        });
        Runnable caption = () -> {
            MySchools m = model.mySchoolsProperty().get();
            title.setText(messages.get(titleKey, items.size()));
            empty.setText(m == null ? "" : messages.get(emptyKey, m.days()));
        };
        items.addListener((ListChangeListener<MySchool>) c -> caption.run());
        model.mySchoolsProperty().addListener((o, was, now) -> caption.run());
        caption.run();
        return new VBox(6, title, list);
    }

    private TableView<MySchool> table() {
        TableView<MySchool> table = new TableView<>(model.schools());
        table.setId("mySchoolsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(ROW);
        table.getColumns().add(column("mySchools.col.number", 50, s -> Integer.toString(s.number())));
        TableColumn<MySchool, String> name = column("mySchools.col.name", 290, s -> SchoolNames.shortName(s.name()));
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                MySchool s = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                setTooltip(s == null ? null : new Tooltip(s.name()));
            }
        });
        table.getColumns().add(name);
        table.getColumns().add(column("mySchools.col.district", 130, MySchool::district));
        table.getColumns().add(column("mySchools.col.cameras", 130, s -> messages.get("mySchools.col.camerasValue", s.cameras(),
                s.workingCameras())));
        table.getColumns().add(column("mySchools.col.lastVisit", 190, s -> s.lastVisit() == null ? "—" : Formats.date(s.lastVisit())));
        table.getColumns().add(column("mySchools.col.lastCheck", 190, s -> s.lastCheck() == null ? "—" : Formats.date(s.lastCheck())));
        table.setRowFactory(t -> {
            TableRow<MySchool> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openSchool.accept(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                openSchool.accept(table.getSelectionModel().getSelectedItem().id());
            }
        });
        // As tall as its rows (the dashboard scrolls, not the table), at least a few.
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> ROW * (Math.max(3, model.schools().size()) + 2),
                model.schools()));
        table.setMinHeight(ROW * 4);
        return table;
    }

    private TableColumn<MySchool, String> column(String key, double width, Function<MySchool, String> value) {
        TableColumn<MySchool, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private String school(MySchool s) {
        String name = SchoolNames.shortName(s.name());
        // Most names carry the number already («… школа №12»); the others get it in front.
        return name.contains(Integer.toString(s.number())) ? name : messages.get("mySchools.school", s.number(), name);
    }

    private String visitText(MySchool s) {
        return s.lastVisit() == null ? messages.get("mySchools.neverVisited")
                : messages.get("mySchools.lastVisit", daysSince(s.lastVisit()), Formats.date(s.lastVisit()));
    }

    private String checkText(MySchool s) {
        return s.lastCheck() == null ? messages.get("mySchools.neverChecked")
                : messages.get("mySchools.lastCheck", daysSince(s.lastCheck()), Formats.date(s.lastCheck()));
    }

    private long daysSince(LocalDate day) {
        MySchools m = model.mySchoolsProperty().get();
        return ChronoUnit.DAYS.between(day, m == null ? LocalDate.now() : m.today());
    }
}
