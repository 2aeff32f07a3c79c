// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.report;

import java.time.YearMonth;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import kz.schoolwatch.i18n.LocalFormats;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.ReportFormat;
import kz.schoolwatch.report.ReportScope;
import kz.schoolwatch.report.chart.BarChartPainter;
import kz.schoolwatch.ui.common.Dialogs;
import org.kordamp.ikonli.javafx.FontIcon;
import kz.schoolwatch.ui.common.ScreenActions;

/** «Месячная сводка»: choose a month and a scope, see the summary as it will print, print it or save it. */
public final class MonthlySummaryView extends BorderPane implements ScreenActions {

    private static final double PAGE_WIDTH = 820;

    private final MonthlySummaryViewModel model;
    private final Messages messages;
    private final SummaryPreview preview;
    private final StackPane page = new StackPane();
    private final VBox top = new VBox(12);
    private PassportExportViewModel districtPassports;
    private SaveFileDialog saveDialog;
    private FileOpener opener = FileOpener.system();
    private final Button openFile = new Button();
    private final Button openFolder = new Button();
    /** Held here: a binding only weakly referenced by what it observes would be collected with its listener. */
    private final BooleanBinding onShow;

    public MonthlySummaryView(MonthlySummaryViewModel model, Messages messages, BarChartPainter charts) {
        this.model = model;
        this.messages = messages;
        this.preview = new SummaryPreview(messages, charts);
        this.saveDialog = SaveFileDialog.system(messages);
        setId("monthlySummaryView");
        getStyleClass().add("screen");
        setPadding(new Insets(24, 28, 12, 28));
        setTop(top);
        top.getChildren().setAll(header(), choices(), new SignaturePane(model.signature(), messages), messagesLine());
        setCenter(previewArea());
        setBottom(exportBar());
        model.documentProperty().addListener((obs, old, doc) -> {
            if (doc != null) {
                page.getChildren().setAll(preview.render(doc, PAGE_WIDTH));
            }
        });
        // Saves made on other screens refresh the preview when this screen is shown again.
        onShow = sceneProperty().isNotNull().and(visibleProperty());
        onShow.addListener((obs, was, now) -> model.setShowing(now));
        model.load();
    }

    /** Shows the summary of {@code month} for a scope (a district's or officer's {@code id}); charts open it so. */
    public void showFor(YearMonth month, ReportScope.Kind kind, long id) {
        model.select(month, kind, id);
    }

    /** Replaces the system's way of opening files (UI tests record what would be opened). */
    public void setFileOpener(FileOpener opener) {
        this.opener = opener;
        updateOpenButtons();
    }

    /** Offers the passports of the district chosen as the scope, under the choices (issue 21). */
    public void offerDistrictPassports(PassportExportViewModel exports) {
        this.districtPassports = exports;
        top.getChildren().add(2, new DistrictPassportsBar(exports, messages, model.scopeKindProperty(), model.targetProperty()));
    }

    /** The district passports' saving, when offered (UI tests put in their own save dialog). */
    public PassportExportViewModel districtPassports() {
        return districtPassports;
    }

    /** Replaces the system's save dialog (UI tests answer with a file of their own). */
    public void setSaveDialog(SaveFileDialog dialog) {
        this.saveDialog = dialog;
    }

    private HBox header() {
        Label title = new Label(messages.get("report.screen.title"));
        title.getStyleClass().add("screen-title");
        Label subtitle = new Label(messages.get("report.screen.subtitle"));
        subtitle.getStyleClass().add("screen-subtitle");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("reportLoading");
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(12, new VBox(2, title, subtitle), spacer, busy);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private HBox choices() {
        LocalFormats monthName = LocalFormats.of(messages.language());
        ComboBox<YearMonth> month = new ComboBox<>(model.months());
        month.setId("reportMonth");
        month.setConverter(converter(m -> m == null ? "" : capitalise(monthName.monthYear(m))));
        month.setButtonCell(listCell(month.getConverter()));
        month.valueProperty().bindBidirectional(model.monthProperty());
        month.valueProperty().addListener((obs, old, now) -> model.preview());

        ComboBox<ReportScope.Kind> kind = new ComboBox<>();
        kind.setId("reportScopeKind");
        kind.getItems().setAll(model.scopeKinds());
        kind.setConverter(converter(k -> k == null ? "" : messages.of("report.screen.scope", k)));
        kind.setValue(model.scopeKindProperty().get());
        kind.valueProperty().addListener((obs, old, now) -> {
            if (now != model.scopeKindProperty().get()) {
                model.setScopeKind(now);
                model.preview();
            }
        });
        model.scopeKindProperty().addListener((obs, old, now) -> kind.setValue(now));

        ComboBox<ReportScope> target = new ComboBox<>(model.targets());
        target.setId("reportScopeTarget");
        target.setPrefWidth(380);
        target.setConverter(converter(s -> s == null ? "" : s.title()));
        target.valueProperty().bindBidirectional(model.targetProperty());
        target.disableProperty().bind(Bindings.isEmpty(model.targets()));
        target.setOnAction(e -> model.preview());

        Button refresh = new Button(messages.get("common.refresh"), new FontIcon("mdi2r-refresh"));
        refresh.setId("reportRefresh");
        refresh.setOnAction(e -> model.preview());

        HBox box = new HBox(10, caption("report.screen.month", month), caption("report.screen.scope", kind),
                caption("report.screen.target", target), refresh);
        box.setAlignment(Pos.BOTTOM_LEFT);
        return box;
    }

    private VBox caption(String key, Region control) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("field-caption");
        return new VBox(3, label, control);
    }

