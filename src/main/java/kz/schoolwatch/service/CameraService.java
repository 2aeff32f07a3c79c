// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.domain.Camera;
import kz.schoolwatch.domain.CameraDetails;
import kz.schoolwatch.domain.CameraDetailsEdit;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.DistrictCameraTotals;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.persistence.CameraRepository;
import kz.schoolwatch.persistence.CameraStatsRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.service.DataChanges.Topic;

/** The cameras of schools, one at a time or as an inventory's counts, and the city's camera figures. */
public final class CameraService {

    private final Access access;

    /** More than this in one step is surely a typing error. */
    static final int MAX_BULK = 500;

    private final Writes writes;
    private final CameraRepository cameras;
    private final CameraStatsRepository stats;
    private final SchoolRepository schools;
    private final Clock clock;

    public CameraService(Database db, CameraRepository cameras, CameraStatsRepository stats, SchoolRepository schools,
                         DataChanges changes, Clock clock, Access access) {
        this.access = access;
        this.writes = new Writes(db, changes);
        this.cameras = cameras;
        this.stats = stats;
        this.schools = schools;
        this.clock = clock;
    }

    public List<Camera> forSchool(long schoolId) {
        return cameras.forSchool(schoolId);
    }

    /**
     * Adds or edits one camera at an open school.
     *
     * @throws EditConflictException when someone else saved the camera after {@code camera.version()}; nothing written
     * @throws SaveFailedException  when the school was archived or deleted meanwhile, or the camera deleted
     */
    public long save(Camera camera) {
        access.requireSchoolEdit(camera.schoolId());
        Validator v = new Validator()
                .required("placement", camera.placement())
                .required("viewArea", camera.viewArea())
                .required("status", camera.status())
                .check(camera.installedOn() != null && camera.installedOn().isAfter(LocalDate.now(clock)), "installedOn",
                        "validation.dateInFuture")
                .date("installedOn", camera.installedOn())
                .maxLength("note", camera.note(), 500);
        detailRules(v, camera.details(), true, true).throwIfInvalid();
        LocalDate today = LocalDate.now(clock);
        return writes.save(Topic.CAMERAS, tx -> {
            OpenSchools.require(tx, camera.schoolId());
            if (camera.id() == null) {
                return cameras.insert(tx, camera, today);
            }
            Versions.requireUpdated(cameras.update(tx, camera, today), () -> cameras.find(tx, camera.id()));
            return camera.id();
        });
    }

    /**
     * The checks of a camera's details: a numbered zone needs its number (1..50), the archive 0..3650 days, the last
     * check not after today. {@code zone} and {@code lastChecked} say whether those details are checked at all.
     */
    private Validator detailRules(Validator v, CameraDetails d, boolean zone, boolean lastChecked) {
        LocalDate today = LocalDate.now(clock);
        return v.check(zone && d.zone().numbered() && d.zoneNumber() == null, "zoneNumber", "validation.required")
                .range("zoneNumber", zone ? d.zoneNumber() : null, 1, 50)
                .range("archiveDays", d.archiveDays(), 0, 3650)
                .check(lastChecked && d.lastCheckedOn() != null && d.lastCheckedOn().isAfter(today), "lastCheckedOn",
                        "validation.dateInFuture")
                .date("lastCheckedOn", lastChecked ? d.lastCheckedOn() : null);
    }

    /**
     * Writes the ticked details of {@code edit} to every camera of {@code selected}, as the list showed them, in one
     * transaction; each changed camera gets its row in the details' history.
     *
     * @throws SaveFailedException when someone else changed one of them since ({@code camera.details.error.changedMeanwhile}),
     *                             a camera is gone or its school archived meanwhile; nothing written
     */
    public void editDetails(List<Camera> selected, CameraDetailsEdit edit) {
        Set<Long> schoolIds = new LinkedHashSet<>();
        selected.forEach(c -> schoolIds.add(c.schoolId()));
        schoolIds.forEach(access::requireSchoolEdit);
        Validator v = new Validator()
                .check(selected.isEmpty(), "cameras", "camera.details.error.noneSelected")
                .check(!edit.changesAnything(), "cameras", "camera.details.error.nothingTicked");
        detailRules(v, edit.values(), edit.zone(), edit.lastCheckedOn()).throwIfInvalid();
        LocalDate today = LocalDate.now(clock);
        try {
            writes.run(Topic.CAMERAS, tx -> {
                schoolIds.forEach(id -> OpenSchools.require(tx, id));
                for (Camera c : selected) {
                    Versions.requireUpdated(cameras.update(tx, edit.applyTo(c), today), () -> cameras.find(tx, c.id()));
                }
            });
        } catch (EditConflictException changed) {
            // No field-by-field choice over many cameras: the officer reads the list again and edits anew.
            throw new SaveFailedException("camera.details.error.changedMeanwhile", changed);
        }
    }

    /** Adds «N outdoor and M indoor» cameras in one step, as real inventories arrive. */
    public void addMany(long schoolId, Integer outdoor, Integer indoor, CameraStatus status, LocalDate installedOn, boolean connected) {
        access.requireSchoolEdit(schoolId);
        int out = outdoor == null ? 0 : outdoor;
        int in = indoor == null ? 0 : indoor;
        new Validator()
                .notNegative("outdoor", outdoor)
                .notNegative("indoor", indoor)
                .check(out > MAX_BULK, "outdoor", "validation.range", 0, MAX_BULK)
                .check(in > MAX_BULK, "indoor", "validation.range", 0, MAX_BULK)
                .check(out >= 0 && in >= 0 && out + in == 0, "outdoor", "camera.bulk.error.nothing")
                .required("status", status)
                .check(installedOn != null && installedOn.isAfter(LocalDate.now(clock)), "installedOn", "validation.dateInFuture")
                .date("installedOn", installedOn)
                .throwIfInvalid();
        writes.run(Topic.CAMERAS, tx -> {
            OpenSchools.require(tx, schoolId);
            cameras.addMany(tx, schoolId, out, in, status, installedOn, connected);
        });
    }

    /**
     * Removes a camera entered by mistake, as the list showed it.
     *
     * @throws EditConflictException when someone else changed it since; nothing removed
     * @throws SaveFailedException  when it is gone already
     */
    public void delete(Camera camera) {
        access.require(Permission.EDIT_SCHOOLS);
        writes.run(Topic.CAMERAS, tx -> Versions.requireUpdated(cameras.delete(tx, camera), () -> cameras.find(tx, camera.id())));
    }

    /** Camera figures per district, over open schools. */
    public List<DistrictCameraTotals> totalsByDistrict() {
        return stats.byDistrict();
    }

    /** Open schools with no working camera: the city's list of schools without video surveillance. */
    public List<SchoolRow> schoolsWithoutWorkingCamera() {
        return schools.listRows().stream().filter(r -> !r.archived() && !r.covered()).toList();
    }
}
