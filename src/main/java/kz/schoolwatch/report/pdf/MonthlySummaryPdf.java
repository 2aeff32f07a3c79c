// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report.pdf;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

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
import kz.schoolwatch.report.chart.BarChartPainter;

/**
 * Writes a {@link SummaryDocument} as an A4 PDF with OpenPDF: DejaVu Sans embedded (Identity-H), so Cyrillic and
 * Kazakh letters print on any machine; the title and period at the top of every page; «Стр. N из M» and who made
 * the document at the bottom; table headers repeated after page breaks; charts as images; a signature block.
 */
public final class MonthlySummaryPdf {

    private static final float MARGIN_X = 50;
    private static final float MARGIN_TOP = 62;
    private static final float MARGIN_BOTTOM = 54;
    private static final float CHART_SCALE = 2f;
    /** The width every table takes: the page between the margins. */
    private static final float TABLE_WIDTH = PageSize.A4.getWidth() - 2 * MARGIN_X;
    private static final float CELL_PADDING_X = 4f;
    /** Rows added to the document at a time: a long table is flushed in parts to keep memory flat. */
    private static final int ROWS_PER_PART = 400;
    private static final Color HEADER_FILL = new Color(0xE4EAF2);
    private static final Color TOTAL_FILL = new Color(0xF1F1F1);
    /** The colour of table borders and of the rules under the header and over the footer. */
    static final Color RULE = new Color(0x9AA7B5);

    private final ReportFonts fonts;
    private final BarChartPainter charts;
    private final Messages messages;
    private BaseFont regularFont;
    private BaseFont boldFont;

    public MonthlySummaryPdf(ReportFonts fonts, Messages messages) {
        this.fonts = fonts;
        this.charts = new BarChartPainter(fonts);
        this.messages = messages;
    }

