// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.ActDocument;
import kz.schoolwatch.report.ReportFonts;

/**
 * Writes an {@link ActDocument} as an A4 PDF with the same embedded DejaVu Sans as the monthly summary: the title,
 * the school and who checked, the findings (a failed one in red with the requirement it breaks, its photos small
 * under it), the orders issued, and the signature lines; the page number at the foot of every page.
 */
public final class InspectionActPdf {

    private static final float MARGIN = 50;
    private static final float TABLE_WIDTH = PageSize.A4.getWidth() - 2 * MARGIN;
    /** The height a photo's thumbnail is printed at, in points (about 2 cm). */
    private static final float THUMBNAIL_HEIGHT = 56;
    private static final Color HEADER_FILL = new Color(0xE4EAF2);
    private static final Color FAILED = new Color(0xB00020);

    private final ReportFonts fonts;
    private final Messages messages;

    public InspectionActPdf(ReportFonts fonts, Messages messages) {
        this.fonts = fonts;
        this.messages = messages;
    }

    public void write(ActDocument act, OutputStream out) throws IOException {
        BaseFont regular = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, fonts.regularBytes(), null);
        BaseFont bold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, fonts.boldBytes(), null);
        Font body = new Font(regular, 10);
        Font cell = new Font(regular, 8.5f);
        Font cellBold = new Font(bold, 8.5f);
        Font failed = new Font(bold, 8.5f, Font.NORMAL, FAILED);
        Font small = new Font(regular, 7.5f, Font.NORMAL, new Color(0x555555));
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, 54);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(regular));
            document.addTitle(act.title());
            document.addCreator("SchoolWatch");
            document.open();
            centred(document, act.organisation(), new Font(bold, 10), 0);
            centred(document, act.title(), new Font(bold, 14), 10);
            Paragraph lines = new Paragraph();
            lines.setSpacingBefore(10);
            lines.setSpacingAfter(8);
            for (String line : act.heading()) {
                lines.add(new Chunk(line + "\n", body));
            }
            document.add(lines);

            PdfPTable findings = table(act.findingColumns(), cellBold);
            for (ActDocument.Finding f : act.findings()) {
                findings.addCell(cell(new Phrase(f.number(), cell)));
                PdfPCell requirement = cell(new Phrase(f.requirement(), cell));
                if (f.breaks() != null) {
                    requirement.addElement(new Paragraph(f.requirement(), cell));
                    requirement.addElement(new Paragraph(f.breaks(), small));
                }
                findings.addCell(requirement);
                findings.addCell(cell(new Phrase(f.result(), f.failed() ? failed : cell)));
                PdfPCell note = cell(new Phrase(f.note(), cell));
                if (!f.thumbnails().isEmpty()) {
                    note.addElement(new Paragraph(f.note(), cell));
                    note.addElement(thumbnails(f.thumbnails()));
                }
                findings.addCell(note);
            }
            document.add(findings);

            Paragraph ordersTitle = new Paragraph(act.ordersTitle(), new Font(bold, 11));
            ordersTitle.setSpacingBefore(10);
            ordersTitle.setSpacingAfter(4);
            document.add(ordersTitle);
            if (act.orders().isEmpty()) {
                document.add(new Paragraph(act.noOrders(), body));
            } else {
                PdfPTable orders = table(act.orderColumns(), cellBold);
                for (List<String> row : act.orders()) {
                    row.forEach(text -> orders.addCell(cell(new Phrase(text, cell))));
                }
                document.add(orders);
            }
            if (act.remarks() != null) {
                Paragraph remarks = new Paragraph(act.remarks(), body);
                remarks.setSpacingBefore(8);
                document.add(remarks);
            }
            signatures(document, act, body);
            document.close();
        } catch (DocumentException e) {
            throw new IOException("PDF could not be written", e);
        }
    }

    private static void centred(Document d, String text, Font font, float before) throws DocumentException {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(before);
        d.add(p);
    }

    private static PdfPTable table(List<ActDocument.Column> columns, Font headerFont) throws DocumentException {
        float[] widths = new float[columns.size()];
        float sum = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).weight();
            sum += widths[i];
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        table.setSpacingAfter(6);
        for (ActDocument.Column c : columns) {
            float inside = TABLE_WIDTH * c.weight() / sum - 8;
            PdfPCell h = cell(new Phrase(c.header(), HeaderFit.font(c.header(), headerFont, inside)));
            h.setBackgroundColor(HEADER_FILL);
            table.addCell(h);
        }
        table.setHeaderRows(1);
        return table;
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell c = new PdfPCell(phrase);
        c.setPaddingTop(2.5f);
        c.setPaddingBottom(4f);
        c.setPaddingLeft(4f);
        c.setPaddingRight(4f);
        c.setBorderColor(MonthlySummaryPdf.RULE);
        c.setBorderWidth(0.5f);
        return c;
    }

    /** The photos' small JPEGs side by side; one that cannot be read is left out rather than failing the act. */
    private static PdfPTable thumbnails(List<byte[]> jpegs) {
        PdfPTable row = new PdfPTable(3);
        row.setWidthPercentage(100);
        row.setSpacingBefore(4);
        row.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        row.getDefaultCell().setPadding(1);
        for (byte[] jpeg : jpegs) {
            try {
                Image image = Image.getInstance(jpeg);
                image.scaleToFit(THUMBNAIL_HEIGHT * 1.5f, THUMBNAIL_HEIGHT);
                row.addCell(image);
            } catch (IOException | RuntimeException e) {
                row.addCell("");  // not an image OpenPDF reads: the act prints without it
            }
        }
        row.completeRow();
        return row;
    }

    private static void signatures(Document d, ActDocument act, Font body) throws DocumentException {
        PdfPTable sign = new PdfPTable(new float[] {4.2f, 2.4f});
        sign.setWidthPercentage(100);
        sign.setSpacingBefore(24);
        sign.setKeepTogether(true);
        for (String caption : act.signatures()) {
            PdfPCell who = new PdfPCell(new Phrase(caption, body));
            who.setBorder(Rectangle.NO_BORDER);
            who.setPaddingTop(16);
            PdfPCell line = new PdfPCell(new Phrase(" ", body));
            line.setBorder(Rectangle.BOTTOM);
            line.setBorderWidthBottom(0.6f);
            sign.addCell(who);
            sign.addCell(line);
        }
        PdfPCell date = new PdfPCell(new Phrase(act.signatureDateLine(), body));
        date.setColspan(2);
        date.setBorder(Rectangle.NO_BORDER);
        date.setPaddingTop(14);
        sign.addCell(date);
        d.add(sign);
    }

    /** «Стр. N» at the foot of each page. */
    private final class Footer extends PdfPageEventHelper {
        private final BaseFont regular;

        Footer(BaseFont regular) {
            this.regular = regular;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            String page = messages.get("act.page", writer.getPageNumber());
            cb.beginText();
            cb.setFontAndSize(regular, 8);
            cb.setTextMatrix(document.right() - regular.getWidthPoint(page, 8), 29);
            cb.showText(page);
            cb.endText();
        }
    }
}
