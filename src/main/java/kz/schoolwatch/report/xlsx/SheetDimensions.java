// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report.xlsx;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Puts each sheet's used range into its {@code <dimension ref="…"/>}, which fastexcel 0.20.2 always writes as
 * {@code A1} (it streams the rows after that element). Every other part of the workbook is copied as it is.
 */
final class SheetDimensions {

    private static final Pattern SHEET = Pattern.compile("xl/worksheets/sheet(\\d+)\\.xml");
    private static final Pattern DIMENSION = Pattern.compile("<dimension ref=\"[A-Z0-9:]*\"/>");

    private SheetDimensions() {
    }

    /**
     * Copies the workbook {@code xlsx} to {@code out} with sheet {@code n}'s dimension set to
     * {@code dimensions.get(n - 1)}, e.g. {@code A1:H40}.
     */
    static void rewrite(byte[] xlsx, List<String> dimensions, OutputStream out) throws IOException {
        // Read through the central directory: fastexcel's entries carry Zip64 data descriptors that
        // ZipInputStream misreads, so the workbook goes through a private temporary file.
        Path temp = Files.createTempFile("schoolwatch-", ".xlsx");
        try {
            Files.write(temp, xlsx);
            try (ZipFile in = new ZipFile(temp.toFile());
                 ZipOutputStream zip = new ZipOutputStream(new NonClosing(out))) {
                for (ZipEntry entry : Collections.list(in.entries())) {
                    byte[] data;
                    try (InputStream entryIn = in.getInputStream(entry)) {
                        data = entryIn.readAllBytes();
                    }
                    Matcher sheet = SHEET.matcher(entry.getName());
                    if (sheet.matches()) {
                        int n = Integer.parseInt(sheet.group(1));
                        if (n >= 1 && n <= dimensions.size()) {
                            String xml = new String(data, StandardCharsets.UTF_8);
                            xml = DIMENSION.matcher(xml).replaceFirst("<dimension ref=\"" + dimensions.get(n - 1) + "\"/>");
                            data = xml.getBytes(StandardCharsets.UTF_8);
                        }
                    }
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    zip.write(data);
                    zip.closeEntry();
                }
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Column letters of a zero-based column: 0 → A, 25 → Z, 26 → AA. */
    static String column(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }

    /** The caller owns {@code out} and closes it. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
