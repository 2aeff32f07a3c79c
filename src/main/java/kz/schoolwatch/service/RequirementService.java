// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.domain.RequirementItem;
import kz.schoolwatch.domain.RequirementSet;
import kz.schoolwatch.persistence.RequirementRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.DataChanges.Topic;

/**
 * The requirement sets the schools are judged by, edited by the administrator (issue 21). A law's change is a new
 * edition from its day on, copying the items of the set before it; the old set keeps judging the dates before, so
 * a set that has judged a past day stays.
 */
public final class RequirementService {

    public static final int TITLE_MAX = 500;
    public static final int ITEM_SOURCE_MAX = 500;
    public static final int NAME_MAX = 300;
    public static final int SET_SOURCE_MAX = 1000;
    public static final int THRESHOLD_MAX = 3650;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Database db;
    private final Writes writes;
    private final Access access;
    private final Clock clock;

    public RequirementService(Database db, DataChanges changes, Access access, Clock clock) {
        this.db = db;
        this.writes = new Writes(db, changes);
        this.access = access;
        this.clock = clock;
    }

    /** Every set with its items, oldest first. */
    public List<RequirementSet> sets() {
        return db.read(RequirementRepository::all);
    }

    /** The set that judges {@code date}; empty before the first set. */
    public Optional<RequirementSet> validOn(LocalDate date) {
        return db.read(dsl -> RequirementRepository.validOn(dsl, date));
    }

    /**
     * Adds an item at the end of its set ({@code id} null) or changes one as it was shown; returns its id.
     *
     * @throws ValidationException   with the errors next to the fields
     * @throws EditConflictException when someone changed the item meanwhile
     */
    public long saveItem(RequirementItem item) {
        access.require(Permission.EDIT_REQUIREMENTS);
        RequirementItem clean = validItem(item);
        if (clean.id() == null) {
            return writes.save(Topic.REFERENCE, tx -> RequirementRepository.insertItem(tx, clean));
        }
        writes.run(Topic.REFERENCE, tx -> Versions.requireUpdated(RequirementRepository.updateItem(tx, clean),
                () -> RequirementRepository.findItem(tx, clean.id())));
        return clean.id();
    }

    /** Removes an item as it was shown; one changed meanwhile stays, and the administrator is told. */
    public void deleteItem(RequirementItem item) {
        access.require(Permission.EDIT_REQUIREMENTS);
        writes.run(Topic.REFERENCE, tx -> Versions.requireDeleted(RequirementRepository.deleteItem(tx, item.id(), item.version()),
                () -> RequirementRepository.findItem(tx, item.id()).isPresent()));
    }

    /** Moves an item one place up ({@code up}) or down in its set; at either end nothing moves. */
    public void moveItem(RequirementItem item, boolean up) {
        access.require(Permission.EDIT_REQUIREMENTS);
        writes.run(Topic.REFERENCE, tx -> {
            List<RequirementItem> items = RequirementRepository.items(tx, item.setId());
            int at = indexOf(items, item);
            int other = up ? at - 1 : at + 1;
            if (other < 0 || other >= items.size()) {
                return;
            }
            if (!RequirementRepository.swap(tx, items.get(at), items.get(other))) {
                throw new SaveFailedException("common.error.changedBeforeDelete", null);
            }
        });
    }

    private static int indexOf(List<RequirementItem> items, RequirementItem item) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(item.id())) {
                if (items.get(i).version() != item.version()) {
                    throw new SaveFailedException("common.error.changedBeforeDelete", null);
                }
                return i;
            }
        }
        throw new SaveFailedException("common.error.gone", null);
    }

    /**
     * «Новая редакция»: a set valid from {@code validFrom}, after the latest set's day, with copies of the latest
     * set's items (codes kept, so unchanged shipped texts still follow the language); returns its id.
     */
    public long newEdition(String name, String legalSource, LocalDate validFrom) {
        access.require(Permission.EDIT_REQUIREMENTS);
        Validator v = new Validator().required("name", name).maxLength("name", name, NAME_MAX)
                .required("legalSource", legalSource).maxLength("legalSource", legalSource, SET_SOURCE_MAX)
                .required("validFrom", validFrom).date("validFrom", validFrom);
        v.throwIfInvalid();
        return writes.save(Topic.REFERENCE, tx -> {
            List<RequirementSet> sets = RequirementRepository.all(tx);
            RequirementSet latest = sets.isEmpty() ? null : sets.get(sets.size() - 1);
            if (latest != null && !validFrom.isAfter(latest.validFrom())) {
                throw new ValidationException(List.of(FieldError.of("validFrom", "requirement.error.validFromAfter",
                        SHOWN.format(latest.validFrom()))));
            }
            long id = RequirementRepository.insertSet(tx, name.trim(), legalSource.trim(), validFrom);
            if (latest != null) {
                int position = 1;
                for (RequirementItem i : latest.items()) {
                    RequirementRepository.insertItemAt(tx, new RequirementItem(null, id, position, i.code(), i.title(),
                            i.legalSource(), i.rule(), i.threshold(), i.pupilsOver(), i.inRegionalCentre(), i.schoolTypes(), 0), position);
                    position++;
                }
            }
            return id;
        });
    }

    /** Whether {@code set} may be deleted: the newest set, not yet in force (it has judged no day before today). */
    public boolean deletable(RequirementSet set, List<RequirementSet> all) {
        RequirementSet newest = all.isEmpty() ? null : all.get(all.size() - 1);
        return newest != null && newest.id().equals(set.id()) && set.validFrom().isAfter(LocalDate.now(clock));
    }

    /**
     * Deletes the newest set while its day is still ahead; a set that has judged past dates is refused
     * ({@code requirement.error.setInForce}), so those dates keep their judgement.
     */
    public void deleteSet(RequirementSet set) {
        access.require(Permission.EDIT_REQUIREMENTS);
        writes.run(Topic.REFERENCE, tx -> {
            if (!deletable(set, RequirementRepository.all(tx))) {
                throw new SaveFailedException("requirement.error.setInForce", null);
            }
            Versions.requireDeleted(RequirementRepository.deleteSet(tx, set.id(), set.version()),
                    () -> RequirementRepository.findSet(tx, set.id()).isPresent());
        });
    }

    /** The item with its texts trimmed and a figure only where its rule needs one, or the errors next to the fields. */
    private static RequirementItem validItem(RequirementItem item) {
        Validator v = new Validator().required("title", item.title()).maxLength("title", item.title(), TITLE_MAX)
                .required("legalSource", item.legalSource()).maxLength("legalSource", item.legalSource(), ITEM_SOURCE_MAX)
                .required("rule", item.rule()).notNegative("pupilsOver", item.pupilsOver());
        boolean needsThreshold = item.rule() != null && item.rule().needsThreshold();
        if (needsThreshold) {
            v.required("threshold", item.threshold()).range("threshold", item.threshold(), 1, THRESHOLD_MAX);
        }
        v.throwIfInvalid();
        return new RequirementItem(item.id(), item.setId(), item.position(), item.code(), item.title().trim(),
                item.legalSource().trim(), item.rule(), needsThreshold ? item.threshold() : null, item.pupilsOver(),
                item.inRegionalCentre(), item.schoolTypes(), item.version());
    }
}
