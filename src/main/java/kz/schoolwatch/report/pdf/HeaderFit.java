// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * Column headers that stay inside their cells: a header wraps between words, but a word wider than its column
 * (Kazakh ones are long: «бейнебақылаусыз») would be cut in the middle, so its font is made smaller until the
 * longest word fits, down to a size that still reads on paper.
 */
final class HeaderFit {

    /** The smallest size a header is printed at; below it a printed page is no longer readable. */
    static final float SMALLEST = 5.5f;

    private HeaderFit() {
    }

    /** {@code font}, or a smaller one of its family, so that every word of {@code header} fits {@code width} points. */
    static Font font(String header, Font font, float width) {
        float size = fittingSize(header, font.getBaseFont(), font.getSize(), width);
        return size == font.getSize() ? font : new Font(font.getBaseFont(), size, font.getStyle(), font.getColor());
    }

    /** The size, at most {@code size}, at which the widest word of {@code text} is no wider than {@code width}. */
    static float fittingSize(String text, BaseFont base, float size, float width) {
        float widest = 0;
        for (String word : text.split("[\\s\\u00a0]+")) {
            widest = Math.max(widest, base.getWidthPoint(word, size));
        }
        if (widest <= width || widest == 0) {
            return size;
        }
        // A hair under the exact ratio: OpenPDF measures the line with rounding of its own.
        return Math.max(SMALLEST, size * width / widest * 0.98f);
    }
}
