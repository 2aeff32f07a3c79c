// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import kz.schoolwatch.TestSessions;
import kz.schoolwatch.app.AppContext;
import kz.schoolwatch.domain.ImportKind;
import kz.schoolwatch.domain.ImportOptions;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.imports.ImportPreview;
import kz.schoolwatch.service.imports.ImportService;
import kz.schoolwatch.sheets.SheetProgress;
import kz.schoolwatch.sheets.SheetTable;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Speed of the import (issue 19), run on purpose: {@code bench/import.sh}. One .xlsx with a «Школы» sheet (7,500
 * schools numbered 1..7500 over the eight districts) and a «Камеры» sheet (100,000 cameras, one row each, by school
 * number), then per run on a fresh H2 database: the cameras sheet read alone (the baseline), the preview of the whole
 * file (schools previewed on the empty database, cameras previewed once the schools are in) and its write (schools,
 * then cameras), then the same file written a second time, which must change nothing. Medians and ratios to the read
 * alone, as a markdown table.
 *
 * <p>Usage: {@code ImportBench [runs=5] [schools=7500] [cameras=100000]}.
 */
public final class ImportBench {

    private static final String[] DISTRICTS = {"Алатауский", "Алмалинский", "Ауэзовский", "Бостандыкский", "Жетысуский",
            "Медеуский", "Наурызбайский", "Турксибский"};
    private static final String[] TYPES = {"Общеобразовательная школа", "Гимназия", "Лицей", "Школа-гимназия"};
    private static final String[] AREAS = {"Вход", "Коридор", "Двор", "Лестница", "Периметр", "Столовая", "Спортзал"};
    private static final String[] MODELS = {"Hikvision DS-2CD1043", "Dahua IPC-HDW1230", "Uniview IPC2122"};

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int schools = args.length > 1 ? Integer.parseInt(args[1]) : 7_500;
        int cameras = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        Path work = Files.createTempDirectory("import-bench-");
        Path file = work.resolve("spiski.xlsx");
        long made = System.nanoTime();
        writeFile(file, schools, cameras);
        System.out.printf("file: %,d schools, %,d cameras, %,d KB, written in %.1f s%n", schools, cameras,
                Files.size(file) / 1024, (System.nanoTime() - made) / 1e9);
        System.out.printf("runs: %d (the first is a warm-up and not counted); load average at start %.2f%n", runs,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (int run = 0; run <= runs; run++) {
            Path data = work.resolve("data-" + run);
            TestSessions.prepare(data, false);
            try (AppContext context = AppContext.signIn(data, TestSessions.ADMIN, TestSessions.PASSWORD.toCharArray(),
                    Messages.russian(), Clock.systemDefaultZone())) {
                Map<String, Double> one = oneRun(context.imports(), file, cameras);
                if (run > 0) {
                    one.forEach((k, v) -> times.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
                }
                System.out.printf("run %d: %s%n", run, one);
            }
        }
        print(times);
    }

    /** One run on a fresh database; seconds per step. */
    private static Map<String, Double> oneRun(ImportService imports, Path file, int cameras) throws Exception {
        Map<String, Double> t = new LinkedHashMap<>();
        SheetTable alone = time(t, "read the cameras sheet alone", () -> read(imports, ImportKind.CAMERAS, file));
        check(alone.rows().size() == cameras, "read " + alone.rows().size() + " camera rows");

        ImportPreview schools = time(t, "preview schools (read + propose + preview)", () -> preview(imports, ImportKind.SCHOOLS, file));
        check(schools.counts().errors() == 0, "school rows in error: " + schools.counts());
        var wroteSchools = time(t, "write schools", () -> imports.write(schools, SheetProgress.NONE));
        check(wroteSchools.counts().created() == schools.rows().size(), "schools written: " + wroteSchools.counts());

        boolean withCameras = true;
        try {
            ImportPreview cams = time(t, "preview cameras (read + propose + preview)", () -> preview(imports, ImportKind.CAMERAS, file));
            check(cams.counts().errors() == 0 && cams.counts().camerasAdded() == cameras, "camera preview: " + cams.counts());
            var wroteCameras = time(t, "write cameras", () -> imports.write(cams, SheetProgress.NONE));
            check(wroteCameras.counts().camerasAdded() == cameras, "cameras written: " + wroteCameras.counts());
        } catch (UnsupportedOperationException e) {
            // A build without the camera import yet: the schools and the read are still measured.
            System.out.println("cameras: " + e.getMessage());
            withCameras = false;
        }

        long second = System.nanoTime();
        ImportPreview again = preview(imports, ImportKind.SCHOOLS, file);
        var sameSchools = imports.write(again, SheetProgress.NONE);
        check(sameSchools.counts().changing() == 0, "second write changed schools: " + sameSchools.counts());
        if (withCameras) {
            ImportPreview camsAgain = preview(imports, ImportKind.CAMERAS, file);
            var sameCameras = imports.write(camsAgain, SheetProgress.NONE);
            check(sameCameras.counts().changing() == 0 && sameCameras.counts().camerasAdded() == 0,
                    "second write changed cameras: " + sameCameras.counts());
        }
        t.put(withCameras ? "second write of the same file (preview + write, both sheets)"
                : "second write of the schools (preview + write)", (System.nanoTime() - second) / 1e9);
        if (withCameras) {
            t.put("preview of the file (schools + cameras)", t.get("preview schools (read + propose + preview)")
                    + t.get("preview cameras (read + propose + preview)"));
            t.put("write of the file (schools + cameras)", t.get("write schools") + t.get("write cameras"));
        }
        return t;
    }

    private static SheetTable read(ImportService imports, ImportKind kind, Path file) {
        try {
            return imports.read(kind, file, null, SheetProgress.NONE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportPreview preview(ImportService imports, ImportKind kind, Path file) {
        SheetTable table = read(imports, kind, file);
        var mapping = imports.propose(kind, table.header());
        check(imports.missing(mapping).isEmpty(), kind + " mapping lacks " + imports.missing(mapping));
        return imports.preview(table, mapping, ImportOptions.DEFAULT, SheetProgress.NONE);
    }

    private static <T> T time(Map<String, Double> t, String step, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        t.put(step, (System.nanoTime() - start) / 1e9);
        return result;
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("bench check failed: " + what);
        }
    }

    private static void print(Map<String, List<Double>> times) {
        double read = median(times.get("read the cameras sheet alone"));
        System.out.println();
        System.out.println("| step | median | min | max | ratio to reading the cameras sheet alone |");
        System.out.println("|---|---|---|---|---|");
        times.forEach((step, list) -> System.out.printf("| %s | %.2f s | %.2f s | %.2f s | %.2f |%n", step, median(list),
                Collections.min(list), Collections.max(list), median(list) / read));
        System.out.println();
        if (times.containsKey("write of the file (schools + cameras)")) {
            System.out.printf("targets: preview of the file < 10 s: %s; write of the file < 30 s: %s%n",
                    median(times.get("preview of the file (schools + cameras)")) < 10 ? "met" : "MISSED",
                    median(times.get("write of the file (schools + cameras)")) < 30 ? "met" : "MISSED");
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Schools 1..n spread over the districts; cameras one row each, each distinct within its school by its date. */
    private static void writeFile(Path file, int schools, int cameras) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "SchoolWatch", "1.0");
            Worksheet s = wb.newWorksheet("Школы");
            String[] sh = {"№ школы", "Наименование", "Район", "Тип"};
            for (int c = 0; c < sh.length; c++) {
                s.value(0, c, sh[c]);
            }
            for (int i = 1; i <= schools; i++) {
                s.value(i, 0, i);
                s.value(i, 1, "Школа №" + i);
                s.value(i, 2, DISTRICTS[i % DISTRICTS.length]);
                s.value(i, 3, TYPES[i % TYPES.length]);
            }
            s.finish();
            Worksheet k = wb.newWorksheet("Камеры");
            String[] kh = {"№ школы", "Размещение", "Зона обзора", "Модель", "Дата установки"};
            for (int c = 0; c < kh.length; c++) {
                k.value(0, c, kh[c]);
            }
            LocalDate first = LocalDate.of(2018, 1, 1);
            for (int i = 0; i < cameras; i++) {
                int row = i + 1;
                int school = i % schools + 1;
                int nth = i / schools; // the camera's place among its school's cameras
                k.value(row, 0, school);
                k.value(row, 1, nth % 3 == 2 ? "Внутренняя" : "Наружная");
                k.value(row, 2, AREAS[nth % AREAS.length]);
                k.value(row, 3, MODELS[school % MODELS.length]);
                k.value(row, 4, first.plusDays(nth * 7L));
                k.style(row, 4).format("dd.mm.yyyy").set();
                if (row % 10_000 == 0) {
                    k.flush();
                }
            }
            k.finish();
            wb.finish();
        }
    }
}
