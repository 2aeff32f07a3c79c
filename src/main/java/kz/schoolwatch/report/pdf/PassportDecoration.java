// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.SummaryDocument;

/**
 * The running header (title and school on the left, district on the right) and footer (who made it, «Стр. N из M»)
 * of a passport file. One file may hold many schools' passports: the header follows the school being written, and
 * the cover page has only the footer.
 */
final class PassportDecoration extends PdfPageEventHelper {

    private static final float GAP = 12;
    private static final float SIZE = 7.5f;

    private final BaseFont regular;
    private final BaseFont bold;
    private final Messages messages;
    private PdfTemplate totalPages;
    /** The passport on the page being written; null on the cover. */
    private SummaryDocument current;
    private String preparedLine = "";

    PassportDecoration(BaseFont regular, BaseFont bold, Messages messages) {
        this.regular = regular;
        this.bold = bold;
        this.messages = messages;
    }

    /** The passport the next pages belong to (null for the cover), and the footer's «who made it». */
    void show(SummaryDocument doc, String prepared) {
        this.current = doc;
        this.preparedLine = prepared;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        totalPages = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        float top = document.getPageSize().getHeight() - 30;
        cb.setLineWidth(0.5f);
        cb.setColorStroke(MonthlySummaryPdf.RULE);
        if (current != null) {
            String heading = current.title() + ": " + current.period();
            String scope = current.scopeLine();
            float wanted = bold.getWidthPoint(heading, SIZE) + GAP + regular.getWidthPoint(scope, SIZE);
            float size = wanted <= right - left ? SIZE : Math.max(HeaderFit.SMALLEST, SIZE * (right - left) / wanted);
            cb.beginText();
            cb.setFontAndSize(bold, size);
            cb.setTextMatrix(left, top);
            cb.showText(heading);
            cb.setFontAndSize(regular, size);
            cb.setTextMatrix(right - regular.getWidthPoint(scope, size), top);
            cb.showText(scope);
            cb.endText();
            cb.moveTo(left, top - 5);
            cb.lineTo(right, top - 5);
        }
        cb.moveTo(left, 36);
        cb.lineTo(right, 36);
        cb.stroke();

        String page = messages.get("report.page", writer.getPageNumber(), "");
        float pageX = right - regular.getWidthPoint(page + "999", SIZE);
        float room = pageX - GAP - left;
        float preparedWidth = regular.getWidthPoint(preparedLine, SIZE);
        float preparedSize = preparedWidth <= room ? SIZE : Math.max(HeaderFit.SMALLEST, SIZE * room / preparedWidth);
        cb.beginText();
        cb.setFontAndSize(regular, preparedSize);
        cb.setTextMatrix(left, 26);
        cb.showText(preparedLine);
        cb.setFontAndSize(regular, SIZE);
        cb.setTextMatrix(pageX, 26);
        cb.showText(page);
        cb.endText();
        cb.addTemplate(totalPages, pageX + regular.getWidthPoint(page, SIZE), 26);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        totalPages.beginText();
        totalPages.setFontAndSize(regular, SIZE);
        totalPages.setTextMatrix(0, 0);
        totalPages.showText(Integer.toString(writer.getPageNumber() - 1));
        totalPages.endText();
    }
}
