// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled DejaVu Sans regular and bold (Bitstream Vera licence, see {@code fonts/LICENSE-DejaVu.txt}): every
 * Cyrillic and Kazakh letter, on every machine, whatever fonts the system has. Loaded once and shared by the PDF
 * and the chart images.
 */
public final class ReportFonts {

    private static final String REGULAR = "/kz/schoolwatch/report/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/kz/schoolwatch/report/fonts/DejaVuSans-Bold.ttf";

    private byte[] regular;
    private byte[] bold;
    private Font awtRegular;
    private Font awtBold;

    /** Reads nothing yet: the fonts are loaded on first use, so start-up does not pay for them. */
    public ReportFonts() {
    }

    private static byte[] read(String resource) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the build: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The regular face's TrueType bytes. */
    public synchronized byte[] regularBytes() {
        if (regular == null) {
            regular = read(REGULAR);
        }
        return regular;
    }

    /** The bold face's TrueType bytes. */
    public synchronized byte[] boldBytes() {
        if (bold == null) {
            bold = read(BOLD);
        }
        return bold;
    }

    /** The regular face for Java2D drawing at {@code size} points. */
    public synchronized Font awtRegular(float size) {
        if (awtRegular == null) {
            awtRegular = awt(regularBytes());
        }
        return awtRegular.deriveFont(size);
    }

    /** The bold face for Java2D drawing at {@code size} points. */
    public synchronized Font awtBold(float size) {
        if (awtBold == null) {
            awtBold = awt(boldBytes());
        }
        return awtBold.deriveFont(size);
    }

    private static Font awt(byte[] ttf) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("Bundled font unreadable", e);
        }
    }
}
