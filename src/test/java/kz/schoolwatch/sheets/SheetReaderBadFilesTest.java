// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.sheets;

import static kz.schoolwatch.sheets.SheetReaderFixturesTest.KNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.schoolwatch.sheets.SheetFileException.Reason;

/** Each kind of file the import cannot take is refused with its own reason, quickly. */
class SheetReaderBadFilesTest {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    @TempDir
    Path dir;

    private static void refused(ThrowingCallable read, Reason reason) {
        assertThatThrownBy(read).isInstanceOfSatisfying(SheetFileException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private ThrowingCallable reading(Path file) {
        return () -> SheetReader.read(file, null, KNOWN, SheetProgress.NONE);
    }

    /** An OLE2 container as Excel writes a password-protected .xlsx: the directory names its EncryptionInfo stream. */
    @Test
    void aPasswordProtectedXlsxIsEncrypted() throws IOException {
        byte[] body = new byte[4096];
        System.arraycopy(OLE2, 0, body, 0, OLE2.length);
        byte[] name = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, body, 1024 + 64, name.length);
        Path file = Files.write(dir.resolve("schools.xlsx"), body);

        refused(reading(file), Reason.ENCRYPTED);
    }

    @Test
    void anOldBinaryXlsIsNotASpreadsheet() throws IOException {
        byte[] body = new byte[4096];
        System.arraycopy(OLE2, 0, body, 0, OLE2.length);
        byte[] name = "Workbook".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, body, 1024 + 64, name.length);

        refused(reading(Files.write(dir.resolve("schools.xls"), body)), Reason.NOT_A_SPREADSHEET);
    }

    @Test
    void aZipWithoutAWorkbookIsNotASpreadsheet() throws IOException {
        Path file = dir.resolve("letter.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        refused(reading(file), Reason.NOT_A_SPREADSHEET);
    }

    @Test
    void aDamagedXlsxIsDamaged() throws IOException {
        byte[] good = Files.readAllBytes(SheetReaderFixturesTest.fixture("schools.xlsx"));
        byte[] cut = java.util.Arrays.copyOf(good, good.length / 2);

        refused(reading(Files.write(dir.resolve("cut.xlsx"), cut)), Reason.DAMAGED);
    }

    @Test
    void aMissingFileIsMissing() {
        refused(reading(dir.resolve("nowhere.xlsx")), Reason.MISSING);
    }

    @Test
    void emptyFilesAndSheetsAndAHeaderAloneAreEmpty() throws IOException {
        refused(reading(Files.write(dir.resolve("zero.csv"), new byte[0])), Reason.EMPTY);
        refused(reading(Files.writeString(dir.resolve("blank.csv"), "\n;;\n\n")), Reason.EMPTY);
        refused(reading(Files.writeString(dir.resolve("header.csv"), "№ школы;Район\n;\n")), Reason.EMPTY);
        Path xlsx = dir.resolve("empty.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            wb.newWorksheet("Лист1");
            wb.finish();
        }
        refused(reading(xlsx), Reason.EMPTY);
    }

    @Test
    void aMillionRowCsvIsRefusedQuicklyWhileStreaming() throws IOException {
        Path file = dir.resolve("million.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("№ школы;Наименование;Район\n");
            for (int i = 1; i <= 1_000_000; i++) {
                w.write(i + ";Школа № " + i + ";Алмалинский\n");
            }
        }
        long start = System.nanoTime();
        assertThatThrownBy(reading(file)).isInstanceOfSatisfying(SheetFileException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_ROWS);
            assertThat(e.args()).containsExactly(SheetReader.MAX_ROWS);
        });
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(5_000);
    }

    @Test
    void anXlsxOverTheLimitIsRefusedWhileStreaming() throws IOException {
        Path file = dir.resolve("big.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Школы");
            ws.value(0, 0, "№ школы");
            ws.value(0, 1, "Район");
            for (int r = 1; r <= SheetReader.MAX_ROWS + 10; r++) {
                ws.value(r, 0, r);
                ws.value(r, 1, "Алмалинский");
                if (r % 10_000 == 0) {
                    ws.flush();
                }
            }
            wb.finish();
        }
        long start = System.nanoTime();
        refused(reading(file), Reason.TOO_MANY_ROWS);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(10_000);
    }

    @Test
    void progressIsToldAndCancelStopsTheRead() throws Exception {
        Path file = dir.resolve("schools.csv");
        StringBuilder text = new StringBuilder("№ школы;Район\n");
        for (int i = 1; i <= 5_000; i++) {
            text.append(i).append(";Медеуский\n");
        }
        Files.writeString(file, text);
        List<Long> told = new ArrayList<>();
        SheetProgress counting = new SheetProgress() {
            @Override
            public void progress(long done, long total) {
                told.add(done);
            }

            @Override
            public boolean cancelled() {
                return told.size() >= 2;
            }
        };
        SheetProgress listening = new SheetProgress() {
            @Override
            public void progress(long done, long total) {
                told.add(done);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        assertThat(SheetReader.read(file, null, KNOWN, listening).rows()).hasSize(5_000);
        assertThat(told).contains(1000L, 2000L, 5000L);
        told.clear();
        assertThatThrownBy(() -> SheetReader.read(file, null, KNOWN, counting)).isInstanceOf(SheetCancelledException.class);
    }

    @Test
    void aFileAnotherProgramHoldsIsInUse() {
        FileSystemException windows = new FileSystemException("C:\\schools.xlsx", null,
                "The process cannot access the file because it is being used by another process");
        FileSystemException russian = new FileSystemException("C:\\schools.xlsx", null,
                "Процесс не может получить доступ к файлу, так как этот файл занят другим процессом");

        assertThat(FileErrors.classify(windows, true).reason()).isEqualTo(Reason.IN_USE);
        assertThat(FileErrors.classify(russian, true).reason()).isEqualTo(Reason.IN_USE);
        assertThat(FileErrors.classify(new AccessDeniedException("C:\\schools.xlsx"), true).reason()).isEqualTo(Reason.IN_USE);
        assertThat(FileErrors.classify(new AccessDeniedException("/home/schools.xlsx"), false).reason()).isEqualTo(Reason.UNREADABLE);
        assertThat(FileErrors.classify(new NoSuchFileException("/home/schools.xlsx"), false).reason()).isEqualTo(Reason.MISSING);
    }
}
