// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import kz.schoolwatch.domain.Camera;
import kz.schoolwatch.domain.CameraArea;
import kz.schoolwatch.domain.CameraFault;
import kz.schoolwatch.domain.CameraState;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.FaultRow;
import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.domain.RepairOutcome;
import kz.schoolwatch.persistence.CameraFaultRepository;
import kz.schoolwatch.persistence.CameraRepository;
import kz.schoolwatch.persistence.CameraStates;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.DataChanges.Topic;
import org.jooq.DSLContext;

/**
 * Faults of cameras and their repairs (issue 21). Every write keeps the camera's status, in the same transaction,
 * the state of today its history gives: faulty while a fault is open, working once the last is repaired, dismantled
 * (removed on the repair's day) when a repair took it down. Heads record them for their district's schools;
 * inspectors read them.
 */
public final class CameraFaultService {

    static final int NOTE_MAX = 1000;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Database db;
    private final Writes writes;
    private final CameraFaultRepository faults;
    private final CameraRepository cameras;
    private final CameraStates states;
    private final Clock clock;
    private final Access access;

    public CameraFaultService(Database db, CameraFaultRepository faults, CameraRepository cameras, DataChanges changes,
                              Clock clock, Access access) {
        this.db = db;
        this.writes = new Writes(db, changes);
        this.faults = faults;
        this.cameras = cameras;
        this.states = new CameraStates(db);
        this.clock = clock;
        this.access = access;
    }

    /** Whether the signed-in account may record and repair faults at all (the card hides the buttons otherwise). */
    public boolean canEdit() {
        return access.can(Permission.EDIT_SCHOOLS);
    }

    /** A camera's faults, the latest found first. */
    public List<CameraFault> history(long cameraId) {
        return faults.forCamera(cameraId);
    }

    /** The faults of a school's cameras, the latest found first. */
    public List<CameraFault> forSchool(long schoolId) {
        return faults.forSchool(schoolId);
    }

    /** The open faults at open schools of the city ({@code districtId} null) or a district, the oldest first. */
    public List<FaultRow> open(Integer districtId) {
        return faults.open(districtId);
    }

    /** The faults repaired this year so far at open schools of the city ({@code districtId} null) or a district. */
    public List<FaultRow> repairedThisYear(Integer districtId) {
        LocalDate today = LocalDate.now(clock);
        return faults.repairedBetween(today.withDayOfYear(1), today, districtId);
    }

    /**
     * The median days from finding to repair of the faults repaired this year so far, in the city or a district;
     * empty when none was.
     */
    public Optional<Double> medianRepairDaysThisYear(Integer districtId) {
        return medianDays(repairedThisYear(districtId).stream().map(FaultRow::fault).toList());
    }

    /** The median days from finding to repair of {@code repaired} (closed faults); empty for none. */
    public static Optional<Double> medianDays(List<CameraFault> repaired) {
        List<Long> days = repaired.stream().filter(f -> !f.isOpen()).map(f -> f.days(f.repairedOn())).sorted().toList();
        if (days.isEmpty()) {
            return Optional.empty();
        }
        int n = days.size();
        return Optional.of(n % 2 == 1 ? days.get(n / 2) : (days.get(n / 2 - 1) + days.get(n / 2)) / 2.0);
    }

    /** The cameras present and in order on {@code day} in {@code area}, from their dates and faults. */
    public CameraState stateOn(LocalDate day, CameraArea area) {
        return states.on(day, area);
    }

    /**
     * Records a fault of a camera: found on a day not in the future nor before the camera was installed; a camera
     * has at most one open fault of each kind. The camera becomes faulty.
     *
     * @return the fault's id
     */
    public long record(CameraFault fault) {
        Camera camera = cameraOf(fault.cameraId());
        access.requireSchoolEdit(camera.schoolId());
        validate(fault, camera).throwIfInvalid();
        return writes.save(Topic.CAMERAS, tx -> {
            OpenSchools.require(tx, camera.schoolId());
            Camera now = cameras.find(tx, camera.id()).orElseThrow(() -> new SaveFailedException("common.error.gone", null));
            if (now.status() == CameraStatus.DISMANTLED) {
                throw new ValidationException(List.of(FieldError.of("foundOn", "fault.error.dismantled")));
            }
            requireNoOtherOpenOfKind(tx, fault);
            long id = faults.insert(tx, new CameraFault(null, fault.cameraId(), fault.foundOn(), fault.kind(), fault.note(),
                    null, null, null, 0));
            keepStatus(tx, camera.id(), false);
            return id;
        });
    }

    /**
     * Closes the open {@code fault} (as the form opened it) with its repair: the day (not before it was found, not in
     * the future), the outcome and a note. A camera taken down is dismantled from that day, and its other open
     * faults close with it.
     *
     * @throws EditConflictException when someone changed the fault since; nothing written
     */
    public void repair(CameraFault fault, LocalDate repairedOn, RepairOutcome outcome, String note) {
        CameraFault repaired = new CameraFault(fault.id(), fault.cameraId(), fault.foundOn(), fault.kind(), fault.note(),
                repairedOn, outcome, note, fault.version());
        Camera camera = cameraOf(fault.cameraId());
        access.requireSchoolEdit(camera.schoolId());
        new Validator().required("repairedOn", repairedOn).required("outcome", outcome).throwIfInvalid();
        validate(repaired, camera).throwIfInvalid();
        writes.run(Topic.CAMERAS, tx -> {
            OpenSchools.require(tx, camera.schoolId());
            Versions.requireUpdated(faults.update(tx, repaired), () -> faults.find(tx, fault.id()));
            if (outcome == RepairOutcome.DISMANTLED) {
                closeOthersWith(tx, repaired);
            }
            keepStatus(tx, camera.id(), false);
        });
    }

