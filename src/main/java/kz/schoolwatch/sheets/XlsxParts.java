// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.dhatim.fastexcel.reader.CellRangeAddress;

/**
 * What fastexcel's reader does not tell: where each sheet's XML lives in the zip, the rows its {@code <dimension>}
 * announces and its {@code <mergeCells>}. Read with StAX straight from the zip.
 */
final class XlsxParts {

    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final XMLInputFactory XML = newFactory();

    private final ZipFile zip;
    /** Sheet name → its part, e.g. "xl/worksheets/sheet2.xml", in the workbook's order. */
    private final Map<String, String> parts;

    private XlsxParts(ZipFile zip, Map<String, String> parts) {
        this.zip = zip;
        this.parts = parts;
    }

    /** Null when the zip holds no workbook (a Word file, an .ods). */
    static XlsxParts read(ZipFile zip) throws IOException {
        ZipEntry workbook = zip.getEntry("xl/workbook.xml");
        ZipEntry rels = zip.getEntry("xl/_rels/workbook.xml.rels");
        if (workbook == null || rels == null) {
            return null;
        }
        try {
            Map<String, String> targets = relationshipTargets(zip, rels);
            Map<String, String> parts = new LinkedHashMap<>();
            try (InputStream in = zip.getInputStream(workbook)) {
                XMLStreamReader x = XML.createXMLStreamReader(in);
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(x.getLocalName())) {
                        String target = targets.get(x.getAttributeValue(REL_NS, "id"));
                        parts.put(x.getAttributeValue(null, "name"), target == null ? null : partPath(target));
                    }
                }
            }
            return new XlsxParts(zip, parts);
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static Map<String, String> relationshipTargets(ZipFile zip, ZipEntry rels) throws IOException, XMLStreamException {
        Map<String, String> targets = new HashMap<>();
        try (InputStream in = zip.getInputStream(rels)) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(x.getLocalName())) {
                    targets.put(x.getAttributeValue(null, "Id"), x.getAttributeValue(null, "Target"));
                }
            }
        }
        return targets;
    }

    private static String partPath(String target) {
        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
    }

    /** Rows from the sheet's {@code <dimension ref="A1:H120">}, read from its first lines; -1 when absent. */
    long dimensionRows(String sheet) throws IOException {
        String part = parts.get(sheet);
        ZipEntry entry = part == null ? null : zip.getEntry(part);
        if (entry == null) {
            return -1;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT) {
                    if ("dimension".equals(x.getLocalName())) {
                        String ref = x.getAttributeValue(null, "ref");
                        return ref == null || !ref.contains(":") ? -1 : CellRangeAddress.valueOf(ref).getLastRow() + 1L;
                    }
                    if ("sheetData".equals(x.getLocalName())) {
                        return -1;
                    }
                }
            }
            return -1;
        } catch (XMLStreamException | IllegalArgumentException e) {
            return -1;
        }
    }

    /** The sheet's merged ranges as written ("C1:D1"); they follow the cells, so the whole sheet is passed over. */
    List<String> mergedRanges(String sheet) throws IOException {
        String part = parts.get(sheet);
        ZipEntry entry = part == null ? null : zip.getEntry(part);
        List<String> ranges = new ArrayList<>();
        if (entry == null) {
            return ranges;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT) {
                    String name = x.getLocalName();
                    if ("mergeCell".equals(name)) {
                        ranges.add(x.getAttributeValue(null, "ref"));
                    }
                }
            }
            return ranges;
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** A merged range that covers a cell of {@code rowNumber} (1-based). */
    Optional<String> mergedRangeInRow(String sheet, int rowNumber) throws IOException {
        for (String ref : mergedRanges(sheet)) {
            if (ref == null || !ref.contains(":")) {
                continue;
            }
            CellRangeAddress range = CellRangeAddress.valueOf(ref);
            if (range.getFirstRow() + 1 <= rowNumber && rowNumber <= range.getLastRow() + 1) {
                return Optional.of(ref);
            }
        }
        return Optional.empty();
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        // The file comes from outside: no DTDs, no external entities.
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }
}
