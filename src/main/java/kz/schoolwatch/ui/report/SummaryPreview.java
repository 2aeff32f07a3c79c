// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.report;

import java.awt.image.BufferedImage;
import java.util.List;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import kz.schoolwatch.i18n.LocalFormats;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.SummaryDocument;
import kz.schoolwatch.report.SummaryDocument.Block;
import kz.schoolwatch.report.SummaryDocument.Column;
import kz.schoolwatch.report.SummaryDocument.ColumnKind;
import kz.schoolwatch.report.SummaryDocument.Section;
import kz.schoolwatch.report.SummaryDocument.Table;
import kz.schoolwatch.report.chart.BarChartPainter;

/**
 * Draws a {@link SummaryDocument} as a page-like JavaFX node: the same headings, tables and chart images as the
 * PDF. Tables are grids (not virtualised TableViews) so that printing shows every row; a table longer than
 * {@link #MAX_ROWS} shows its first rows and says how many more the PDF and Excel files hold.
 */
public final class SummaryPreview {

    /** Rows drawn per table on screen; the files always hold every row. */
    public static final int MAX_ROWS = 300;

    private final Messages messages;
    private final BarChartPainter charts;

    public SummaryPreview(Messages messages, BarChartPainter charts) {
        this.messages = messages;
        this.charts = charts;
    }

    /** A new node showing {@code doc}, {@code width} pixels wide. */
    public VBox render(SummaryDocument doc, double width) {
        VBox page = new VBox(6);
        page.getStyleClass().add("report-page");
        page.setPadding(new Insets(28, 36, 36, 36));
        page.setPrefWidth(width);
        page.setMaxWidth(width);
        page.getChildren().addAll(
                centred(doc.organisation(), "report-org"),
                centred(doc.title(), "report-title"),
                centred(doc.period(), "report-period"),
                centred(doc.scopeLine(), "report-scope"),
                centred(doc.asOfLine(), "report-note"));
        for (Section section : doc.sections()) {
            Label title = new Label(section.title());
            title.getStyleClass().add("report-section");
            title.setId("reportSection-" + section.id());
            page.getChildren().add(title);
            for (Block block : section.blocks()) {
                if (block instanceof Table t) {
                    page.getChildren().add(table(t));
                } else if (block instanceof SummaryDocument.Chart c) {
                    BufferedImage image = charts.paint(c.data(), (int) Math.min(620, width - 80), 2f);
                    ImageView view = new ImageView(SwingFXUtils.toFXImage(image, null));
                    view.setFitWidth(image.getWidth() / 2.0);
                    view.setPreserveRatio(true);
                    view.setSmooth(true);
                    page.getChildren().add(view);
                } else if (block instanceof SummaryDocument.Note n) {
                    Label note = new Label(n.text());
                    note.getStyleClass().add("report-note");
                    note.setWrapText(true);
                    page.getChildren().add(note);
                }
            }
        }
        page.getChildren().add(signature(doc));
        Label prepared = new Label(doc.preparedLine());
        prepared.getStyleClass().add("report-note");
        prepared.setId("reportPrepared");
        page.getChildren().add(prepared);
        return page;
    }

    private static Label centred(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setAlignment(Pos.CENTER);
        label.setWrapText(true);
        return label;
    }

    private VBox table(Table t) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("report-table");
        grid.setId("reportTable-" + t.id());
        List<Column> columns = t.columns();
        float weights = 0;
        for (Column c : columns) {
            weights += c.weight();
        }
        for (Column c : columns) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 * c.weight() / weights);
            cc.setHalignment(c.kind() == ColumnKind.TEXT ? HPos.LEFT : HPos.RIGHT);
            grid.getColumnConstraints().add(cc);
        }
        for (int c = 0; c < columns.size(); c++) {
            grid.add(cell(columns.get(c).header(), "report-th", columns.get(c).kind()), c, 0);
        }
        int shown = Math.min(t.rows().size(), MAX_ROWS);
        for (int r = 0; r < shown; r++) {
            boolean total = t.totalRow() && r == t.rows().size() - 1;
            List<Object> row = t.rows().get(r);
            for (int c = 0; c < columns.size(); c++) {
                grid.add(cell(format(row.get(c), columns.get(c).kind()), total ? "report-total" : "report-td", columns.get(c).kind()), c, r + 1);
            }
        }
        VBox box = new VBox(3);
        if (t.caption() != null) {
            Label caption = new Label(t.caption());
            caption.getStyleClass().add("report-caption");
            box.getChildren().add(caption);
        }
        box.getChildren().add(grid);
        if (shown < t.rows().size()) {
            Label more = new Label(messages.get("report.screen.moreRows", t.rows().size() - shown));
            more.getStyleClass().add("report-note");
            box.getChildren().add(more);
        }
        return box;
    }

    private static Label cell(String text, String style, ColumnKind kind) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMaxHeight(Double.MAX_VALUE);
        label.setWrapText(true);
        label.setAlignment(kind == ColumnKind.TEXT ? Pos.CENTER_LEFT : Pos.CENTER_RIGHT);
        label.setTextAlignment(kind == ColumnKind.TEXT ? TextAlignment.LEFT : TextAlignment.RIGHT);
        GridPane.setFillWidth(label, true);
        GridPane.setFillHeight(label, true);
        return label;
    }

    private String format(Object value, ColumnKind kind) {
        LocalFormats numbers = LocalFormats.of(messages.language());
        if (value == null) {
            return "";
        }
        if (value instanceof Integer n) {
            if (kind == ColumnKind.CHANGE) {
                return n > 0 ? "+" + numbers.count(n) : n < 0 ? "−" + numbers.count(-n) : "0";
            }
            return numbers.count(n);
        }
        return value.toString();
    }

    /** Rank, a line to sign on and the name, and the date line under them, as the PDF prints them. */
    private VBox signature(SummaryDocument doc) {
        Label rank = new Label(doc.signatureRank());
        Region line = new Region();
        line.getStyleClass().add("report-signature-line");
        line.setPrefWidth(160);
        line.setMinHeight(1);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label name = new Label(doc.signatureName());
        name.setId("reportSignatureName");
        HBox box = new HBox(16, rank, spacer, line, name);
        box.setAlignment(Pos.BOTTOM_LEFT);
        Label date = new Label(doc.signatureDateLine());
        date.setId("reportSignatureDate");
        VBox block = new VBox(14, box, date);
        block.setPadding(new Insets(24, 0, 8, 0));
        return block;
    }
}