    /**
     * Writes {@code doc} to {@code out}; stops with {@code ExportCancelledException} when {@code progress} says so.
     * One document at a time: the shared fonts read their file while a document is closed.
     */
    public synchronized void write(SummaryDocument doc, OutputStream out, ExportProgress progress) throws IOException {
        BaseFont regular = regularFont();
        BaseFont bold = boldFont();
        Writer w = new Writer(doc, regular, bold, progress);
        Document document = new Document(PageSize.A4, MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageDecoration(doc, regular, bold, messages));
            // Keep charts where they belong instead of letting text flow ahead of an image that does not fit.
            writer.setStrictImageSequence(true);
            document.addTitle(doc.title() + " " + doc.period());
            document.addSubject(doc.scopeLine());
            document.addCreator("SchoolWatch");
            document.addAuthor(doc.organisation());
            document.open();
            w.content(document);
            document.close();
        } catch (DocumentException e) {
            throw new IOException("PDF could not be written", e);
        }
    }

    /**
     * Parsed once and kept: a BaseFont holds only the font file, while the glyphs a document uses are tracked by
     * its own PdfWriter, so documents written one after another can share it.
     */
    private synchronized BaseFont regularFont() throws IOException {
        if (regularFont == null) {
            regularFont = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, fonts.regularBytes(), null);
        }
        return regularFont;
    }

    private synchronized BaseFont boldFont() throws IOException {
        if (boldFont == null) {
            boldFont = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, fonts.boldBytes(), null);
        }
        return boldFont;
    }

    /** The document's body. */
    private final class Writer {
        private final SummaryDocument doc;
        private final Font body;
        private final Font small;
        private final Font cell;
        private final Font cellBold;
        private final Font heading;
        private final Font title;
        private final Font strong;
        private final ExportProgress progress;
        /** The numbers of the language the document is written in: «1 602», «1,602». */
        private final LocalFormats numbers;
        private final int totalUnits;
        private int doneUnits;

        Writer(SummaryDocument doc, BaseFont regular, BaseFont bold, ExportProgress progress) {
            this.doc = doc;
            this.body = new Font(regular, 10);
            this.small = new Font(regular, 8.5f, Font.NORMAL, new Color(0x555555));
            this.cell = new Font(regular, 8.5f);
            this.cellBold = new Font(bold, 8.5f);
            this.heading = new Font(bold, 11.5f);
            this.title = new Font(bold, 14);
            this.strong = new Font(bold, 10);
            this.progress = progress;
            this.numbers = LocalFormats.of(messages.language());
            int units = 1;
            for (Section s : doc.sections()) {
                for (Block b : s.blocks()) {
                    units += b instanceof Table t ? 1 + t.rows().size() / 50 : 1;
                }
            }
            this.totalUnits = units;
        }

        private void advance(int units) {
            progress.checkCancelled();
            doneUnits += units;
            progress.update(Math.min(1.0, (double) doneUnits / totalUnits));
        }

        void content(Document d) throws DocumentException, IOException {
            titleBlock(d);
            for (Section section : doc.sections()) {
                Paragraph h = new Paragraph(section.title(), heading);
                h.setSpacingBefore(12);
                h.setSpacingAfter(5);
                h.setKeepTogether(true);
                d.add(h);
                for (Block block : section.blocks()) {
                    if (block instanceof Table t) {
                        table(d, t);
                    } else if (block instanceof SummaryDocument.Chart c) {
                        chart(d, c);
                    } else if (block instanceof SummaryDocument.Note n) {
                        Paragraph p = new Paragraph(n.text(), small);
                        p.setSpacingAfter(6);
                        d.add(p);
                    }
                    advance(1);
                }
            }
            signature(d);
        }

        private void titleBlock(Document d) throws DocumentException {
            Paragraph org = new Paragraph(doc.organisation(), strong);
            org.setAlignment(Element.ALIGN_CENTER);
            d.add(org);
            Paragraph t = new Paragraph(doc.title(), title);
            t.setAlignment(Element.ALIGN_CENTER);
            t.setSpacingBefore(10);
            d.add(t);
            Paragraph p = new Paragraph(doc.period(), strong);
            p.setAlignment(Element.ALIGN_CENTER);
            d.add(p);
            Paragraph scope = new Paragraph(doc.scopeLine(), body);
            scope.setAlignment(Element.ALIGN_CENTER);
            scope.setSpacingBefore(6);
            d.add(scope);
            Paragraph asOf = new Paragraph(doc.asOfLine(), small);
            asOf.setAlignment(Element.ALIGN_CENTER);
            asOf.setSpacingAfter(6);
            d.add(asOf);
        }

        private void table(Document d, Table t) throws DocumentException {
            List<Column> columns = t.columns();
            float[] widths = new float[columns.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = columns.get(i).weight();
            }
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setSpacingBefore(2);
            table.setSpacingAfter(8);
            int headerRows = 1;
            if (t.caption() != null) {
                PdfPCell caption = new PdfPCell(new Phrase(t.caption(), strong));
                caption.setColspan(columns.size());
                caption.setBorder(Rectangle.NO_BORDER);
                caption.setPaddingBottom(4);
                caption.setPaddingLeft(0);
                table.addCell(caption);
                headerRows = 2;
            }
            float sum = 0;
            for (float w : widths) {
                sum += w;
            }
            for (Column c : columns) {
                float inside = TABLE_WIDTH * c.weight() / sum - 2 * CELL_PADDING_X;
                PdfPCell h = new PdfPCell(new Phrase(c.header(), HeaderFit.font(c.header(), cellBold, inside)));
                h.setBackgroundColor(HEADER_FILL);
                h.setHorizontalAlignment(c.kind() == ColumnKind.TEXT ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
                h.setVerticalAlignment(Element.ALIGN_MIDDLE);
                pad(h);
                table.addCell(h);
            }
            // Caption and column headers are repeated at the top of every page the table runs onto.
            table.setHeaderRows(headerRows);
            boolean large = t.rows().size() > ROWS_PER_PART;
            // A short table moves whole to the next page rather than leaving two rows behind.
            table.setKeepTogether(t.rows().size() <= 16);
            if (large) {
                table.setComplete(false);
            }
            for (int r = 0; r < t.rows().size(); r++) {
                boolean total = t.totalRow() && r == t.rows().size() - 1;
                List<Object> row = t.rows().get(r);
                for (int c = 0; c < columns.size(); c++) {
                    PdfPCell cellBox = new PdfPCell(new Phrase(format(row.get(c), columns.get(c).kind()), total ? cellBold : cell));
                    cellBox.setHorizontalAlignment(columns.get(c).kind() == ColumnKind.TEXT ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
                    if (total) {
                        cellBox.setBackgroundColor(TOTAL_FILL);
                    }
                    pad(cellBox);
                    table.addCell(cellBox);
                }
                if (large && (r + 1) % ROWS_PER_PART == 0) {
                    d.add(table);
                    advance(ROWS_PER_PART / 50);
                }
            }
            if (large) {
                table.setComplete(true);
            }
            d.add(table);
        }

        private void pad(PdfPCell c) {
            c.setPaddingTop(2.5f);
            c.setPaddingBottom(4f);
            c.setPaddingLeft(CELL_PADDING_X);
            c.setPaddingRight(CELL_PADDING_X);
            c.setBorderColor(RULE);
            c.setBorderWidth(0.5f);
        }

        private String format(Object value, ColumnKind kind) {
            if (value == null) {
                return "";
            }
            if (value instanceof Integer n) {
                if (kind == ColumnKind.CHANGE) {
                    return n > 0 ? "+" + count(n) : n < 0 ? "−" + count(-n) : "0";
                }
                return count(n);
            }
            return value.toString();
        }

        private String count(int n) {
            return numbers.count(n);
        }

        private void chart(Document d, SummaryDocument.Chart c) throws DocumentException, IOException {
            float width = PageSize.A4.getWidth() - 2 * MARGIN_X;
            BufferedImage png = charts.paint(c.data(), Math.round(width), CHART_SCALE);
            Image image = rgbImage(png);
            image.scaleAbsolute(png.getWidth() / CHART_SCALE, png.getHeight() / CHART_SCALE);
            image.setSpacingBefore(4);
            image.setSpacingAfter(8);
            d.add(image);
        }

        /**
         * The chart's pixels as a raw RGB image: the same image {@code Image.getInstance(awtImage, null)} makes of an
         * opaque picture, without its PixelGrabber, which copies the pixels through the AWT image producer one
         * by one (most of a chart's cost; the 200 districts' chart of the national data has 9 million pixels).
         */
        private Image rgbImage(BufferedImage png) throws DocumentException {
            int w = png.getWidth();
            int h = png.getHeight();
            byte[] rgb = new byte[w * h * 3];
            int[] line = new int[w];
            int i = 0;
            for (int y = 0; y < h; y++) {
                png.getRGB(0, y, w, 1, line, 0, w);
                for (int x = 0; x < w; x++) {
                    int p = line[x];
                    rgb[i++] = (byte) (p >> 16);
                    rgb[i++] = (byte) (p >> 8);
                    rgb[i++] = (byte) p;
                }
            }
            return Image.getInstance(w, h, 3, 8, rgb, null);
        }

        private void signature(Document d) throws DocumentException {
            PdfPTable sign = new PdfPTable(new float[] {3.2f, 2.2f, 1.8f});
            sign.setWidthPercentage(100);
            sign.setSpacingBefore(28);
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
            date.setPaddingTop(14);
            sign.addCell(date);
            d.add(sign);
        }
    }
}
