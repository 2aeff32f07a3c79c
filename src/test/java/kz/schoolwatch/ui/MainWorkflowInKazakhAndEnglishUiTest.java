// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.i18n.LocalFormats;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.report.FileOpener;
import kz.schoolwatch.ui.report.MonthlySummaryView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The officer's day in Kazakh and in English: the language picked on the sign-in form, a visit logged, the month's
 * summary saved as PDF and read back in that language.
 */
class MainWorkflowInKazakhAndEnglishUiTest {

    private static final String FINDINGS = "Күзетші орнында, журнал жүргізіледі / guard at the post";
    /** Keys of the summary whose texts the PDF must show in the language chosen, not in Russian. */
    private static final List<String> SUMMARY_KEYS = List.of("report.title", "report.section.visits");

    @TempDir
    Path saved;

    @RegisterExtension
    final RunningApp app = RunningApp.notStarted().withDemoCity();

    /** A control's caption as read, without the mark of its mnemonic. */
    private String text(String id) {
        return app.lookup(id).queryAs(Labeled.class).getText().replaceFirst("^_", "");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"KAZAKH", "ENGLISH"})
    void signInLogAVisitAndSaveTheSummary(Language language) throws Exception {
        Messages texts = Messages.of(language);
        TestSessions.prepare(app.folder(), true);
        app.launch();
        WorkDriver.waitUntil(60, () -> app.exists("#signInSubmit"));
        app.clickOn("#language" + Character.toUpperCase(language.code().charAt(0)) + language.code().substring(1));
        WorkDriver.waitUntil(10, () -> text("#signInSubmit").equals(texts.get("signin.submit")));
        app.signIn(TestSessions.HEAD);
        WorkDriver.waitUntil(90, () -> app.exists("#navVisits"));
        assertThat(text("#navVisits")).isEqualTo(texts.get("nav.visits"));
        assertThat(text("#navMonthlySummary")).isEqualTo(texts.get("nav.monthlySummary"));

        // A visit, logged as on the Russian screen.
        app.clickOn("#navVisits");
        WorkDriver.waitUntil(30, () -> app.exists("#visitOfficer")
                && app.lookup("#visitOfficer").<ComboBox<Lookup>>query().getItems().size() > 1);
        assertThat(text("#visitSave")).isEqualTo(texts.get("common.save"));
        int before;
        int schoolNumber;
        try (Connection c = app.jdbc()) {
            before = WorkDriver.count(c, "SELECT COUNT(*) FROM school_visit");
            schoolNumber = WorkDriver.count(c, "SELECT MAX(school_number) FROM school");
        }
        app.clickOn("#visitOfficer");
        app.chooseInList("Исин Т. С.");
        app.clickOn("#visitSchool").write("№" + schoolNumber + " —").type(KeyCode.ENTER);
        app.clickOn("#visitFindings").write(FINDINGS);
        app.clickOn("#visitSave");
        WorkDriver.waitUntil(20, () -> app.lookup("#visitFindings").queryAs(TextArea.class).getText().isEmpty());
        try (Connection c = app.jdbc()) {
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM school_visit")).isEqualTo(before + 1);
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM school_visit v JOIN school s ON s.id = v.school_id"
                    + " WHERE s.school_number = " + schoolNumber + " AND v.findings = '" + FINDINGS + "'")).isEqualTo(1);
        }

        // The summary of this month, saved as PDF.
        app.clickOn("#navMonthlySummary");
        WorkDriver.waitUntil(30, () -> app.exists("#reportSection-leisure"));
        app.interact(() -> {
            MonthlySummaryView view = app.lookup("#monthlySummaryView").queryAs(MonthlySummaryView.class);
            view.setSaveDialog((format, name, folder, owner) -> Optional.of(saved.resolve(name)));
            view.setFileOpener(new FileOpener() {
                @Override
                public boolean available() {
                    return false;
                }

                @Override
                public void open(Path path) {
                }
            });
        });
        app.clickOn("#reportMonth").type(KeyCode.UP).type(KeyCode.ENTER);
        WorkDriver.waitUntil(30, () -> app.lookup("#reportMonth").<ComboBox<YearMonth>>query().getValue()
                .equals(YearMonth.now()) && app.exists("#reportSection-leisure")
                && !app.lookup("#reportLoading").query().isVisible());
        assertThat(app.lookup("#reportPreview .report-title").queryAs(Label.class).getText())
                .isEqualTo(texts.get("report.title"));
        app.clickOn("#reportSavePdf");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pdfIn(saved).isPresent());
        Path pdf = pdfIn(saved).orElseThrow();
        WorkDriver.waitUntil(30, () -> text("#reportStatus").equals(texts.get("report.screen.saved", pdf.getFileName())));
        String read;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            read = new PDFTextStripper().getText(doc);
        }
        Messages russian = Messages.russian();
        for (String key : SUMMARY_KEYS) {
            assertThat(read).as("the PDF's «%s»", key).contains(texts.get(key));
            if (!texts.get(key).equals(russian.get(key))) {
                assertThat(read).as("the PDF's «%s» in Russian", key).doesNotContain(russian.get(key));
            }
        }
        // The month as the language names it: «желтоқсан 2026», «December 2026».
        assertThat(read).contains(LocalFormats.of(language).monthYear(YearMonth.now()));
        if (language == Language.KAZAKH) {
            assertThat(read).as("Kazakh letters printed").containsPattern("[әғқңөұүһі]");
        }
    }

    private static Optional<Path> pdfIn(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".pdf") && f.toFile().length() > 0).findFirst();
        }
    }
}
