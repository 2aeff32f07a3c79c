// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import kz.schoolwatch.domain.CorrectionOrder;
import kz.schoolwatch.domain.FindingResult;
import kz.schoolwatch.domain.InspectionAct;
import kz.schoolwatch.domain.InspectionFinding;
import kz.schoolwatch.domain.RequirementItem;
import kz.schoolwatch.domain.RequirementRule;
import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.ActDocumentBuilder;
import kz.schoolwatch.report.ReportFonts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The act's PDF read back: the school, each requirement, the law a failed one breaks, the order, in each language. */
class InspectionActPdfTest {

    private static final RequirementItem VIDEO = new RequirementItem(1L, 1, 1, null, "Камера у каждого входа и выхода",
            "Стандарт оснащения видеонаблюдением 2019 г.", RequirementRule.CAMERA_AT_EVERY_ENTRANCE, null, null, false, Set.of(), 0);
    private static final RequirementItem PANIC = new RequirementItem(2L, 1, 2, null, "Тревожная кнопка",
            "ППРК № 305", RequirementRule.PANIC_BUTTON, null, null, false, Set.of(), 0);

    static InspectionAct act() throws Exception {
        BufferedImage photo = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(photo, "jpg", jpeg);
        LocalDate on = LocalDate.of(2026, 11, 20);
        CorrectionOrder order = new CorrectionOrder(1, 10, 5, 150, "КГУ «Школа-гимназия №150»", 4, VIDEO, 7, on, 3, 2026, 1,
                "Н. Сериков", "Установить камеру у входа №2", LocalDate.of(2026, 12, 20), "Ахметова А. С., директор",
                null, null, null, 0);
        return new InspectionAct(7, 5, 150, "КГУ «Школа-гимназия №150»", "ул. Сәтпаева, 1", "Бостандыкский", on,
                "капитан полиции", "Н. Сериков", 3, 2026, null, "Охранник на месте",
                List.of(new InspectionFinding(10L, VIDEO, FindingResult.NOT_MET, "нет камеры у входа №2"),
                        new InspectionFinding(11L, PANIC, FindingResult.MET, null)),
                List.of(order), Map.of(10L, List.of(jpeg.toByteArray())));
    }

    static byte[] pdf(Language language) throws Exception {
        Messages messages = Messages.of(language);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new InspectionActPdf(new ReportFonts(), messages).write(new ActDocumentBuilder(messages).build(act()), out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theActNamesTheSchoolEachRequirementAndTheLawAFailedOneBreaks() throws Exception {
        String text = text(pdf(Language.RUSSIAN));
        assertThat(text).contains("Акт обследования № 3/2026", "КГУ «Школа-гимназия №150»", "ул. Сәтпаева, 1",
                "Камера у каждого входа и выхода", "Не соответствует", "нет камеры у входа №2",
                "Нарушено требование: Камера у каждого входа и выхода (Стандарт оснащения видеонаблюдением 2019 г.)",
                "Тревожная кнопка", "Соответствует", "Установить камеру у входа №2", "20.12.2026",
                "Ахметова А. С., директор", "Представитель школы", "капитан полиции");
    }

    @Test
    void theActIsWrittenInKazakhAndEnglishToo() throws Exception {
        assertThat(text(pdf(Language.KAZAKH))).contains("№ 3/2026 зерттеп-қарау актісі", "Сәйкес келмейді", "Мектеп өкілі");
        assertThat(text(pdf(Language.ENGLISH))).contains("Inspection act No. 3/2026", "Not met", "School representative");
    }
}