    /**
     * Corrects an entry (found, kind, notes, and the repair when there was one) as the form opened it.
     *
     * @throws EditConflictException when someone changed it since; nothing written
     */
    public void correct(CameraFault fault) {
        Camera camera = cameraOf(fault.cameraId());
        access.requireSchoolEdit(camera.schoolId());
        validate(fault, camera)
                .check(fault.repairedOn() != null && fault.outcome() == null, "outcome", "validation.required")
                .check(fault.repairedOn() == null && fault.outcome() != null, "repairedOn", "validation.required")
                .throwIfInvalid();
        writes.run(Topic.CAMERAS, tx -> {
            OpenSchools.require(tx, camera.schoolId());
            CameraFault before = faults.find(tx, fault.id()).orElseThrow(() -> new SaveFailedException("common.error.gone", null));
            if (fault.isOpen()) {
                requireNoOtherOpenOfKind(tx, fault);
            }
            Versions.requireUpdated(faults.update(tx, fault), () -> faults.find(tx, fault.id()));
            if (fault.outcome() == RepairOutcome.DISMANTLED) {
                closeOthersWith(tx, fault);
            }
            keepStatus(tx, camera.id(), before.outcome() == RepairOutcome.DISMANTLED);
        });
    }

    /**
     * Removes an entry made by mistake, as the list showed it.
     *
     * @throws SaveFailedException when someone changed it since, or it is gone
     */
    public void delete(CameraFault fault) {
        Camera camera = cameraOf(fault.cameraId());
        access.requireSchoolEdit(camera.schoolId());
        writes.run(Topic.CAMERAS, tx -> {
            Versions.requireDeleted(faults.delete(tx, fault), () -> faults.find(tx, fault.id()).isPresent());
            keepStatus(tx, camera.id(), fault.outcome() == RepairOutcome.DISMANTLED);
        });
    }

    private Camera cameraOf(long cameraId) {
        return db.read(dsl -> cameras.find(dsl, cameraId)).orElseThrow(() -> new SaveFailedException("common.error.gone", null));
    }

    private Validator validate(CameraFault f, Camera camera) {
        LocalDate today = LocalDate.now(clock);
        return new Validator()
                .required("kind", f.kind())
                .required("foundOn", f.foundOn())
                .date("foundOn", f.foundOn())
                .check(f.foundOn() != null && f.foundOn().isAfter(today), "foundOn", "validation.dateInFuture")
                .check(f.foundOn() != null && camera.installedOn() != null && f.foundOn().isBefore(camera.installedOn()),
                        "foundOn", "fault.error.beforeInstalled", SHOWN.format(camera.installedOn()))
                .maxLength("note", f.note(), NOTE_MAX)
                .date("repairedOn", f.repairedOn())
                .check(f.repairedOn() != null && f.repairedOn().isAfter(today), "repairedOn", "validation.dateInFuture")
                .check(f.repairedOn() != null && f.foundOn() != null && f.repairedOn().isBefore(f.foundOn()),
                        "repairedOn", "fault.error.repairBeforeFound")
                .maxLength("repairNote", f.repairNote(), NOTE_MAX);
    }

    private void requireNoOtherOpenOfKind(DSLContext tx, CameraFault f) {
        boolean twice = faults.openOf(tx, f.cameraId()).stream()
                .anyMatch(o -> o.kind() == f.kind() && !o.id().equals(f.id()));
        if (twice) {
            throw new ValidationException(List.of(FieldError.of("kind", "fault.error.openOfKind")));
        }
    }

    /** A camera taken down has no fault left open: the others close on the same day (none may be found later). */
    private void closeOthersWith(DSLContext tx, CameraFault dismantling) {
        for (CameraFault other : faults.openOf(tx, dismantling.cameraId())) {
            if (other.foundOn().isAfter(dismantling.repairedOn())) {
                throw new ValidationException(List.of(FieldError.of("repairedOn", "fault.error.laterFaultOpen")));
            }
            faults.update(tx, new CameraFault(other.id(), other.cameraId(), other.foundOn(), other.kind(), other.note(),
                    dismantling.repairedOn(), RepairOutcome.DISMANTLED, other.repairNote(), other.version()));
        }
    }

    /**
     * The camera's status from its faults: dismantled on the day a repair took it down; else faulty while a fault is
     * open, working when none is. A camera dismantled by hand stays so unless {@code undoDismantling} (the fault that
     * took it down was corrected or removed).
     */
    private void keepStatus(DSLContext tx, long cameraId, boolean undoDismantling) {
        Camera camera = cameras.find(tx, cameraId).orElseThrow(() -> new SaveFailedException("common.error.gone", null));
        Optional<LocalDate> dismantled = faults.dismantledOn(tx, cameraId);
        if (dismantled.isPresent()) {
            faults.setCameraState(tx, cameraId, CameraStatus.DISMANTLED, dismantled.get());
        } else if (camera.status() != CameraStatus.DISMANTLED || undoDismantling) {
            boolean open = !faults.openOf(tx, cameraId).isEmpty();
            faults.setCameraState(tx, cameraId, open ? CameraStatus.FAULTY : CameraStatus.WORKING, null);
        }
    }
}
