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

/** Header (title, period, scope) and footer (who made it, «Стр. N из M») on every page. */
final class PageDecoration extends PdfPageEventHelper {

    /** Points kept free between the running title and the scope. */
    private static final float GAP = 12;

    private final SummaryDocument doc;
    private final BaseFont regular;
    private final BaseFont bold;
    private final Messages messages;
    private PdfTemplate totalPages;

    PageDecoration(SummaryDocument doc, BaseFont regular, BaseFont bold, Messages messages) {
        this.doc = doc;
        this.regular = regular;
        this.bold = bold;
        this.messages = messages;
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
        float top = document.getPageSize().getHeight() - 34;

        String heading = doc.title() + " " + doc.period();
        String scope = doc.scopeLine();
        // Title on the left, scope on the right; smaller when the two would meet (Kazakh titles are longer).
        float wanted = bold.getWidthPoint(heading, 8) + GAP + regular.getWidthPoint(scope, 8);
        float size = wanted <= right - left ? 8 : Math.max(HeaderFit.SMALLEST, 8 * (right - left) / wanted);
        cb.beginText();
        cb.setFontAndSize(bold, size);
        cb.setTextMatrix(left, top);
        cb.showText(heading);
        cb.setFontAndSize(regular, size);
        cb.setTextMatrix(right - regular.getWidthPoint(scope, size), top);
        cb.showText(scope);
        cb.endText();
        cb.setLineWidth(0.5f);
        cb.setColorStroke(MonthlySummaryPdf.RULE);
        cb.moveTo(left, top - 5);
        cb.lineTo(right, top - 5);
        cb.moveTo(left, 40);
        cb.lineTo(right, 40);
        cb.stroke();

        String page = messages.get("report.page", writer.getPageNumber(), "");
        // The page number as wide as it reads with a two-digit total; «who made it» smaller when the two would meet.
        float pageX = right - regular.getWidthPoint(page + "99", 8);
        String prepared = doc.preparedLine();
        float preparedWidth = regular.getWidthPoint(prepared, 8);
        float room = pageX - GAP - left;
        float preparedSize = preparedWidth <= room ? 8 : Math.max(HeaderFit.SMALLEST, 8 * room / preparedWidth);
        cb.beginText();
        cb.setFontAndSize(regular, preparedSize);
        cb.setTextMatrix(left, 29);
        cb.showText(prepared);
        cb.setFontAndSize(regular, 8);
        cb.setTextMatrix(pageX, 29);
        cb.showText(page);
        cb.endText();
        cb.addTemplate(totalPages, pageX + regular.getWidthPoint(page, 8), 29);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        totalPages.beginText();
        totalPages.setFontAndSize(regular, 8);
        totalPages.setTextMatrix(0, 0);
        totalPages.showText(Integer.toString(writer.getPageNumber() - 1));
        totalPages.endText();
    }
}
