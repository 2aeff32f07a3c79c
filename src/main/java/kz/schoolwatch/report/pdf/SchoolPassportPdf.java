// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import kz.schoolwatch.i18n.LocalFormats;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.ExportProgress;
import kz.schoolwatch.report.ReportFonts;
import kz.schoolwatch.report.SummaryDocument;
import kz.schoolwatch.report.SummaryDocument.Block;
import kz.schoolwatch.report.SummaryDocument.Column;
import kz.schoolwatch.report.SummaryDocument.ColumnKind;
import kz.schoolwatch.report.SummaryDocument.Section;
import kz.schoolwatch.report.SummaryDocument.Table;
import kz.schoolwatch.report.passport.PassportCover;

/**
 * Writes schools' security passports as an A4 PDF with OpenPDF, DejaVu Sans embedded so Cyrillic and Kazakh
 * letters print anywhere. Denser than the monthly summary (smaller type, label–value grids) so a school fits one
 * or two pages; a district's file has a cover page and starts each school on a new page.
 */
public final class SchoolPassportPdf {

    private static final float MARGIN_X = 40;
    private static final float MARGIN_TOP = 46;
    private static final float MARGIN_BOTTOM = 46;
    private static final float TABLE_WIDTH = PageSize.A4.getWidth() - 2 * MARGIN_X;
    private static final float PAD_X = 3f;
    private static final Color HEADER_FILL = new Color(0xE4EAF2);
    private static final Color LABEL_FILL = new Color(0xF4F6F9);
    private static final Color TOTAL_FILL = new Color(0xF1F1F1);

    private final ReportFonts fonts;
    private final Messages messages;
    private BaseFont regularFont;
    private BaseFont boldFont;

    public SchoolPassportPdf(ReportFonts fonts, Messages messages) {
        this.fonts = fonts;
        this.messages = messages;
    }

