// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.sheets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a CSV file is written: its encoding (UTF-8 with or without BOM, or Windows-1251 as Russian Excel saves
 * «CSV (разделители — запятые)») and its delimiter (Excel writes a semicolon where the decimal separator is a comma).
 */
record CsvDialect(Charset charset, boolean bom, char delimiter) {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final int LINES_FOR_DELIMITER = 10;

    static CsvDialect of(Path file, SheetProgress progress) throws IOException {
        boolean bom = startsWithBom(file);
        Charset charset = bom || isStrictUtf8(file, progress) ? StandardCharsets.UTF_8 : WINDOWS_1251;
        return new CsvDialect(charset, bom, delimiter(file, charset, bom));
    }

    /** Opens the file's text past the BOM. */
    BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (bom) {
            in.skipNBytes(3);
        }
        return new BufferedReader(new java.io.InputStreamReader(in, charset), 1 << 16);
    }

    private static boolean startsWithBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(3);
            return b.length == 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
        }
    }

    /** Windows-1251 Cyrillic is almost never valid UTF-8, so a file that decodes strictly as UTF-8 is UTF-8. */
    static boolean isStrictUtf8(Path file, SheetProgress progress) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream stream = Files.newInputStream(file)) {
            int n;
            while ((n = stream.read(in.array(), in.position(), in.remaining())) >= 0) {
                progress.checkCancelled();
                in.position(in.position() + n);
                in.flip();
                CoderResult r = decoder.decode(in, out, false);
                if (r.isError()) {
                    return false;
                }
                out.clear();
                in.compact();
            }
            in.flip();
            return !decoder.decode(in, out, true).isError() && !decoder.flush(out).isError();
        }
    }

    /** The one of ; , and tab that the first lines use most, outside quotes; a comma when none is used. */
    private static char delimiter(Path file, Charset charset, boolean bom) throws IOException {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        try (BufferedReader reader = new CsvDialect(charset, bom, ',').open(file)) {
            boolean quoted = false;
            int lines = 0;
            int c;
            while (lines < LINES_FOR_DELIMITER && (c = reader.read()) >= 0) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted) {
                    switch (c) {
                        case ';' -> semicolons++;
                        case ',' -> commas++;
                        case '\t' -> tabs++;
                        case '\n' -> lines++;
                        default -> {
                        }
                    }
                }
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }
}
