// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.demo;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA_FAULT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import kz.schoolwatch.domain.CameraFaultKind;
import kz.schoolwatch.domain.RepairOutcome;
import org.jooq.DSLContext;
import org.jooq.TableRecord;

/**
 * A year of the demo cameras' faults and repairs (issue 21): every camera faulty today has its fault open, some
 * for weeks; about one camera in five had a fault repaired during the year, in a day or in up to two months.
 */
final class DemoFaults {

    private static final CameraFaultKind[] KINDS = {CameraFaultKind.NOT_WORKING, CameraFaultKind.NOT_WORKING,
            CameraFaultKind.NOT_WORKING, CameraFaultKind.NO_POWER, CameraFaultKind.NO_POWER, CameraFaultKind.POOR_PICTURE,
            CameraFaultKind.POOR_PICTURE, CameraFaultKind.PARTIAL_COVERAGE, CameraFaultKind.WRONG_PLACE,
            CameraFaultKind.SHORT_ARCHIVE, CameraFaultKind.OTHER};

    private final LocalDate today;
    private final Random random;
    private final List<TableRecord<?>> rows = new ArrayList<>();

    DemoFaults(LocalDate today, Random random) {
        this.today = today;
        this.random = random;
    }

    /** The faults of one camera: the open one when it is faulty today, and the repaired ones of the year. */
    void camera(DSLContext dsl, long cameraId, LocalDate installed, boolean faultyNow, int repairedFaults) {
        LocalDate since = installed == null ? today.minusYears(1) : installed;
        for (int i = 0; i < repairedFaults; i++) {
            int days = daysToRepair();
            LocalDate found = today.minusDays(days + 2 + random.nextInt(300));
            if (found.isBefore(since)) {
                continue;
            }
            rows.add(dsl.newRecord(CAMERA_FAULT).setCameraId(cameraId).setFoundOn(found).setKind(kind().name())
                    .setRepairedOn(found.plusDays(days))
                    .setRepairOutcome((random.nextInt(100) < 82 ? RepairOutcome.REPAIRED : RepairOutcome.REPLACED).name()));
        }
        if (faultyNow) {
            // Most are found within the fortnight; a third wait longer, the ones the program shows in red.
            int open = random.nextInt(3) == 0 ? 15 + random.nextInt(75) : random.nextInt(14);
            LocalDate found = today.minusDays(open);
            if (found.isBefore(since)) {
                found = since;
            }
            rows.add(dsl.newRecord(CAMERA_FAULT).setCameraId(cameraId).setFoundOn(found).setKind(kind().name()));
        }
    }

    /** How many repaired faults a camera had this year: mostly none. */
    int repairedCount() {
        int r = random.nextInt(100);
        return r < 78 ? 0 : r < 96 ? 1 : 2;
    }

    /** Days from a fault to its repair: half within a week, a few up to two months. */
    private int daysToRepair() {
        int r = random.nextInt(100);
        if (r < 50) {
            return 1 + random.nextInt(7);
        }
        return r < 80 ? 8 + random.nextInt(14) : 22 + random.nextInt(39);
    }

    private CameraFaultKind kind() {
        return KINDS[random.nextInt(KINDS.length)];
    }

    void insert(DSLContext dsl) {
        dsl.batchInsert(rows).execute();
    }
}