    /**
     * Writes {@code passports} to {@code out}, after a cover page when {@code cover} is not null; stops with
     * {@code ExportCancelledException} when {@code progress} says so.
     */
    public synchronized void write(List<SummaryDocument> passports, PassportCover cover, OutputStream out, ExportProgress progress)
            throws IOException {
        BaseFont regular = font("DejaVuSans.ttf", false);
        BaseFont bold = font("DejaVuSans-Bold.ttf", true);
        Document document = new Document(PageSize.A4, MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            PassportDecoration decoration = new PassportDecoration(regular, bold, messages);
            writer.setPageEvent(decoration);
            Writer w = new Writer(writer, regular, bold);
            document.addCreator("SchoolWatch");
            if (cover != null) {
                document.addTitle(cover.title());
                decoration.show(null, cover.preparedLine());
                document.open();
                w.cover(document, cover);
            } else if (!passports.isEmpty()) {
                document.addTitle(passports.get(0).title() + " " + passports.get(0).period());
                decoration.show(passports.get(0), passports.get(0).preparedLine());
                document.open();
            } else {
                document.open();
            }
            for (int i = 0; i < passports.size(); i++) {
                progress.checkCancelled();
                SummaryDocument doc = passports.get(i);
                if (cover != null || i > 0) {
                    // The page's header is drawn as the page ends: the page before ends in newPage(), under its own school.
                    document.newPage();
                    decoration.show(doc, doc.preparedLine());
                }
                w.passport(document, doc);
                progress.update((i + 1.0) / passports.size());
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("PDF could not be written", e);
        }
    }

    /** Parsed once and kept, as the monthly summary does: a BaseFont holds only the font file. */
    private synchronized BaseFont font(String name, boolean isBold) throws IOException {
        if (isBold) {
            if (boldFont == null) {
                boldFont = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, fonts.boldBytes(), null);
            }
            return boldFont;
        }
        if (regularFont == null) {
            regularFont = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, fonts.regularBytes(), null);
        }
        return regularFont;
    }

    private final class Writer {
        private final Font body;
        private final Font note;
        private final Font cell;
        private final Font cellBold;
        private final Font headerFont;
        private final Font heading;
        private final Font title;
        private final Font strong;
        private final LocalFormats numbers = LocalFormats.of(messages.language());
        private final PdfWriter writer;

        Writer(PdfWriter writer, BaseFont regular, BaseFont bold) {
            this.writer = writer;
            this.body = new Font(regular, 9);
            this.note = new Font(regular, 8, Font.NORMAL, new Color(0x333333));
            this.cell = new Font(regular, 7.5f);
            this.cellBold = new Font(bold, 7.5f);
            this.headerFont = new Font(bold, 7f);
            this.heading = new Font(bold, 9.5f);
            this.title = new Font(bold, 13);
            this.strong = new Font(bold, 9);
        }

        void cover(Document d, PassportCover cover) throws DocumentException {
            Paragraph org = centred(cover.organisation(), strong);
            org.setSpacingBefore(160);
            d.add(org);
            Paragraph t = centred(cover.title(), new Font(title.getBaseFont(), 18));
            t.setSpacingBefore(30);
            t.setSpacingAfter(20);
            d.add(t);
            for (String line : cover.lines()) {
                Paragraph p = centred(line, new Font(body.getBaseFont(), 12));
                p.setSpacingBefore(6);
                d.add(p);
            }
        }

        void passport(Document d, SummaryDocument doc) throws DocumentException {
            d.add(centred(doc.organisation(), strong));
            Paragraph t = centred(doc.title(), title);
            t.setSpacingBefore(4);
            d.add(t);
            d.add(centred(doc.period(), strong));
            Paragraph asOf = centred(doc.scopeLine() + " · " + doc.asOfLine(), note);
            asOf.setSpacingAfter(2);
            d.add(asOf);
            for (Section section : doc.sections()) {
                List<Block> blocks = section.blocks();
                boolean tableFirst = !blocks.isEmpty() && blocks.get(0) instanceof Table;
                if (!tableFirst) {
                    // A heading and its line of text move to the next page together rather than part there.
                    if (writer.getVerticalPosition(true) - d.bottom() < 48) {
                        d.newPage();
                    }
                    Paragraph h = new Paragraph(section.title(), heading);
                    h.setSpacingBefore(6);
                    h.setSpacingAfter(3);
                    d.add(h);
                }
                for (int i = 0; i < blocks.size(); i++) {
                    if (blocks.get(i) instanceof Table table) {
                        d.add(table(table, i == 0 ? section.title() : null));
                    } else if (blocks.get(i) instanceof SummaryDocument.Note n) {
                        Paragraph p = new Paragraph(n.text(), note);
                        p.setSpacingAfter(3);
                        d.add(p);
                    }
                }
            }
            signature(d, doc);
        }

        private Paragraph centred(String text, Font font) {
            Paragraph p = new Paragraph(text, font);
            p.setAlignment(Element.ALIGN_CENTER);
            return p;
        }

        /** A table; with {@code caption} (the section's heading) as its first row, so the two never part. */
        private PdfPTable table(Table t, String caption) {
            List<Column> columns = t.columns();
            float[] widths = new float[columns.size()];
            float sum = 0;
            for (int i = 0; i < widths.length; i++) {
                widths[i] = columns.get(i).weight();
                sum += widths[i];
            }
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setSpacingBefore(1);
            table.setSpacingAfter(3);
            boolean grid = columns.stream().allMatch(c -> c.header().isBlank());
            int headerRows = 0;
            if (caption != null) {
                PdfPCell c = new PdfPCell(new Phrase(caption, heading));
                c.setColspan(columns.size());
                c.setBorder(Rectangle.NO_BORDER);
                c.setPaddingTop(6);
                c.setPaddingBottom(4);
                c.setPaddingLeft(0);
                table.addCell(c);
                headerRows++;
            }
            if (!grid) {
                for (Column c : columns) {
                    float inside = TABLE_WIDTH * c.weight() / sum - 2 * PAD_X;
                    PdfPCell h = new PdfPCell(new Phrase(c.header(), HeaderFit.font(c.header(), headerFont, inside)));
                    h.setBackgroundColor(HEADER_FILL);
                    h.setHorizontalAlignment(c.kind() == ColumnKind.TEXT ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
                    h.setVerticalAlignment(Element.ALIGN_MIDDLE);
                    pad(h);
                    table.addCell(h);
                }
                headerRows++;
            }
            // The caption and the column headers repeat on a page the table runs onto.
            table.setHeaderRows(headerRows);
            table.setKeepTogether(t.rows().size() <= 20);
            for (int r = 0; r < t.rows().size(); r++) {
                boolean total = t.totalRow() && r == t.rows().size() - 1;
                List<Object> row = t.rows().get(r);
                for (int c = 0; c < columns.size(); c++) {
                    boolean label = grid && c % 2 == 0;
                    PdfPCell box = new PdfPCell(new Phrase(format(row.get(c)), total || label ? cellBold : cell));
                    box.setHorizontalAlignment(columns.get(c).kind() == ColumnKind.TEXT ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
                    if (total) {
                        box.setBackgroundColor(TOTAL_FILL);
                    } else if (label) {
                        box.setBackgroundColor(LABEL_FILL);
                    }
                    pad(box);
                    table.addCell(box);
                }
            }
            return table;
        }

        private void pad(PdfPCell c) {
            c.setPaddingTop(1.5f);
            c.setPaddingBottom(3f);
            c.setPaddingLeft(PAD_X);
            c.setPaddingRight(PAD_X);
            c.setBorderColor(MonthlySummaryPdf.RULE);
            c.setBorderWidth(0.5f);
        }

        private String format(Object value) {
            if (value == null) {
                return "";
            }
            return value instanceof Integer n ? numbers.count(n) : value.toString();
        }

        private void signature(Document d, SummaryDocument doc) throws DocumentException {
            if (doc.signatureName() == null || doc.signatureName().isBlank()) {
                return;
            }
            PdfPTable sign = new PdfPTable(new float[] {3.2f, 2.2f, 1.8f});
            sign.setWidthPercentage(100);
            sign.setSpacingBefore(14);
            sign.setKeepTogether(true);
            PdfPCell rank = new PdfPCell(new Phrase(doc.signatureRank(), body));
            PdfPCell line = new PdfPCell(new Phrase(" ", body));
            line.setBorder(Rectangle.BOTTOM);
            line.setBorderWidthBottom(0.6f);
            PdfPCell name = new PdfPCell(new Phrase(doc.signatureName(), body));
            name.setHorizontalAlignment(Element.ALIGN_RIGHT);
            rank.setBorder(Rectangle.NO_BORDER);
            name.setBorder(Rectangle.NO_BORDER);
            for (PdfPCell c : new PdfPCell[] {rank, line, name}) {
                c.setVerticalAlignment(Element.ALIGN_BOTTOM);
                c.setPaddingBottom(3);
                sign.addCell(c);
            }
            PdfPCell date = new PdfPCell(new Phrase(doc.signatureDateLine(), body));
            date.setColspan(3);
            date.setBorder(Rectangle.NO_BORDER);
            date.setPaddingTop(8);
            sign.addCell(date);
            d.add(sign);
        }
    }
}
