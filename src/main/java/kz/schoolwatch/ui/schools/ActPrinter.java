// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.util.List;

import javafx.geometry.Insets;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import kz.schoolwatch.report.ActDocument;

/**
 * Prints an act through javafx.print the way the monthly summary is printed: the act laid out as a page-wide node,
 * scaled to the printable width and sent one page-high slice at a time. The texts are the PDF's ({@link ActDocument}).
 */
final class ActPrinter {

    private static final double LAYOUT_WIDTH = 760;

    private ActPrinter() {
    }

    static boolean print(PrinterJob job, ActDocument act) {
        PageLayout layout = job.getJobSettings().getPageLayout();
        VBox content = render(act);
        Group root = new Group(content);
        new Scene(root);
        root.applyCss();
        root.layout();
        double scale = layout.getPrintableWidth() / LAYOUT_WIDTH;
        double pageHeight = layout.getPrintableHeight();
        double height = content.getLayoutBounds().getHeight();
        content.getTransforms().setAll(new Scale(scale, scale));
        int pages = Math.max(1, (int) Math.ceil(height * scale / pageHeight));
        for (int p = 0; p < pages; p++) {
            content.setTranslateY(-p * pageHeight);
            content.setClip(new Rectangle(0, p * pageHeight / scale, LAYOUT_WIDTH, pageHeight / scale));
            if (!job.printPage(root)) {
                job.cancelJob();
                return false;
            }
        }
        return job.endJob();
    }

    static VBox render(ActDocument act) {
        VBox page = new VBox(6);
        page.setPadding(new Insets(10));
        page.setPrefWidth(LAYOUT_WIDTH);
        page.getChildren().add(bold(act.organisation(), 13));
        page.getChildren().add(bold(act.title(), 17));
        act.heading().forEach(line -> page.getChildren().add(new Label(line)));
        GridPane findings = table(act.findingColumns().stream().map(ActDocument.Column::header).toList());
        int row = 1;
        for (ActDocument.Finding f : act.findings()) {
            String requirement = f.breaks() == null ? f.requirement() : f.requirement() + "\n" + f.breaks();
            addRow(findings, row++, List.of(f.number(), requirement, f.result(), f.note()));
        }
        page.getChildren().addAll(findings, bold(act.ordersTitle(), 13));
        if (act.orders().isEmpty()) {
            page.getChildren().add(new Label(act.noOrders()));
        } else {
            GridPane orders = table(act.orderColumns().stream().map(ActDocument.Column::header).toList());
            row = 1;
            for (List<String> o : act.orders()) {
                addRow(orders, row++, o);
            }
            page.getChildren().add(orders);
        }
        if (act.remarks() != null) {
            page.getChildren().add(new Label(act.remarks()));
        }
        for (String s : act.signatures()) {
            Label sign = new Label(s + "   ______________________");
            sign.setPadding(new Insets(18, 0, 0, 0));
            page.getChildren().add(sign);
        }
        page.getChildren().add(new Label(act.signatureDateLine()));
        return page;
    }

    private static Label bold(String text, double size) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold; -fx-font-size: " + size + "px;");
        l.setWrapText(true);
        return l;
    }

    private static GridPane table(List<String> headers) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        double[] widths = headers.size() == 4 && headers.get(0).length() <= 3 ? new double[] {30, 300, 140, 250}
                : new double[] {180, 280, 90, 170};
        for (int i = 0; i < headers.size(); i++) {
            ColumnConstraints c = new ColumnConstraints(widths[i]);
            grid.getColumnConstraints().add(c);
            grid.add(bold(headers.get(i), 12), i, 0);
        }
        return grid;
    }

    private static void addRow(GridPane grid, int row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            Label l = new Label(cells.get(i));
            l.setWrapText(true);
            grid.add(l, i, row);
        }
    }
}
