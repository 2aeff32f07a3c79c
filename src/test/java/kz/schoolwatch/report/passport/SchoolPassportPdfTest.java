// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report.passport;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.CAMERA_FAULT;
import static kz.schoolwatch.persistence.jooq.Tables.OUTREACH_EVENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_EQUIPMENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_VISIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.i18n.ReferenceNames;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.audit.AuditRepository;
import kz.schoolwatch.persistence.report.PassportRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.report.ExportCancelledException;
import kz.schoolwatch.report.ExportProgress;
import kz.schoolwatch.report.ReportFonts;
import kz.schoolwatch.service.PassportService;
import kz.schoolwatch.service.compliance.ComplianceService;
import kz.schoolwatch.service.security.AuditService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A school's security passport and a district's file, written as PDF and read back with PDFBox. */
class SchoolPassportPdfTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final int DISTRICT = 4;

    @TempDir
    Path folder;
    @TempDir
    Path out;

    private Database db;
    private Clock clock;
    private long school;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ALMATY).toInstant(), ALMATY);
        TestRows rows = new TestRows(db);
        school = rows.school(150, DISTRICT);
        db.dsl().update(SCHOOL).set(SCHOOL.PUPILS, 900).set(SCHOOL.ENTRANCES, 2).set(SCHOOL.FLOORS, 3)
                .set(SCHOOL.ADDRESS, "мкр. Самал-2, 15").set(SCHOOL.DIRECTOR_NAME, "Ахметова Г. С.").set(SCHOOL.PHONE, "+7 727 261 00 00")
                .where(SCHOOL.ID.eq(school)).execute();
        rows.assign(school, rows.officer("Сапаров", "A-100", DISTRICT), LocalDate.of(2025, 9, 1));
        db.dsl().insertInto(SCHOOL_EQUIPMENT).set(SCHOOL_EQUIPMENT.SCHOOL_ID, school).set(SCHOOL_EQUIPMENT.PANIC_BUTTON, true)
                .set(SCHOOL_EQUIPMENT.PANIC_BUTTON_CONNECTED, true).set(SCHOOL_EQUIPMENT.ACCESS_CONTROL, true)
                .set(SCHOOL_EQUIPMENT.PA_SYSTEM, true).set(SCHOOL_EQUIPMENT.GUARD_COMPANY, "ТОО «Кузет-Алматы»")
                .set(SCHOOL_EQUIPMENT.GUARD_CONTRACT_END, LocalDate.of(2027, 5, 31)).execute();
        // Entrance No. 1 watched, entrance No. 2 not: the gap; the first-floor camera has an open fault.
        camera(school, "ENTRANCE", 1, "OUTDOOR", 30, "COU");
        long floor = camera(school, "FLOOR", 1, "INDOOR", 14, "SERGEK");
        camera(school, "PERIMETER", null, "OUTDOOR", 30, "DUTY_UNIT");
        db.dsl().insertInto(CAMERA_FAULT).set(CAMERA_FAULT.CAMERA_ID, floor).set(CAMERA_FAULT.FOUND_ON, LocalDate.of(2026, 11, 20))
                .set(CAMERA_FAULT.KIND, "NO_POWER").execute();
        db.dsl().insertInto(SCHOOL_VISIT).set(SCHOOL_VISIT.OFFICER_ID, db.dsl().fetchOne("SELECT MIN(id) FROM officer").get(0, Long.class))
                .set(SCHOOL_VISIT.SCHOOL_ID, school).set(SCHOOL_VISIT.VISITED_AT, LocalDate.of(2026, 10, 12).atTime(11, 0))
                .set(SCHOOL_VISIT.PURPOSE_ID, rows.firstPurposeId()).execute();
        db.dsl().insertInto(OUTREACH_EVENT).set(OUTREACH_EVENT.EVENT_TYPE_ID, db.dsl().fetchOne("SELECT MIN(id) FROM event_type").get(0, Integer.class))
                .set(OUTREACH_EVENT.TITLE, "Безопасный интернет").set(OUTREACH_EVENT.HELD_ON, LocalDate.of(2026, 11, 3))
                .set(OUTREACH_EVENT.SCHOOL_ID, school).execute();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long camera(long schoolId, String zone, Integer number, String placement, int archive, String connection) {
        return db.dsl().insertInto(CAMERA).set(CAMERA.SCHOOL_ID, schoolId).set(CAMERA.PLACEMENT, placement)
                .set(CAMERA.INSTALLED_ON, LocalDate.of(2025, 1, 1)).set(CAMERA.ZONE, zone).set(CAMERA.ZONE_NUMBER, number)
                .set(CAMERA.ARCHIVE_DAYS, archive).set(CAMERA.CONNECTION, connection)
                .returning(CAMERA.ID).fetchOne(CAMERA.ID);
    }

    private PassportService passports(Language language) {
        Messages messages = Messages.of(language);
        SettingsRepository settings = new SettingsRepository(db);
        return new PassportService(new PassportRepository(db, ReferenceNames.in(messages)),
                new ComplianceService(db, settings, clock), TestDatabases.head(),
                new AuditService(new AuditRepository(db), TestDatabases.head()), messages, new ReportFonts(), clock);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
        }
    }

    private static int pages(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void aSchoolsPassportNamesTheSchoolItsZonesItsGapAndItsOpenFault() throws Exception {
        Path pdf = out.resolve("passport.pdf");
        passports(Language.RUSSIAN).exportSchool(school, TODAY, pdf, ExportProgress.NONE);

        String text = text(pdf);
        assertThat(text).contains("Паспорт безопасности школы", "КГУ «Общеобразовательная школа №150»", "Вход №1", "Этаж №1",
                "Двор и периметр", "Сапаров Т.", "ТОО «Кузет-Алматы»");
        assertThat(text).contains("нет камеры у входа №2");
        assertThat(text).contains("Этаж №1, внутренняя", "нет питания", "20.11.2026");
        assertThat(text).contains("Безопасный интернет").contains("посещений: 1, мероприятий: 1");
        assertThat(pages(pdf)).isBetween(1, 2);
        assertThat(db.dsl().fetchCount(db.dsl().selectFrom("audit_entry").where("action = 'EXPORT'"))).isEqualTo(1);
    }

    @Test
    void fortyCamerasWithManyFaultsStillFitTwoPages() throws Exception {
        for (int i = 0; i < 40; i++) {
            long c = camera(school, i % 3 == 0 ? "ENTRANCE" : i % 3 == 1 ? "FLOOR" : "CORRIDOR", i % 4 + 1,
                    i % 2 == 0 ? "OUTDOOR" : "INDOOR", 10 + i, i % 2 == 0 ? "COU" : "NONE");
            if (i % 3 == 0) {
                db.dsl().insertInto(CAMERA_FAULT).set(CAMERA_FAULT.CAMERA_ID, c).set(CAMERA_FAULT.FOUND_ON, LocalDate.of(2026, 10, i % 28 + 1))
                        .set(CAMERA_FAULT.KIND, "POOR_PICTURE").execute();
            }
        }
        Path pdf = out.resolve("big.pdf");
        passports(Language.RUSSIAN).exportSchool(school, TODAY, pdf, ExportProgress.NONE);

        assertThat(pages(pdf)).isBetween(1, 2);
        assertThat(text(pdf)).contains("И ещё открытых неисправностей: 5");
    }

    @Test
    void aDistrictsFileHasACoverAndEverySchoolFromItsOwnPage() throws Exception {
        TestRows rows = new TestRows(db);
        rows.school(151, DISTRICT);
        rows.school(152, DISTRICT);
        rows.school(153, DISTRICT + 1);
        Path pdf = out.resolve("district.pdf");
        passports(Language.RUSSIAN).exportDistrict(DISTRICT, TODAY, pdf, ExportProgress.NONE);

        assertThat(pages(pdf)).isGreaterThanOrEqualTo(1 + 3);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(doc).replace('\u00a0', ' ')).contains("Паспорта безопасности школ района", "Школ: 3", "04.12.2026");
        }
        assertThat(text(pdf)).contains("№ 150", "№ 151", "№ 152").doesNotContain("№ 153");
    }

    @Test
    void aCancelledDistrictFileLeavesNothingBehind() {
        Path pdf = out.resolve("cancelled.pdf");
        ExportProgress cancelled = new ExportProgress() {
            @Override
            public void update(double fraction) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> passports(Language.RUSSIAN).exportDistrict(DISTRICT, TODAY, pdf, cancelled))
                .isInstanceOf(ExportCancelledException.class);
        assertThat(out.toFile().list()).isEmpty();
        assertThat(Files.exists(pdf)).isFalse();
    }

    @Test
    void aKazakhPassportCarriesKazakhLettersAsText() throws Exception {
        Path pdf = out.resolve("kk.pdf");
        passports(Language.KAZAKH).exportSchool(school, TODAY, pdf, ExportProgress.NONE);

        String text = text(pdf);
        assertThat(text).contains("Мектептің қауіпсіздік паспорты", "№1 кіреберіс", "Аймақтар бойынша бейнебақылау");
        assertThat(text).containsAnyOf("ә", "Ә").contains("ұ").contains("і").contains("қ");
        assertThat(pages(pdf)).isBetween(1, 2);
    }
}
