// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.schoolwatch.domain.Camera;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The bulk reads and batched writes of the camera import (issue 19): every school of a file in one query, all
 * their cameras in one more, and inserts and updates sent in batches. Everything runs in the caller's transaction.
 * Long lists are cut into chunks so no statement carries more than {@link #CHUNK} parameters per list.
 */
public final class CameraImportRepository {

    /** IN-lists and batches stay at this size: well under PostgreSQL's 32,767 parameters, and H2 plans them by index. */
    static final int CHUNK = 1000;

    /** A school the file names: its id, number, registered name and whether it is archived. */
    public record SchoolRef(long id, int number, String name, boolean archived) {
    }

    /**
     * A camera as stored or to be stored: the form's {@link Camera} plus the model (which the form does not show)
     * and the day it was taken down (null while it hangs).
     */
    public record StoredCamera(Camera camera, String model, LocalDate removedOn) {
    }

    /** The schools with these numbers, by number (open and archived alike). */
    public Map<Integer, SchoolRef> schoolsByNumber(DSLContext dsl, Collection<Integer> numbers) {
        Map<Integer, SchoolRef> found = new HashMap<>();
        Set<Integer> wanted = new HashSet<>(numbers);
        // A city's whole list is read faster in one pass than looked up a thousand at a time.
        List<Condition> where = wanted.size() > CHUNK ? List.of(DSL.noCondition())
                : chunks(wanted).stream().map(SCHOOL.SCHOOL_NUMBER::in).toList();
        for (Condition condition : where) {
            dsl.select(SCHOOL.ID, SCHOOL.SCHOOL_NUMBER, SCHOOL.NAME, SCHOOL.ARCHIVED_ON).from(SCHOOL).where(condition)
                    .forEach(r -> {
                        if (wanted.contains(r.value2())) {
                            found.put(r.value2(), new SchoolRef(r.value1(), r.value2(), r.value3(), r.value4() != null));
                        }
                    });
        }
        return found;
    }

    /** Every camera of these schools, hanging or taken down, in the order they were entered. */
    public List<StoredCamera> camerasOf(DSLContext dsl, Collection<Long> schoolIds) {
        List<StoredCamera> cameras = new ArrayList<>();
        Set<Long> wanted = new HashSet<>(schoolIds);
        List<Condition> where = wanted.size() > CHUNK ? List.of(DSL.noCondition())
                : chunks(wanted).stream().map(CAMERA.SCHOOL_ID::in).toList();
        for (Condition condition : where) {
            dsl.selectFrom(CAMERA).where(condition).forEach(r -> {
                if (wanted.contains(r.getSchoolId())) {
                    cameras.add(new StoredCamera(CameraRepository.toCamera(r), r.getModel(), r.getRemovedOn()));
                }
            });
        }
        cameras.sort(Comparator.comparingLong(c -> c.camera().id()));
        return cameras;
    }

    /**
     * Locks these schools' rows until the transaction ends (as {@link SchoolRepository#lockForChange} does for one)
     * and returns the numbers of those that are archived or gone, so cameras are not written at them.
     */
    public List<Integer> lockAndFindClosed(DSLContext dsl, Collection<SchoolRef> schools) {
        Map<Long, Integer> numbers = new HashMap<>();
        schools.forEach(s -> numbers.put(s.id(), s.number()));
        Map<Long, Boolean> open = new HashMap<>();
        for (List<Long> chunk : chunks(numbers.keySet())) {
            dsl.select(SCHOOL.ID, SCHOOL.ARCHIVED_ON).from(SCHOOL).where(SCHOOL.ID.in(chunk)).forUpdate()
                    .forEach(r -> open.put(r.value1(), r.value2() == null));
        }
        return numbers.entrySet().stream().filter(e -> !open.getOrDefault(e.getKey(), false)).map(Map.Entry::getValue).sorted().toList();
    }

    /** Inserts new cameras in batches; one taken down already counts until {@code removedOn} (the form's rule). */
    public void insert(DSLContext dsl, List<StoredCamera> cameras) {
        for (List<StoredCamera> chunk : chunks(cameras)) {
            BatchBindStep batch = dsl.batch(dsl.insertInto(CAMERA, CAMERA.SCHOOL_ID, CAMERA.PLACEMENT, CAMERA.VIEW_AREA, CAMERA.STATUS,
                            CAMERA.MODEL, CAMERA.INSTALLED_ON, CAMERA.REMOVED_ON, CAMERA.CONNECTION, CAMERA.NOTE)
                    .values((Long) null, null, null, null, null, null, null, null, null));
            for (StoredCamera s : chunk) {
                Camera c = s.camera();
                batch = batch.bind(c.schoolId(), c.placement().name(), c.viewArea().name(), c.status().name(), s.model(),
                        c.installedOn(), s.removedOn(), c.details().connection().name(), SchoolRepository.blankToNull(c.note()));
            }
            batch.execute();
        }
    }

    /**
     * Writes the status, link to the ЦОУ, note, removal day, and the view, model and day installed a row filled in, each only while it is still at the
     * version it was read with, counting the version up; returns how many rows changed (fewer when someone else
     * changed one meanwhile).
     */
    public int update(DSLContext dsl, List<StoredCamera> cameras) {
        int changed = 0;
        for (List<StoredCamera> chunk : chunks(cameras)) {
            BatchBindStep batch = dsl.batch(dsl.update(CAMERA)
                    .set(CAMERA.STATUS, (String) null)
                    .set(CAMERA.CONNECTION, (String) null)
                    .set(CAMERA.NOTE, (String) null)
                    .set(CAMERA.REMOVED_ON, (LocalDate) null)
                    .set(CAMERA.VIEW_AREA, (String) null)
                    .set(CAMERA.MODEL, (String) null)
                    .set(CAMERA.INSTALLED_ON, (LocalDate) null)
                    .set(CAMERA.ROW_VERSION, CAMERA.ROW_VERSION.plus(DSL.inline(1)))
                    .where(CAMERA.ID.eq((Long) null)).and(CAMERA.ROW_VERSION.eq((Integer) null)));
            for (StoredCamera s : chunk) {
                Camera c = s.camera();
                batch = batch.bind(c.status().name(), c.details().connection().name(), SchoolRepository.blankToNull(c.note()), s.removedOn(),
                        c.viewArea().name(), s.model(), c.installedOn(), c.id(), c.version());
            }
            changed += changedRows(batch.execute(), chunk.size());
        }
        return changed;
    }

    /** Counts the rows a batch changed; a driver that does not say (a negative count) is taken at its word. */
    private static int changedRows(int[] counts, int sent) {
        int changed = 0;
        for (int n : counts) {
            if (n < 0) {
                return sent;
            }
            changed += n;
        }
        return changed;
    }

    private static <T> List<List<T>> chunks(Collection<T> all) {
        List<T> list = all instanceof List<T> l ? l : new ArrayList<>(all);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < list.size(); i += CHUNK) {
            chunks.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
        }
        return chunks;
    }
}
