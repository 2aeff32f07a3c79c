// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.util.List;

import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.SchoolChoice;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.LookupRepository;

/** The lists pickers offer: districts, ranks, schools, officers, partners, leisure centres. */
public final class LookupService {

    private final Access access;

    private final Writes writes;
    private final LookupRepository lookups;

    public LookupService(Database db, LookupRepository lookups, DataChanges changes, Access access) {
        this.access = access;
        this.writes = new Writes(db, changes);
        this.lookups = lookups;
    }

    public List<Lookup> districts() {
        return lookups.districts();
    }

    public List<Lookup> ranks() {
        return lookups.ranks();
    }

    /** Open schools by number. */
    public List<SchoolChoice> schools() {
        return lookups.schools();
    }

    public List<Lookup> activeOfficers() {
        return lookups.activeOfficers();
    }

    public List<Lookup> partners() {
        return lookups.partners();
    }

    public List<Lookup> openCentres() {
        return lookups.openCentres();
    }

    /** Adds a partner organisation to the registry; a name already there is refused next to the field. */
    public Lookup addPartner(String name) {
        if (!access.can(Permission.MANAGE_REFERENCE_LISTS)) {
            access.requireWork(access.user().officerId() == null ? List.of() : List.of(access.user().officerId()), null);
        }
        new Validator().required("name", name).maxLength("name", name, 300).throwIfInvalid();
        return writes.save(DataChanges.Topic.REFERENCE, tx -> lookups.insertPartner(tx, name.trim()),
                SaveErrors.rule("PARTNER_NAME_UQ", "name", "reference.error.duplicate"));
    }
}
