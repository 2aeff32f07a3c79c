// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The monthly summary laid out as a document, with every text in the user's language: headings, tables and
 * charts in reading order. The PDF, the Excel file and the on-screen preview all draw this one structure, so
 * they cannot disagree on a figure or a caption.
 *
 * @param organisation  «Департамент полиции г. Алматы»
 * @param title         the document's title
 * @param period        «за октябрь 2026 г.»
 * @param scopeLine     whose figures: «Охват: г. Алматы»
 * @param asOfLine      the day the figures are taken on
 * @param sections      the numbered sections
 * @param signatureRank «майор полиции»
 * @param signatureName «Т. Исин»
 * @param preparedLine  who made the document and when
 * @param signatureDateLine the line under the signature for the day it is signed, ««____» ______ 20___ г.»
 */
public record SummaryDocument(String organisation, String title, String period, String scopeLine, String asOfLine,
                              List<Section> sections, String signatureRank, String signatureName, String preparedLine,
                              String signatureDateLine) {

    /** A numbered part of the summary. */
    public record Section(String id, String title, List<Block> blocks) {
    }

    /** Something a section shows. */
    public sealed interface Block permits Table, Chart, Note {
    }

    /** How a column's values are drawn: text left, numbers right, changes right with a sign. */
    public enum ColumnKind { TEXT, NUMBER, CHANGE }

    /** A table column. {@code weight} is its share of the width. */
    public record Column(String header, float weight, ColumnKind kind) {
    }

    /**
     * A table. Cells are {@link String}, {@link Integer}, {@link Percent}, {@link Day} or null; the last row is a
     * total when {@code totalRow}.
     *
     * @param id the table's stable name (tests and the Excel sheet use it)
     */
    public record Table(String id, String caption, List<Column> columns, List<List<Object>> rows, boolean totalRow) implements Block {
    }

    /**
     * A share as a number (0.946 for 94.6 %) with its text as printed: the spreadsheet stores the number with a
     * percent format, so it can be compared and summed; the PDF and the preview print {@link #toString()}.
     */
    public record Percent(double fraction, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** A day with its text as printed; the spreadsheet stores it as a date, the PDF prints the text. */
    public record Day(LocalDate date, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** A bar chart; drawn as an image in the PDF and the preview. */
    public record Chart(BarChartData data) implements Block {
    }

    /** A line of text, e.g. «Правонарушений не зарегистрировано». */
    public record Note(String text) implements Block {
    }
}
