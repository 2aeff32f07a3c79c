// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import kz.schoolwatch.domain.ComplianceStatus;
import kz.schoolwatch.domain.ItemCompliance;
import kz.schoolwatch.domain.SchoolCompliance;
import kz.schoolwatch.i18n.ComplianceTexts;
import kz.schoolwatch.i18n.DatabaseErrors;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.Tables;

/**
 * The card's tab «Соответствие требованиям»: the day, a heading with the overall status and the set that judged
 * it, and every applicable requirement with its status and reasons. Long titles and reasons wrap, and their whole
 * text is in a tooltip; a status reads by its icon and word, not by colour alone.
 */
final class SchoolCompliancePane extends VBox {

    private final SchoolComplianceViewModel model;
    private final Messages messages;
    private final ComplianceTexts texts;
    private final Label overall = new Label();
    private final Label counts = new Label();
    private final Label set = new Label();

    SchoolCompliancePane(SchoolComplianceViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.texts = new ComplianceTexts(messages);
        setId("schoolCompliance");
        setSpacing(10);
        setPadding(new Insets(16));
        getChildren().addAll(dayLine(), heading(), table());
        model.judgedProperty().addListener((o, was, now) -> showHeading());
        showHeading();
    }

    private HBox dayLine() {
        DatePicker day = Formats.datePicker("schoolComplianceDate", messages);
        day.valueProperty().bindBidirectional(model.dayProperty());
        // A day ahead has no facts yet: the calendar does not offer it.
        day.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setDisable(empty || item == null || item.isAfter(model.today()));
            }
        });
        day.setPrefWidth(150);
        Label caption = new Label(messages.get("school.compliance.day"));
        caption.setLabelFor(day);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.loadingProperty());
        Label error = new Label();
        error.setId("schoolComplianceError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        model.failureProperty().addListener((o, was, now) -> error.setText(now == null ? ""
                : DatabaseErrors.describeLoad(now, messages, "school.compliance.loadFailed")));
        HBox line = new HBox(8, caption, day, busy, error);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private VBox heading() {
        overall.setId("schoolComplianceOverall");
        overall.getStyleClass().add("section-title");
        overall.setMinWidth(Region.USE_PREF_SIZE);
        counts.setId("schoolComplianceCounts");
        counts.setWrapText(true);
        set.setId("schoolComplianceSet");
        set.getStyleClass().add("footnote");
        set.setWrapText(true);
        HBox first = new HBox(12, overall, counts);
        first.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(counts, Priority.ALWAYS);
        return new VBox(4, first, set);
    }

    private void showHeading() {
        SchoolComplianceViewModel.Judged judged = model.judgedProperty().get();
        if (judged == null) {
            overall.setText("");
            overall.setGraphic(null);
            counts.setText("");
            set.setText("");
            return;
        }
        SchoolCompliance c = judged.compliance();
        boolean anySet = judged.set().isPresent();
        overall.setText(anySet ? texts.status(c.status()) : "");
        overall.setGraphic(anySet ? ComplianceLook.icon(c.status()) : null);
        ComplianceLook.tone(overall, anySet ? c.status() : null);
        counts.setText(anySet ? messages.get("school.compliance.counts", c.count(ComplianceStatus.MET),
                c.count(ComplianceStatus.NOT_MET), c.count(ComplianceStatus.UNKNOWN)) : "");
        set.setText(judged.set().map(s -> messages.get("school.compliance.set", s.name(), Formats.date(s.validFrom())))
                .orElse(messages.get("school.compliance.noSet")));
    }

    private TableView<ItemCompliance> table() {
        TableView<ItemCompliance> table = new TableView<>(model.items());
        table.setId("schoolComplianceTable");
        table.setPlaceholder(new Label(messages.get("school.compliance.none")));
        TableColumn<ItemCompliance, Integer> position = new TableColumn<>(messages.get("school.compliance.col.position"));
        position.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().item().position()));
        position.setStyle("-fx-alignment: TOP-RIGHT;");
        TableColumn<ItemCompliance, String> title = wrapped("school.compliance.col.requirement", i -> texts.title(i.item()));
        TableColumn<ItemCompliance, String> source = wrapped("school.compliance.col.source", i -> i.item().legalSource());
        TableColumn<ItemCompliance, ComplianceStatus> status = new TableColumn<>(messages.get("school.compliance.col.status"));
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        status.setCellFactory(c -> new StatusCell());
        TableColumn<ItemCompliance, String> reasons = wrapped("school.compliance.col.reasons", texts::reasons);
        Tables.width(position, 40, 44);
        Tables.width(title, 180, 260);
        Tables.width(source, 120, 170);
        Tables.width(status, 150, 160);
        Tables.width(reasons, 180, 280);
        table.getColumns().setAll(List.of(position, title, source, status, reasons));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setMinHeight(200);
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    /** A column whose text wraps to the column's width, the whole of it also in a tooltip. */
    private TableColumn<ItemCompliance, String> wrapped(String key, Function<ItemCompliance, String> text) {
        TableColumn<ItemCompliance, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            {
                setWrapText(true);
                setAlignment(Pos.TOP_LEFT);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                boolean blank = empty || item == null || item.isEmpty();
                setText(blank ? null : item);
                setTooltip(blank ? null : tooltip(item));
            }
        });
        column.getStyleClass().add("wrapped-column");
        return column;
    }

    private static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        tip.setShowDelay(Duration.millis(400));
        return tip;
    }

    /** A status as an icon and a word, in its colour. */
    private final class StatusCell extends TableCell<ItemCompliance, ComplianceStatus> {
        StatusCell() {
            setWrapText(true);
            setAlignment(Pos.TOP_LEFT);
        }

        @Override
        protected void updateItem(ComplianceStatus item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null;
            setText(blank ? null : texts.status(item));
            setGraphic(blank ? null : ComplianceLook.icon(item));
            ComplianceLook.tone(this, blank ? null : item);
        }
    }
}
