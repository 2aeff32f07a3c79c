// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import kz.schoolwatch.domain.SchoolEquipment;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.EquipmentRepository;

/** A school's other security equipment: panic button, access control, metal detector, guard, PA system. */
public final class EquipmentService {

    private final Access access;

    private final Writes writes;
    private final EquipmentRepository equipment;

    public EquipmentService(Database db, EquipmentRepository equipment, DataChanges changes, Access access) {
        this.access = access;
        this.writes = new Writes(db, changes);
        this.equipment = equipment;
    }

    public SchoolEquipment find(long schoolId) {
        return equipment.find(schoolId);
    }

    /**
     * Saves the equipment of an open school; a guard needs a company, and a console connection needs a panic button.
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
        writes.run(DataChanges.Topic.EQUIPMENT, tx -> {
            OpenSchools.require(tx, e.schoolId());
            if (e.version() > 0) {
                Versions.requireUpdated(equipment.update(tx, e), () -> equipment.find(tx, e.schoolId()));
                return;
            }
            // The school's row is locked: nobody else adds its first equipment between this read and the insert.
            equipment.find(tx, e.schoolId()).ifPresent(stored -> {
                throw new EditConflictException(stored);
            });
            equipment.insert(tx, e);
        });
    }
}
