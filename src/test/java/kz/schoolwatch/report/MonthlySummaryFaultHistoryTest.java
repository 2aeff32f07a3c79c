// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Camera;
import kz.schoolwatch.domain.CameraFault;
import kz.schoolwatch.domain.CameraFaultKind;
import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.CameraViewArea;
import kz.schoolwatch.domain.Ownership;
import kz.schoolwatch.domain.RepairOutcome;
import kz.schoolwatch.domain.SchoolDetails;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.domain.TeachingLanguage;
import kz.schoolwatch.persistence.AssignmentRepository;
import kz.schoolwatch.persistence.CameraFaultRepository;
import kz.schoolwatch.persistence.CameraRepository;
import kz.schoolwatch.persistence.CameraStatsRepository;
import kz.schoolwatch.persistence.ReferenceRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.report.MonthlySummaryRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.CameraFaultService;
import kz.schoolwatch.service.CameraService;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.MonthlySummaryService;
import kz.schoolwatch.service.SchoolService;
import kz.schoolwatch.service.SettingsService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monthly summary's cameras in order at the start and at the end of a past month come from the faults and repairs
 * of that time, not from the cameras' status today (issue 21).
 */
class MonthlySummaryFaultHistoryTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @TempDir
    Path folder;

    private Database db;

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void faultsOfAPastMonthMoveItsFiguresAndTodaysStatusDoesNot() throws Exception {
        Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ALMATY).toInstant(), ALMATY);
        db = TestDatabases.open(folder);
        DataChanges changes = new DataChanges();
        SchoolRepository repo = new SchoolRepository(db);
        long school = new SchoolService(db, repo, new AssignmentRepository(db), new ReferenceRepository(db), changes, clock,
                TestDatabases.head()).save(new SchoolDetails(null, 174, "КГУ «Школа-гимназия №174»", SchoolType.GYMNASIUM,
                Ownership.STATE, TeachingLanguage.KAZAKH, 4, "пр. Абая, 10", "Ахметова А. С.", "+7 727 111 22 33", 900, null, null, null, 0));
        CameraService cameras = new CameraService(db, new CameraRepository(db), new CameraStatsRepository(db), repo, changes, clock,
                TestDatabases.head());
        CameraFaultService faults = new CameraFaultService(db, new CameraFaultRepository(db), new CameraRepository(db), changes, clock,
                TestDatabases.head());
        long[] ids = new long[4];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = cameras.save(new Camera(null, school, CameraPlacement.OUTDOOR, CameraViewArea.ENTRANCE, CameraStatus.WORKING,
                    LocalDate.of(2026, 1, 15), null, null, 0));
        }
        // Out of order across the start of October, repaired inside it: working today.
        long acrossStart = faults.record(new CameraFault(null, ids[0], LocalDate.of(2026, 9, 20), CameraFaultKind.NO_POWER, null,
                null, null, null, 0));
        faults.repair(faults.history(ids[0]).get(0), LocalDate.of(2026, 10, 10), RepairOutcome.REPAIRED, null);
        // Opened and repaired inside October: moves neither its start nor its end.
        faults.record(new CameraFault(null, ids[1], LocalDate.of(2026, 10, 12), CameraFaultKind.POOR_PICTURE, null, null, null, null, 0));
        faults.repair(faults.history(ids[1]).get(0), LocalDate.of(2026, 10, 20), RepairOutcome.REPLACED, null);
        // Found late in October and still open: faulty at October's end, and today.
        faults.record(new CameraFault(null, ids[2], LocalDate.of(2026, 10, 28), CameraFaultKind.NOT_WORKING, null, null, null, null, 0));
        // Found in November: faulty today, in order all of October.
        faults.record(new CameraFault(null, ids[3], LocalDate.of(2026, 11, 3), CameraFaultKind.NO_POWER, null, null, null, null, 0));
        assertThat(acrossStart).isPositive();

        SettingsService settings = new SettingsService(new SettingsRepository(db), changes, TestDatabases.head());
        MonthlySummaryService summaries = new MonthlySummaryService(new MonthlySummaryRepository(db), settings, clock, "г. Алматы",
                TestDatabases.head());
        MonthlySummary.Figures october = summaries.summarize(OCTOBER, summaries.cityScope()).figures();

        assertThat(october.camerasPrevious()).as("on 30 September: the first camera out of order")
                .extracting("working", "faulty").containsExactly(3, 1);
        assertThat(october.cameras()).as("on 31 October: the third camera out of order")
                .extracting("working", "faulty").containsExactly(3, 1);
        MonthlySummary.Figures november = summaries.summarize(YearMonth.from(TODAY), summaries.cityScope()).figures();
        assertThat(november.camerasPrevious()).extracting("working", "faulty").containsExactly(3, 1);
        assertThat(november.cameras()).as("today: the third and fourth out of order").extracting("working", "faulty").containsExactly(2, 2);
    }
}
