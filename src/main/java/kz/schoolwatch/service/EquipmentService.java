// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.time.Clock;
import java.time.LocalDate;

import kz.schoolwatch.domain.SchoolEquipment;
import kz.schoolwatch.persistence.EquipmentHistory;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.EquipmentRepository;

/** A school's other security equipment: panic button, access control, turnstiles, metal detector, guard, PA system. */
public final class EquipmentService {

    private final Access access;

    private final Writes writes;
    private final EquipmentRepository equipment;
    private final Clock clock;

    public EquipmentService(Database db, EquipmentRepository equipment, DataChanges changes, Access access) {
        this(db, equipment, changes, Clock.systemDefaultZone(), access);
    }

    /** {@code clock} gives the day from which a save counts in the equipment's history. */
    public EquipmentService(Database db, EquipmentRepository equipment, DataChanges changes, Clock clock, Access access) {
        this.access = access;
        this.writes = new Writes(db, changes);
        this.equipment = equipment;
        this.clock = clock;
    }

    public SchoolEquipment find(long schoolId) {
        return equipment.find(schoolId);
    }

    /**
     * Saves the equipment of an open school; a guard needs a company, and a console connection needs a panic button.
     * The history keeps it as valid from today, in the same transaction.
     *
     * @throws EditConflictException when someone else saved it after {@code e.version()} (or first, for version 0)
     * @throws SaveFailedException  when the school was archived or deleted meanwhile
     */
    public void save(SchoolEquipment e) {
        access.requireSchoolEdit(e.schoolId());
        new Validator()
                .check(e.panicButtonConnected() && !e.panicButton(), "panicButtonConnected", "equipment.error.connectedWithoutButton")
                .check(e.guardContractEnd() != null && !e.hasGuard(), "guardCompany", "equipment.error.contractWithoutCompany")
                .maxLength("guardCompany", e.guardCompany(), 200)
                .date("guardContractEnd", e.guardContractEnd())
                .throwIfInvalid();
        LocalDate today = LocalDate.now(clock);
        writes.run(DataChanges.Topic.EQUIPMENT, tx -> {
            OpenSchools.require(tx, e.schoolId());
            if (e.version() > 0) {
                Versions.requireUpdated(equipment.update(tx, e), () -> equipment.find(tx, e.schoolId()));
            } else {
                // The school's row is locked: nobody else adds its first equipment between this read and the insert.
                equipment.find(tx, e.schoolId()).ifPresent(stored -> {
                    throw new EditConflictException(stored);
                });
                equipment.insert(tx, e);
            }
            EquipmentHistory.record(tx, e, today);
        });
    }
}
