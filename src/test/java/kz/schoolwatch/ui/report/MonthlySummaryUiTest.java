// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.report;

import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_VISIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.print.Printer;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.persistence.store.H2Url;
import kz.schoolwatch.ui.RunningApp;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A user opens «Месячная сводка» on the demo city, reads the preview, saves it as PDF and Excel, tries to print. */
public class MonthlySummaryUiTest {

    @TempDir
    Path saved;

    @RegisterExtension
    final RunningApp app = RunningApp.notStarted().withDemoCity();

    private final FxRobot robot = app;
    /** The folder each save dialog was opened in. */
    private final List<Path> dialogFolders = new CopyOnWriteArrayList<>();
    /** What «Открыть файл» / «Открыть папку» asked the desktop to open. */
    private final List<Path> opened = new CopyOnWriteArrayList<>();

    private void startApp() throws Exception {
        TestSessions.prepare(app.folder(), true);
        app.launch().signIn(TestSessions.HEAD);
    }

    private boolean present(String query) {
        return !robot.lookup(query).queryAll().isEmpty();
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void openSummary() throws Exception {
        startApp();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> present("#navMonthlySummary"));
        robot.clickOn("#navMonthlySummary");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> present("#reportSection-leisure"));
        robot.interact(() -> {
            MonthlySummaryView view = robot.lookup("#monthlySummaryView").queryAs(MonthlySummaryView.class);
            view.setSaveDialog((format, name, folder, owner) -> {
                dialogFolders.add(folder == null ? Path.of("") : folder);
                return Optional.of(saved.resolve(name));
            });
            view.setFileOpener(new FileOpener() {
                @Override
                public boolean available() {
                    return true;
                }

                @Override
                public void open(Path path) {
                    opened.add(path);
                }
            });
        });
    }

    private int visitsInTheDatabase(YearMonth now) throws Exception {
        try (var c = app.jdbc()) {
            return DSL.using(c, SQLDialect.H2).fetchCount(SCHOOL_VISIT, SCHOOL_VISIT.VISITED_AT.ge(now.atDay(1).atStartOfDay())
                    .and(SCHOOL_VISIT.VISITED_AT.lt(now.plusMonths(1).atDay(1).atStartOfDay())));
        }
    }

    @Test
    void previewShowsTheCityThisMonthAndSavesPdfAndExcel() throws Exception {
        openSummary();
        // Opened on the last full month, signed by the signed-in head (no signature of their own yet: their name).
        YearMonth lastMonth = YearMonth.now().minusMonths(1);
        assertThat(robot.lookup("#reportMonth").<ComboBox<YearMonth>>query().getValue()).isEqualTo(lastMonth);
        assertThat(text("#reportSignatureName")).isEqualTo(Texts.of("demo.account.head"));
        assertThat(text("#reportPrepared")).matches(Texts.anyArguments("report.prepared")).endsWith(Texts.of("demo.account.head"));
        // The current month, chosen as a user does.
        robot.clickOn("#reportMonth").type(KeyCode.UP).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".report-period").queryAs(Label.class).getText()
                .contains(Integer.toString(YearMonth.now().getYear())) && present("#reportSection-leisure")
                && robot.lookup("#reportMonth").<ComboBox<YearMonth>>query().getValue().equals(YearMonth.now()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#reportLoading").query().isVisible());
        Node preview = robot.lookup("#reportPreview").query();
        assertThat(robot.from(preview).lookup(".report-title").queryAs(Label.class).getText())
                .isEqualTo(Texts.of("report.title"));
        // The visits table's total row equals the database's count for the month.
        int visits = visitsInTheDatabase(YearMonth.now());
        Node officers = robot.lookup("#reportTable-visitsByOfficer").query();
        assertThat(robot.from(officers).lookup(".report-total").queryAllAs(Label.class))
                .extracting(Label::getText).contains(Texts.of("common.count", visits));
        Node coverage = robot.lookup("#reportTable-coverage").query();
        assertThat(robot.from(coverage).lookup(".report-td").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("201", "190", "11");
        snapshot(robot.lookup("#monthlySummaryView").query(), "monthly-summary");

        robot.clickOn("#reportSavePdf");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#reportStatus").startsWith(Texts.prefix("report.screen.saved")));
        Path pdf;
        try (var files = Files.list(saved)) {
            pdf = files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        assertThat(pdf.getFileName().toString()).isEqualTo("svodka-" + YearMonth.now() + ".pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Охват: г.", "Алматы (весь город)", "подготовил: Начальник (демо)");
        }
        // The message names the file and offers to open it or its folder.
        assertThat(text("#reportStatus")).isEqualTo(Texts.of("report.screen.saved", pdf.getFileName()));
        snapshot(robot.lookup("#monthlySummaryView").query(), "monthly-summary-saved");
        robot.clickOn("#reportOpenFile");
        robot.clickOn("#reportOpenFolder");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> opened.size() == 2);
        assertThat(opened).containsExactly(pdf.toAbsolutePath(), saved.toAbsolutePath());

        // Only one district: pick «Район» and the first district, then save the spreadsheet.
        robot.clickOn("#reportScopeKind").type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".report-scope").queryAs(Label.class).getText()
                .equals(Texts.of("report.scope.district", "Алатауский")));
        int alatau;
        try (var c = app.jdbc()) {
            alatau = DSL.using(c, SQLDialect.H2).fetchCount(SCHOOL, SCHOOL.DISTRICT_ID.eq(1));
        }
        Node districtCoverage = robot.lookup("#reportTable-coverage").query();
        assertThat(robot.from(districtCoverage).lookup(".report-td").queryAllAs(Label.class)).extracting(Label::getText)
                .contains(Integer.toString(alatau));
        robot.clickOn("#reportSaveExcel");
        Path xlsx = saved.resolve("svodka-" + YearMonth.now() + "-Алатауский.xlsx");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(xlsx) && text("#reportStatus").contains(".xlsx"));
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            assertThat(wb.getFirstSheet().read().get(1).getCellText(0)).isEqualTo(Texts.of("report.scope.district", "Алатауский"));
        }
        // The second save dialog opened where the first save went.
        assertThat(dialogFolders).hasSize(2);
        assertThat(dialogFolders.get(1)).isEqualTo(saved.toAbsolutePath());
    }

    @Test
    void printingWithoutAPrinterSaysSoAndOffersPdf() throws Exception {
        assumeTrue(Printer.getDefaultPrinter() == null, "this machine has a printer");
        openSummary();
        robot.clickOn("#reportPrint");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> present("#noPrinterDialog"));
        // Said once, in the dialog, with Russian buttons only.
        DialogPane dialog = robot.lookup("#noPrinterDialog").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).isEqualTo(Texts.of("report.screen.noPrinter"));
        assertThat(text("#reportError")).isEmpty();
        assertThat(robot.lookup("#noPrinterDialogClose").queryButton().getText()).isEqualTo(Texts.of("common.close"));
        assertThat(robot.lookup("#noPrinterDialogAction").queryButton().getText()).isEqualTo(Texts.of("report.screen.savePdf"));
        robot.clickOn("#noPrinterDialogAction");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#reportStatus").startsWith(Texts.prefix("report.screen.saved")));
        try (var files = Files.list(saved)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).containsExactly("svodka-" + YearMonth.now().minusMonths(1) + ".pdf");
        }
    }

    /** Saves a picture of {@code node} when -Dschoolwatch.shots=DIR is given, to look at the screen by eye. */
    public static void snapshot(Node node, String name) throws Exception {
        String dir = System.getProperty("schoolwatch.shots");
        if (dir == null) {
            return;
        }
        BufferedImage[] image = new BufferedImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = SwingFXUtils.fromFXImage(node.snapshot(null, null), null)).get();
        Files.createDirectories(Path.of(dir));
        ImageIO.write(image[0], "png", Path.of(dir, name + ".png").toFile());
    }
}
