// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import kz.schoolwatch.domain.NamedRef;
import kz.schoolwatch.domain.OfficerAssignment;
import kz.schoolwatch.domain.SchoolDetails;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.persistence.AssignmentRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.ReferenceRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.service.DataChanges.Topic;

/** The school registry: create, edit, archive, and who covers each school. */
public final class SchoolService {

    private final Access access;

    /** What happened to a school the user asked to remove. */
    public enum RemoveOutcome {
        /** It had visits, events, checks or offences: closed, kept in history, gone from the figures. */
        ARCHIVED,
        /** It had no history: removed with its cameras and equipment. */
        DELETED
    }

    private final Writes writes;
    private final SchoolRepository schools;
    private final AssignmentRepository assignments;
    private final ReferenceRepository reference;
    private final Clock clock;

    public SchoolService(Database db, SchoolRepository schools, AssignmentRepository assignments, ReferenceRepository reference,
                         DataChanges changes, Clock clock, Access access) {
        this.access = access;
        this.writes = new Writes(db, changes);
        this.schools = schools;
        this.assignments = assignments;
        this.reference = reference;
        this.clock = clock;
    }

    /** The first {@code n} schools by number: what the Schools screen paints while the full list loads. */
    public List<SchoolRow> firstRows(int n) {
        return schools.firstRows(n);
    }

    /** All schools, open and archived, for the Schools table. */
    public List<SchoolRow> list() {
        return schools.listRows();
    }

    public SchoolDetails find(long id) {
        return schools.find(id).orElseThrow(() -> new NoSuchElementException("school " + id));
    }

    public List<NamedRef> districts() {
        return reference.districts();
    }

    public List<NamedRef> officers() {
        return reference.activeOfficers();
    }

    /** Checks every field; the number's uniqueness is checked again inside the saving transaction. */
    public Validator validate(SchoolDetails s) {
        return rules(s);
    }

    /** The form's checks of a school's fields, which the import applies to each row as well. */
    public static Validator rules(SchoolDetails s) {
        return new Validator()
                .required("number", s.number())
                .check(s.number() != null && (s.number() < 1 || s.number() > 99_999), "number", "validation.range", 1, 99_999)
                .required("name", s.name())
                .maxLength("name", s.name(), 300)
                .required("type", s.type())
                .required("ownership", s.ownership())
                .required("language", s.language())
                .required("district", s.districtId())
                .maxLength("address", s.address(), 300)
                .maxLength("director", s.directorName(), 200)
                .phone("phone", s.phone())
                .notNegative("pupils", s.pupils())
                .check(s.pupils() != null && s.pupils() > 20_000, "pupils", "validation.range", 0, 20_000)
                .range("entrances", s.entrances(), 1, 50)
                .range("floors", s.floors(), 1, 30);
    }

    /**
     * Creates or updates a school in one transaction.
     *
     * @return the school's id
     * @throws ValidationException  with field errors (also "number taken")
     * @throws EditConflictException when someone else saved the school after {@code s.version()}; nothing written
     * @throws SaveFailedException  when the database refused the write or the school is gone; nothing was changed
     */
    public long save(SchoolDetails s) {
        access.requireSchoolEdit(s.id());
        access.requireSchoolInDistrictId(s.districtId());
        validate(s).throwIfInvalid();
        FieldError numberTaken = FieldError.of("number", "school.error.numberTaken", s.number());
        // The rule covers another window taking the number between our check and the insert.
        return writes.save(Topic.SCHOOLS, tx -> {
            if (schools.numberTaken(tx, s.number(), s.id())) {
                throw new ValidationException(List.of(numberTaken));
            }
            if (s.id() == null) {
                return schools.insert(tx, s);
            }
            Versions.requireUpdated(schools.update(tx, s), () -> schools.find(tx, s.id()));
            return s.id();
        }, new SaveErrors.Rule("SCHOOL_NUMBER_UQ", numberTaken));
    }

    /**
     * Archives a school with history, deletes one without; either way it leaves the figures. A school archived
     * meanwhile keeps its day of archiving.
     *
     * @throws SaveFailedException when it was deleted meanwhile
     */
    public RemoveOutcome remove(long id) {
        access.requireSchoolEdit(id);
        return writes.save(Topic.SCHOOLS, tx -> {
            SchoolDetails now = SchoolRepository.lockForChange(tx, id)
                    .orElseThrow(() -> new SaveFailedException("school.error.goneMeanwhile", null));
            if (now.isArchived()) {
                return RemoveOutcome.ARCHIVED;
            }
            if (schools.hasHistory(tx, id)) {
                schools.setArchived(tx, id, LocalDate.now(clock));
                return RemoveOutcome.ARCHIVED;
            }
            schools.delete(tx, id);
            return RemoveOutcome.DELETED;
        });
    }

    /**
     * Reopens an archived school (one reopened meanwhile stays as it is).
     *
     * @throws SaveFailedException when it was deleted meanwhile
     */
    public void restore(long id) {
        access.requireSchoolEdit(id);
        writes.run(Topic.SCHOOLS, tx -> {
            SchoolDetails now = SchoolRepository.lockForChange(tx, id)
                    .orElseThrow(() -> new SaveFailedException("school.error.goneMeanwhile", null));
            if (now.isArchived()) {
                schools.setArchived(tx, id, null);
            }
        });
    }

    public List<OfficerAssignment> assignments(long schoolId) {
        return assignments.history(schoolId);
    }

    /**
     * Makes {@code officerId} the school's officer from {@code from}; the earlier assignment is kept as history.
     *
     * @throws SaveFailedException when the school was archived or deleted meanwhile
     */
    public void assignOfficer(long schoolId, Long officerId, LocalDate from) {
        access.requireSchoolEdit(schoolId);
        new Validator().required("officer", officerId).required("assignedFrom", from)
                .check(from != null && from.isAfter(LocalDate.now(clock).plusYears(1)), "assignedFrom", "validation.dateTooLate")
                .date("assignedFrom", from)
                .throwIfInvalid();
        writes.run(Topic.SCHOOLS, tx -> {
            OpenSchools.require(tx, schoolId);
            assignments.assign(tx, schoolId, officerId, from);
        });
    }
}
