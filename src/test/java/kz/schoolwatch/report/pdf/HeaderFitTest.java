// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import kz.schoolwatch.report.ReportFonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Long Kazakh column headers stay inside their cells: the font shrinks until the longest word fits. */
class HeaderFitTest {

    private static BaseFont bold;

    @BeforeAll
    static void font() throws Exception {
        bold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                new ReportFonts().boldBytes(), null);
    }

    @Test
    void aWordWiderThanItsColumnIsPrintedSmallerUntilItFits() {
        String header = "Бейнебақылаусыз мектептер";
        float width = 70;
        assertThat(bold.getWidthPoint("Бейнебақылаусыз", 8.5f)).isGreaterThan(width);
        Font fitted = HeaderFit.font(header, new Font(bold, 8.5f), width);
        assertThat(fitted.getSize()).isLessThan(8.5f).isGreaterThanOrEqualTo(HeaderFit.SMALLEST);
        assertThat(bold.getWidthPoint("Бейнебақылаусыз", fitted.getSize())).isLessThanOrEqualTo(width);
    }

    @Test
    void aHeaderThatFitsKeepsItsSize() {
        Font font = new Font(bold, 8.5f);
        assertThat(HeaderFit.font("Мектептер саны", font, 80)).isSameAs(font);
    }

    @Test
    void noHeaderIsPrintedTooSmallToRead() {
        assertThat(HeaderFit.fittingSize("Құқықбұзушылықтардыңжиынтықсаны", bold, 8.5f, 10)).isEqualTo(HeaderFit.SMALLEST);
    }
}
