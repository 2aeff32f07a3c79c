// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.report;

import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import kz.schoolwatch.report.SummaryDocument;

/**
 * Prints the summary through javafx.print: a fresh preview node, scaled to the printable width, is printed one
 * page-high slice at a time (moved up and clipped for each page).
 */
public final class SummaryPrinter {

    /** Layout width of the printed page in pixels before scaling: about an A4 page at 96 dpi. */
    private static final double LAYOUT_WIDTH = 760;

    private final SummaryPreview preview;

    public SummaryPrinter(SummaryPreview preview) {
        this.preview = preview;
    }

    /** Prints {@code doc} with {@code job} (already set up by the print dialog); true when every page was sent. */
    public boolean print(PrinterJob job, SummaryDocument doc, String stylesheet) {
        PageLayout layout = job.getJobSettings().getPageLayout();
        double pageWidth = layout.getPrintableWidth();
        double pageHeight = layout.getPrintableHeight();
        VBox content = preview.render(doc, LAYOUT_WIDTH);
        Group root = new Group(content);
        Scene scene = new Scene(root);
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        root.applyCss();
        root.layout();
        double scale = pageWidth / LAYOUT_WIDTH;
        double height = content.getLayoutBounds().getHeight();
        content.getTransforms().setAll(new Scale(scale, scale));
        int pages = (int) Math.ceil(height * scale / pageHeight);
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
}
