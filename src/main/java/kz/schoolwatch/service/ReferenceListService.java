// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.util.List;

import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.domain.ReferenceItem;
import kz.schoolwatch.domain.ReferenceList;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.ReferenceListRepository;

/**
 * The editable catalogues (visit purposes, event types, offence kinds). Entries are retired, never deleted,
 * so old visits and events keep their wording.
 */
public final class ReferenceListService {

    private final Access access;

    public static final int NAME_MAX = 200;

    private final Writes writes;
    private final ReferenceListRepository repository;

    public ReferenceListService(Database db, ReferenceListRepository repository, DataChanges changes, Access access) {
        this.access = access;
        this.writes = new Writes(db, changes);
        this.repository = repository;
    }

    /** Entries offered for new records. */
    public List<ReferenceItem> active(ReferenceList list) {
        return repository.items(list, false);
    }

    /** Every entry, retired ones included, for the list editor. */
    public List<ReferenceItem> all(ReferenceList list) {
        return repository.items(list, true);
    }

    /** Adds an entry; a name already in the list is refused next to the field. */
    public int add(ReferenceList list, String name) {
        access.require(Permission.MANAGE_REFERENCE_LISTS);
        String n = validName(name);
        return writes.save(DataChanges.Topic.REFERENCE, tx -> repository.insert(tx, list, n), duplicate(list));
    }

    /**
     * Renames an entry as it was shown ({@code version}); old records show the new name.
     *
     * @throws EditConflictException when someone else renamed or retired it meanwhile; nothing written
     * @throws SaveFailedException   when it is gone ({@code common.error.gone})
     */
    public void rename(ReferenceList list, int id, String name, int version) {
        access.require(Permission.MANAGE_REFERENCE_LISTS);
        String n = validName(name);
        writes.run(DataChanges.Topic.REFERENCE, tx -> Versions.requireUpdated(repository.rename(tx, list, id, n, version),
                () -> repository.find(tx, list, id)), duplicate(list));
    }

    /**
     * Retires an entry (no longer offered) or brings it back, as it was shown ({@code version}): one someone
     * changed meanwhile is left as it is, and the officer is told ({@code common.error.changedBeforeDelete}).
     */
    public void setActive(ReferenceList list, int id, boolean active, int version) {
        access.require(Permission.MANAGE_REFERENCE_LISTS);
        writes.run(DataChanges.Topic.REFERENCE, tx -> Versions.requireDeleted(repository.setActive(tx, list, id, active, version),
                () -> repository.find(tx, list, id).isPresent()));
    }

    private static String validName(String name) {
        new Validator().required("name", name).maxLength("name", name, NAME_MAX).throwIfInvalid();
        return name.trim();
    }

    private static SaveErrors.Rule duplicate(ReferenceList list) {
        String constraint = switch (list) {
            case VISIT_PURPOSE -> "VISIT_PURPOSE_NAME_UQ";
            case EVENT_TYPE -> "EVENT_TYPE_NAME_UQ";
            case OFFENCE_KIND -> "OFFENCE_KIND_NAME_UQ";
        };
        return SaveErrors.rule(constraint, "name", "reference.error.duplicate");
    }
}