    private VBox messagesLine() {
        Label error = new Label();
        error.setId("reportError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        return new VBox(error);
    }

    private ScrollPane previewArea() {
        page.setId("reportPreview");
        page.setAlignment(Pos.TOP_CENTER);
        page.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("report-scroll");
        BorderPane.setMargin(scroll, new Insets(12, 0, 8, 0));
        return scroll;
    }

    private HBox exportBar() {
        Button print = new Button(messages.get("report.screen.print"), new FontIcon("mdi2p-printer"));
        print.setId("reportPrint");
        print.setOnAction(e -> print());
        Button pdf = new Button(messages.get("report.screen.savePdf"), new FontIcon("mdi2f-file-pdf-box"));
        pdf.setId("reportSavePdf");
        pdf.setOnAction(e -> save(ReportFormat.PDF));
        Button xlsx = new Button(messages.get("report.screen.saveExcel"), new FontIcon("mdi2f-file-excel-box"));
        xlsx.setId("reportSaveExcel");
        xlsx.setOnAction(e -> save(ReportFormat.XLSX));
        for (Button b : new Button[] {print, pdf, xlsx}) {
            b.disableProperty().bind(model.documentProperty().isNull().or(model.export().exportingProperty()));
        }

        ProgressBar progress = new ProgressBar();
        progress.setId("reportProgress");
        progress.setPrefWidth(200);
        progress.progressProperty().bind(model.export().exportProgressProperty());
        Button cancel = new Button(messages.get("report.screen.cancel"));
        cancel.setId("reportCancel");
        cancel.setOnAction(e -> model.export().cancelExport());
        HBox running = new HBox(8, progress, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(model.export().exportingProperty());
        running.managedProperty().bind(model.export().exportingProperty());

        Label status = new Label();
        status.setId("reportStatus");
        status.getStyleClass().add("footnote");
        status.textProperty().bind(model.export().statusProperty());
        // After a save: open the file or its folder from here (hidden where the desktop cannot open files).
        openFile.setText(messages.get("report.screen.openFile"));
        openFile.setGraphic(new FontIcon("mdi2f-file-eye-outline"));
        openFile.setId("reportOpenFile");
        openFile.setOnAction(e -> model.export().openSaved(false, opener));
        openFolder.setText(messages.get("report.screen.openFolder"));
        openFolder.setGraphic(new FontIcon("mdi2f-folder-open-outline"));
        openFolder.setId("reportOpenFolder");
        openFolder.setOnAction(e -> model.export().openSaved(true, opener));
        model.export().savedFileProperty().addListener((obs, old, now) -> updateOpenButtons());
        updateOpenButtons();
        // The buttons keep their captions; a long saved path is what gets cut (whole in the tooltip).
        for (Button b : new Button[] {print, pdf, xlsx, cancel, openFile, openFolder}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.setMinWidth(0);
        Tooltip statusTip = new Tooltip();
        statusTip.textProperty().bind(Bindings.createStringBinding(() -> model.export().savedFileProperty().get() == null
                ? status.getText() : model.export().savedFileProperty().get().toString(), status.textProperty(), model.export().savedFileProperty()));
        status.setTooltip(statusTip);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, print, pdf, xlsx, running, spacer, status, openFile, openFolder);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void updateOpenButtons() {
        boolean offer = model.export().savedFileProperty().get() != null && opener.available();
        for (Button b : new Button[] {openFile, openFolder}) {
            b.setVisible(offer);
            b.setManaged(offer);
        }
    }

    private void save(ReportFormat format) {
        saveDialog.ask(format, model.export().suggestedFileName(format), model.export().lastFolderProperty().get(), getScene().getWindow())
                .ifPresent(path -> model.export().export(format, path));
    }

    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            // No printer installed (common on police laptops and under Xvfb): say so once and offer the PDF.
            if (Dialogs.offer(this, messages, "noPrinterDialog", messages.get("report.screen.print"),
                    messages.get("report.screen.noPrinter.header"), messages.get("report.screen.noPrinter"),
                    messages.get("report.screen.savePdf"))) {
                save(ReportFormat.PDF);
            }
            return;
        }
        if (!job.showPrintDialog(getScene().getWindow())) {
            job.cancelJob();
            return;
        }
        String css = getScene().getStylesheets().isEmpty() ? null : getScene().getStylesheets().get(0);
        model.export().printed(new SummaryPrinter(preview).print(job, model.documentProperty().get(), css), job.getPrinter().getName());
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static <T> ListCell<T> listCell(StringConverter<T> converter) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : converter.toString(item));
            }
        };
    }

    @Override
    public ButtonBase printButton() {
        return ScreenActions.button(this, "reportPrint");
    }

    @Override
    public ButtonBase refreshButton() {
        return ScreenActions.button(this, "reportRefresh");
    }

    /** The month list runs either way; the next month is the later one, when the list has it. */
    @Override
    public boolean shiftMonth(int months) {
        YearMonth current = model.monthProperty().get();
        if (current == null) {
            return false;
        }
        YearMonth wanted = current.plusMonths(months);
        if (!model.months().contains(wanted)) {
            return false;
        }
        model.monthProperty().set(wanted);
        return true;
    }
}
