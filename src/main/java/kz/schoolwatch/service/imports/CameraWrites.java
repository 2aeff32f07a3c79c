// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.schoolwatch.domain.Camera;
import kz.schoolwatch.domain.CameraDetails;
import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.CameraViewArea;
import kz.schoolwatch.persistence.CameraHistory;
import kz.schoolwatch.persistence.CameraImportRepository;
import kz.schoolwatch.persistence.CameraImportRepository.SchoolRef;
import kz.schoolwatch.persistence.CameraImportRepository.StoredCamera;
import kz.schoolwatch.service.SaveFailedException;
import org.jooq.DSLContext;

/**
 * What a camera plan writes: cameras to add, cameras to change (a taken-down one included), and the schools they
 * hang at. Carried out in one go inside the import's transaction, with the schools locked first.
 */
final class CameraWrites {

    private final CameraImportRepository repository;
    private final LocalDate today;
    private final Map<Long, SchoolRef> schools = new LinkedHashMap<>();
    private final List<StoredCamera> inserts = new ArrayList<>();
    private final List<StoredCamera> updates = new ArrayList<>();
    private int removed;

    CameraWrites(CameraImportRepository repository, LocalDate today) {
        this.repository = repository;
        this.today = today;
    }

    void add(SchoolRef school, StoredCamera camera) {
        schools.put(school.id(), school);
        inserts.add(camera);
    }

    /** {@code count} working cameras of {@code placement} as the camera form's «by count» adds them. */
    void addCounted(SchoolRef school, CameraPlacement placement, int count) {
        for (int i = 0; i < count; i++) {
            add(school, new StoredCamera(new Camera(null, school.id(), placement, CameraViewArea.OTHER, CameraStatus.WORKING, null,
                    CameraDetails.connected(false), null, 0), null, null));
        }
    }

    void update(SchoolRef school, StoredCamera camera) {
        schools.put(school.id(), school);
        updates.add(camera);
    }

    /** Takes a camera down as the form does: dismantled, counted until today. */
    void remove(SchoolRef school, StoredCamera stored) {
        Camera c = stored.camera();
        update(school, new StoredCamera(new Camera(c.id(), c.schoolId(), c.placement(), c.viewArea(), CameraStatus.DISMANTLED,
                c.installedOn(), c.details(), c.note(), c.version()), stored.model(), today));
        removed++;
    }

    int added() {
        return inserts.size();
    }

    int removed() {
        return removed;
    }

    /**
     * Writes it all. The plan was made in this transaction a moment ago; the locks and the version checks catch a
     * school archived or a camera changed by someone else in between, and then nothing is written.
     *
     * @throws SaveFailedException when a school was archived or deleted, or a camera changed, meanwhile
     */
    void run(DSLContext tx) {
        if (schools.isEmpty()) {
            return;
        }
        List<Integer> closed = repository.lockAndFindClosed(tx, schools.values());
        if (!closed.isEmpty()) {
            throw new SaveFailedException("school.error.archivedMeanwhile", null, String.valueOf(closed.get(0)));
        }
        // School by school: the indexes on the school's id then grow page by page instead of touching pages all
        // over the (encrypted) file in the order a contractor's list happens to have.
        inserts.sort(Comparator.comparingLong(s -> s.camera().schoolId()));
        updates.sort(Comparator.comparingLong(s -> s.camera().id()));
        repository.insert(tx, inserts);
        if (repository.update(tx, updates) != updates.size()) {
            throw new SaveFailedException("import.cameras.error.changedMeanwhile", null);
        }
        // The details' history (issue 21): the new cameras from their day, a changed link from today.
        CameraHistory.recordMissing(tx, schools.keySet(), today);
        CameraHistory.recordChanged(tx, updates.stream().map(s -> s.camera().id()).toList(), today);
    }
}
