// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench.load;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import kz.schoolwatch.domain.Camera;
import kz.schoolwatch.domain.SchoolDetails;
import kz.schoolwatch.persistence.AssignmentRepository;
import kz.schoolwatch.persistence.CameraRepository;
import kz.schoolwatch.persistence.CameraStatsRepository;
import kz.schoolwatch.persistence.ReferenceRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.CameraService;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.EditConflictException;
import kz.schoolwatch.service.SchoolService;

/**
 * A head editing the registry: opens a school the other heads edit too and counts its pupils up by one, then
 * opens one of its cameras and counts the edits in its note up by one. A save over another head's change is
 * refused with the stored record; the head then does what the conflict dialog offers, keeps theirs and applies
 * its own change over it, and saves again. Each change is thus a +1 the stored record must show in the end.
 */
final class Head extends LoadOfficer {

    /** The note a camera carries: how many edits it received in the load run. */
    static final String EDITS = "Правок в замере: ";
    private static final int TRIES = 100;

    private final List<Long> schoolPool;
    /** Camera id to its school. */
    private final Map<Long, Long> cameraPool;
    private final List<Long> cameraIds;
    private final SchoolService schools;
    private final CameraService cameras;

    Head(Database db, Access access, Ledger.Tally tally, Ledger ledger, long seed, List<Long> schoolPool, Map<Long, Long> cameraPool) {
        super(db, tally, ledger, seed);
        this.schoolPool = schoolPool;
        this.cameraPool = cameraPool;
        this.cameraIds = List.copyOf(cameraPool.keySet());
        Clock clock = Clock.systemDefaultZone();
        SchoolRepository schoolRows = new SchoolRepository(db);
        this.schools = new SchoolService(db, schoolRows, new AssignmentRepository(db), new ReferenceRepository(db), new DataChanges(),
                clock, access);
        this.cameras = new CameraService(db, new CameraRepository(db), new CameraStatsRepository(db), schoolRows, new DataChanges(),
                clock, access);
    }

    @Override
    void round(Latencies times) {
        editSchool(times);
        if (!cameraIds.isEmpty()) {
            editCamera(times);
        }
    }

    private void editSchool(Latencies times) {
        long id = schoolPool.get(random.nextInt(schoolPool.size()));
        SchoolDetails mine = onePupilMore(schools.find(id));
        for (int i = 0; i < TRIES; i++) {
            try {
                SchoolDetails toSave = mine;
                timed(times, "school", () -> schools.save(toSave));
                tally.saved("school");
                ledger.schoolSaved(id);
                return;
            } catch (EditConflictException theirs) {
                tally.conflicts++;
                mine = onePupilMore(theirs.current(SchoolDetails.class));
            }
        }
        throw new IllegalStateException("school " + id + " still changed by others after " + TRIES + " tries");
    }

    private static SchoolDetails onePupilMore(SchoolDetails s) {
        return RecordCopies.with(s, "pupils", (s.pupils() == null ? 0 : s.pupils()) + 1);
    }

    private void editCamera(Latencies times) {
        long id = cameraIds.get(random.nextInt(cameraIds.size()));
        Camera stored = cameras.forSchool(cameraPool.get(id)).stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new IllegalStateException("camera " + id + " is gone"));
        Camera mine = oneEditMore(stored);
        for (int i = 0; i < TRIES; i++) {
            try {
                Camera toSave = mine;
                timed(times, "camera", () -> cameras.save(toSave));
                tally.saved("camera");
                ledger.cameraSaved(id);
                return;
            } catch (EditConflictException theirs) {
                tally.conflicts++;
                mine = oneEditMore(theirs.current(Camera.class));
            }
        }
        throw new IllegalStateException("camera " + id + " still changed by others after " + TRIES + " tries");
    }

    private static Camera oneEditMore(Camera c) {
        return RecordCopies.with(c, "note", EDITS + (edits(c.note()) + 1));
    }

    /** The edits a camera's note counts; a note not written by the load run counts none. */
    static long edits(String note) {
        return note != null && note.startsWith(EDITS) ? Long.parseLong(note.substring(EDITS.length())) : 0;
    }
}
