// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.SchoolCompliance;
import kz.schoolwatch.domain.SchoolNames;
import kz.schoolwatch.i18n.LocalFormats;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.ReportFormat;
import kz.schoolwatch.ui.common.Columns;
import kz.schoolwatch.ui.common.Tables;
import kz.schoolwatch.ui.report.SaveFileDialog;
import kz.schoolwatch.ui.report.SummaryPreview;
import kz.schoolwatch.ui.report.SummaryPrinter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * «Соответствие требованиям» (issue 21): the day chosen (a quarter's end in one click), the district table and
 * the table by requirement side by side, the schools with gaps below (a double-click opens the card), and the
 * table saved or printed for the ministry's quarterly monitoring.
 */
public final class ComplianceView extends VBox {

    private final ComplianceViewModel model;
    private final Messages messages;
    private SaveFileDialog saveDialog;
    private final SummaryPreview preview;

    public ComplianceView(ComplianceViewModel model, Messages messages, LongConsumer openSchool, SaveFileDialog saveDialog,
                          SummaryPreview preview) {
        this.model = model;
        this.messages = messages;
        this.saveDialog = saveDialog;
        this.preview = preview;
        setId("complianceView");
        getStyleClass().add("screen");
        setSpacing(10);
        setPadding(new Insets(16, 24, 12, 24));
        Label title = new Label(messages.get("compliance.screen.title"));
        title.getStyleClass().add("screen-title");
        Label scope = new Label(messages.get("compliance.screen.scope", model.scopeTitle()));
        scope.getStyleClass().add("footnote");
        HBox heading = new HBox(16, title, scope);
        heading.setAlignment(Pos.BASELINE_LEFT);

        Label summary = new Label();
        summary.setId("complianceSummary");
        summary.getStyleClass().add("section-title");
        summary.textProperty().bind(model.summaryProperty());

        TableView<List<Object>> districts = new DocumentTable("complianceDistricts", model.districtsProperty());
        TableView<List<Object>> items = new DocumentTable("complianceItems", model.itemsProperty());
        VBox left = titled(messages.get("compliance.screen.districts"), districts);
        VBox right = titled(messages.get("compliance.screen.items"), items);
        HBox tables = new HBox(16, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(480);
        right.setPrefWidth(560);
        for (TableView<?> t : List.of(districts, items)) {
            // Eight districts and the total in view; twelve requirements scroll a little.
            t.setFixedCellSize(26);
            t.setPrefHeight(26 * 9 + 50);
            t.setMinHeight(26 * 9 + 50);
        }

        Label gapsTitle = new Label();
        gapsTitle.setId("complianceGapsTitle");
        gapsTitle.getStyleClass().add("section-title");
        gapsTitle.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("compliance.screen.gaps", model.gaps().size()), model.gaps()));
        Label hint = new Label(messages.get("compliance.screen.gapsHint"));
        hint.getStyleClass().add("footnote");
        HBox gapsHeading = new HBox(12, gapsTitle, hint);
        gapsHeading.setAlignment(Pos.BASELINE_LEFT);
        TableView<SchoolCompliance> gaps = gapsTable(openSchool);
        VBox.setVgrow(gaps, Priority.ALWAYS);

        Label error = new Label();
        error.setId("complianceError");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        error.setWrapText(true);
        getChildren().addAll(heading, dateBar(), summary, tables, gapsHeading, gaps, exportBar(), error);
    }

    private static VBox titled(String text, TableView<?> table) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return new VBox(4, label, table);
    }

    private HBox dateBar() {
        Label label = new Label(messages.get("compliance.screen.asOf"));
        DatePicker picker = new DatePicker();
        picker.setId("complianceAsOf");
        picker.setPrefWidth(140);
        picker.setValue(model.asOfProperty().get());
        picker.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.asOfProperty().set(now);
            }
        });
        model.asOfProperty().addListener((o, was, now) -> picker.setValue(now));
        label.setLabelFor(picker);
        HBox bar = new HBox(8, label, picker, new Label(messages.get("compliance.screen.quarterEnds")));
        LocalFormats formats = LocalFormats.of(messages.language());
        int n = 0;
        for (LocalDate end : model.quarterEnds()) {
            Button b = new Button(formats.date(end));
            b.setId("complianceQuarter" + n++);
            b.setOnAction(e -> model.asOfProperty().set(end));
            bar.getChildren().add(b);
        }
        Button today = new Button(messages.get("compliance.screen.today"));
        today.setId("complianceToday");
        today.setOnAction(e -> model.asOfProperty().set(model.today()));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("complianceProgress");
        progress.setPrefSize(22, 22);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.loadingProperty());
        Label loading = new Label(messages.get("compliance.screen.loading"));
        loading.visibleProperty().bind(model.loadingProperty());
        bar.getChildren().addAll(today, progress, loading);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private TableView<SchoolCompliance> gapsTable(LongConsumer openSchool) {
        TableView<SchoolCompliance> gaps = new TableView<>(model.gaps());
        gaps.setId("complianceGaps");
        gaps.setPlaceholder(new Label(messages.get("compliance.report.noGaps")));
        TableColumn<SchoolCompliance, Integer> number = Columns.of(messages.get("compliance.report.column.number"), 56,
                SchoolCompliance::schoolNumber);
        TableColumn<SchoolCompliance, String> name = Columns.of(messages.get("compliance.report.column.school"), 260,
                s -> SchoolNames.shortName(s.schoolName()));
        TableColumn<SchoolCompliance, String> district = Columns.of(messages.get("compliance.report.column.district"), 140,
                model::district);
        TableColumn<SchoolCompliance, String> unmet = Columns.of(messages.get("compliance.report.column.gaps"), 520, model::unmet);
        unmet.setId("complianceGapsUnmet");
        Tables.width(number, 50, 56);
        Tables.width(name, 180, 260);
        Tables.width(district, 120, 140);
        gaps.getColumns().setAll(List.of(number, name, district, unmet));
        gaps.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        gaps.setRowFactory(t -> {
            TableRow<SchoolCompliance> row = new TableRow<>() {
                @Override
                protected void updateItem(SchoolCompliance item, boolean empty) {
                    super.updateItem(item, empty);
                    // The reasons can be long: whole in the row's tooltip.
                    setTooltip(empty || item == null ? null : new Tooltip(model.unmet(item).replace("; ", "\n")));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openSchool.accept(row.getItem().schoolId());
                }
            });
            return row;
        });
        Tables.openOnEnter(gaps, s -> openSchool.accept(s.schoolId()));
        gaps.setMinHeight(120);
        return gaps;
    }

    private HBox exportBar() {
        Button print = new Button(messages.get("compliance.screen.print"), new FontIcon("mdi2p-printer"));
        print.setId("compliancePrint");
        print.setOnAction(e -> print());
        Button pdf = new Button(messages.get("compliance.screen.pdf"), new FontIcon("mdi2f-file-pdf-box"));
        pdf.setId("complianceSavePdf");
        pdf.setOnAction(e -> save(ReportFormat.PDF));
        Button xlsx = new Button(messages.get("compliance.screen.xlsx"), new FontIcon("mdi2f-file-excel-box"));
        xlsx.setId("complianceSaveExcel");
        xlsx.setOnAction(e -> save(ReportFormat.XLSX));
        for (Button b : new Button[] {print, pdf, xlsx}) {
            b.disableProperty().bind(model.reportProperty().isNull().or(model.exportingProperty()).or(model.loadingProperty()));
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Label status = new Label();
        status.setId("complianceStatus");
        status.getStyleClass().add("footnote");
        status.textProperty().bind(model.statusProperty());
        status.setMinWidth(0);
        HBox bar = new HBox(10, print, pdf, xlsx, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Where the file goes; tests answer without the system's dialog. */
    public void setSaveDialog(SaveFileDialog saveDialog) {
        this.saveDialog = saveDialog;
    }

    private void save(ReportFormat format) {
        saveDialog.ask(format, model.suggestedFileName(format), null, getScene().getWindow())
                .ifPresent(path -> model.export(format, path));
    }

    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            model.printed(false, "");
            return;
        }
        if (!job.showPrintDialog(getScene().getWindow())) {
            job.cancelJob();
            return;
        }
        String css = getScene().getStylesheets().isEmpty() ? null : getScene().getStylesheets().get(0);
        model.printed(new SummaryPrinter(preview).print(job, model.document(), css), job.getPrinter().getName());
    }
}
