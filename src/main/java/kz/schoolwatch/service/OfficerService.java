// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Pattern;

import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.domain.Assignment;
import kz.schoolwatch.domain.Officer;
import kz.schoolwatch.domain.OfficerDraft;
import kz.schoolwatch.domain.OfficerSummary;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.OfficerRepository;
import kz.schoolwatch.service.DataChanges.Topic;
import org.jooq.DSLContext;

/** The officers' registry and the handover of an officer's schools when they are transferred. */
public final class OfficerService {

    private final Access access;

    private static final Pattern BADGE = Pattern.compile("^[0-9A-Za-zА-Яа-яЁё\\-]{1,20}$");

    private final Writes writes;
    private final OfficerRepository officers;

    public OfficerService(Database db, OfficerRepository officers, DataChanges changes, Access access) {
        this.access = access;
        this.writes = new Writes(db, changes);
        this.officers = officers;
    }

    /** Every officer, active or not, with how many schools each covers today. */
    public List<OfficerSummary> list() {
        return officers.list();
    }

    public Optional<Officer> find(long id) {
        return officers.find(id);
    }

    /** The officer's schools today and earlier, current first. */
    public List<Assignment> assignments(long officerId) {
        return officers.assignments(officerId);
    }

    /**
     * Adds an officer. A badge number already in the registry is refused next to its field.
     *
     * @throws ValidationException when a field is missing or wrong; nothing is written then
     */
    public long create(OfficerDraft draft) {
        access.require(Permission.MANAGE_OFFICERS);
        OfficerDraft d = validate(draft);
        return writes.save(Topic.OFFICERS, tx -> officers.insert(tx, d), badgeTaken());
    }

    /**
     * Corrects an officer's record (deactivating included); same checks as {@link #create}.
     *
     * @throws EditConflictException when someone else saved the officer after {@code draft.version()}; nothing written
     * @throws SaveFailedException   when the officer is gone or the database refused the write
     */
    public void update(long id, OfficerDraft draft) {
        access.require(Permission.MANAGE_OFFICERS);
        OfficerDraft d = validate(draft);
        writes.save(Topic.OFFICERS, tx -> {
            Versions.requireUpdated(officers.update(tx, id, d), () -> officers.find(tx, id));
            return null;
        }, badgeTaken());
    }

    /**
     * Hands all schools of {@code from} over to {@code to} from {@code day} on, in one transaction: the current
     * assignment rows end the day before and new ones start that day, so the history stays. {@code shown} are the
     * schools the form showed as {@code from}'s: if someone assigned one of them elsewhere, or another school to
     * {@code from}, meanwhile, nothing moves, so no school goes where the officer did not mean it to.
     *
     * @return the number of schools handed over
     * @throws ValidationException when the receiving officer is missing, the same, inactive, or the day is
     *                             not after every current assignment began
     * @throws SaveFailedException {@code handover.error.changedMeanwhile} naming the schools whose assignment
     *                             changed since the form showed them; nothing written
     */
    public int handOver(long from, Long to, LocalDate day, Collection<Long> shown) {
        access.require(Permission.MANAGE_OFFICERS);
        new Validator()
                .required("toOfficer", to)
                .check(to != null && to == from, "toOfficer", "handover.error.sameOfficer")
                .required("handoverDate", day).date("handoverDate", day)
                .throwIfInvalid();
        return writes.save(List.of(Topic.OFFICERS, Topic.SCHOOLS), tx -> {
            Optional<Boolean> receiverActive = officers.isActive(tx, to);
            Optional<LocalDate> latest = officers.latestOpenStart(tx, from);
            // Compared after latestOpenStart has locked the officer's rows: what is read now stays until the commit.
            requireUnchanged(tx, officers.currentSchools(tx, from), shown);
            new Validator()
                    .check(receiverActive.isEmpty() || !receiverActive.get(), "toOfficer", "handover.error.inactive")
                    .check(latest.isEmpty(), "toOfficer", "handover.error.nothing")
                    .check(latest.isPresent() && !day.isAfter(latest.get()), "handoverDate", "handover.error.dateTooEarly",
                            latest.map(d -> d.plusDays(1).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))).orElse(""))
                    .throwIfInvalid();
            return officers.handOver(tx, from, to, day);
        });
    }

    /** Refuses when the officer's schools now are not those the form showed, naming those that differ. */
    private void requireUnchanged(DSLContext tx, Collection<Long> now, Collection<Long> shown) {
        Set<Long> changed = new HashSet<>(now);
        changed.addAll(shown);
        Set<Long> both = new HashSet<>(now);
        both.retainAll(shown);
        changed.removeAll(both);
        if (!changed.isEmpty()) {
            throw new SaveFailedException("handover.error.changedMeanwhile", null, officers.schoolNumbers(tx, changed));
        }
    }

    OfficerDraft validate(OfficerDraft d) {
        rules(d).throwIfInvalid();
        String badge = d.badgeNumber() == null ? null : d.badgeNumber().trim();
        return new OfficerDraft(d.rankId(), d.lastName().trim(), d.firstName().trim(), Writes.clean(d.middleName()), badge,
                d.districtId(), Writes.clean(d.phone()), d.active(), d.version());
    }

    /** The form's checks of an officer's fields, which the import applies to each row as well. */
    public static Validator rules(OfficerDraft d) {
        String badge = d.badgeNumber() == null ? null : d.badgeNumber().trim();
        return new Validator()
                .required("rank", d.rankId())
                .required("lastName", d.lastName()).maxLength("lastName", Writes.clean(d.lastName()), 100)
                .required("firstName", d.firstName()).maxLength("firstName", Writes.clean(d.firstName()), 100)
                .maxLength("middleName", Writes.clean(d.middleName()), 100)
                .required("badgeNumber", badge)
                .check(badge != null && !badge.isEmpty() && !BADGE.matcher(badge).matches(), "badgeNumber", "officer.error.badgeFormat")
                .required("district", d.districtId())
                .phone("phone", d.phone());
    }

    private static SaveErrors.Rule badgeTaken() {
        return SaveErrors.rule("OFFICER_BADGE_UQ", "badgeNumber", "officer.error.badgeTaken");
    }
}
