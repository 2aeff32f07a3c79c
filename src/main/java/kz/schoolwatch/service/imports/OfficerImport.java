// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import static kz.schoolwatch.domain.ImportField.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import kz.schoolwatch.i18n.ReferenceNames.Shipped;
import kz.schoolwatch.domain.ImportAction;
import kz.schoolwatch.domain.ImportCounts;
import kz.schoolwatch.domain.ImportField;
import kz.schoolwatch.domain.ImportKind;
import kz.schoolwatch.domain.ImportMapping;
import kz.schoolwatch.domain.ImportOptions;
import kz.schoolwatch.domain.ImportRow;
import kz.schoolwatch.domain.Officer;
import kz.schoolwatch.domain.OfficerDraft;
import kz.schoolwatch.persistence.OfficerRepository;
import kz.schoolwatch.persistence.RegistryImportRepository;
import kz.schoolwatch.persistence.RegistryImportRepository.StoredOfficer;
import kz.schoolwatch.service.DataChanges.Topic;
import kz.schoolwatch.service.OfficerService;
import kz.schoolwatch.service.SaveFailedException;
import kz.schoolwatch.sheets.SheetProgress;
import kz.schoolwatch.sheets.SheetRow;
import kz.schoolwatch.sheets.SheetTable;
import org.jooq.DSLContext;

/**
 * Officers, matched by badge number: a new badge is a new officer (needing surname, name, rank and district; active
 * unless the file says otherwise), a known one is updated in the mapped columns that differ, the rest kept. Each row
 * is checked as the officer form checks it.
 */
final class OfficerImport implements KindImport {

    /** The form's field names ({@link OfficerService#rules}) and the import's fields. */
    private static final Map<String, ImportField> FORM_FIELDS = Map.of("rank", OFFICER_RANK, "lastName", OFFICER_LAST_NAME,
            "firstName", OFFICER_FIRST_NAME, "middleName", OFFICER_MIDDLE_NAME, "badgeNumber", OFFICER_BADGE,
            "district", OFFICER_DISTRICT, "phone", OFFICER_PHONE);

    private record Write(Long id, OfficerDraft draft) {
    }

    private final OfficerRepository officers;
    private final Integer ownDistrict;
    private final boolean seesPhones;

    /**
     * {@code ownDistrict}: a head's district, whose officers alone the head may import; null for the whole city.
     * {@code seesPhones}: whether the account reads officers' phones (a head); one that does not (the administrator)
     * gives phones to new officers only and leaves the stored ones as they are.
     */
    OfficerImport(OfficerRepository officers, Integer ownDistrict, boolean seesPhones) {
        this.officers = officers;
        this.ownDistrict = ownDistrict;
        this.seesPhones = seesPhones;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.OFFICERS;
    }

    @Override
    public List<Topic> topics() {
        return List.of(Topic.OFFICERS);
    }

    @Override
    public Plan plan(DSLContext tx, SheetTable table, ImportMapping mapping, ImportOptions options, SheetProgress progress) {
        Map<String, StoredOfficer> stored = RegistryImportRepository.officersByBadge(tx, seesPhones);
        ReferenceNames districts = new ReferenceNames(RegistryImportRepository.districts(tx), Shipped.DISTRICT);
        ReferenceNames ranks = new ReferenceNames(RegistryImportRepository.ranks(tx), Shipped.RANK);
        FileDuplicates<String> duplicates = new FileDuplicates<>(table.rows(),
                r -> new RowCells(table, mapping, r).text(OFFICER_BADGE).orElse(null));
        List<ImportRow> rows = new ArrayList<>();
        List<Write> writes = new ArrayList<>();
        int done = 0;
        for (SheetRow row : table.rows()) {
            progress.checkCancelled();
            Write w = planRow(table, mapping, row, stored, districts, ranks, duplicates, rows);
            if (w != null) {
                writes.add(w);
            }
            if (++done % 500 == 0) {
                progress.progress(done, table.rows().size());
            }
        }
        Consumer<DSLContext> write = w -> writeAll(w, writes, progress);
        return new Plan(rows, ImportCounts.of(rows, 0, 0), write);
    }

    private Write planRow(SheetTable table, ImportMapping mapping, SheetRow row, Map<String, StoredOfficer> stored,
                          ReferenceNames districts, ReferenceNames ranks, FileDuplicates<String> duplicates, List<ImportRow> rows) {
        RowCells c = new RowCells(table, mapping, row);
        Optional<String> badge = c.text(OFFICER_BADGE);
        if (badge.isEmpty() && c.ok()) {
            c.problem(OFFICER_BADGE, "validation.required");
        }
        badge.ifPresent(b -> {
            String others = duplicates.others(b, row.number());
            if (!others.isEmpty()) {
                c.problem(OFFICER_BADGE, "import.error.duplicateInFile", b, others);
            }
        });
        StoredOfficer found = badge.map(stored::get).orElse(null);
        OfficerDraft before = found == null ? null : found.draft();
        Optional<String> lastName = c.text(OFFICER_LAST_NAME);
        Optional<String> firstName = c.text(OFFICER_FIRST_NAME);
        Optional<String> middleName = c.text(OFFICER_MIDDLE_NAME);
        Integer rank = c.text(OFFICER_RANK).flatMap(n -> RowNames.rank(c, OFFICER_RANK, ranks, n))
                .orElse(before == null ? null : before.rankId());
        Integer district = c.text(OFFICER_DISTRICT).flatMap(n -> RowNames.district(c, OFFICER_DISTRICT, districts, n))
                .orElse(before == null ? null : before.districtId());
        OfficerDraft after = new OfficerDraft(rank,
                lastName.orElse(before == null ? null : before.lastName()),
                firstName.orElse(before == null ? null : before.firstName()),
                middleName.orElse(before == null ? null : before.middleName()),
                badge.orElse(null), district,
                before != null && !seesPhones ? null : c.text(OFFICER_PHONE).orElse(before == null ? null : before.phone()),
                c.yesNo(OFFICER_ACTIVE).orElse(before == null || before.active()),
                before == null ? 0 : before.version());
        RowNames.formErrors(c, OfficerService.rules(after).errors(), FORM_FIELDS);
        boolean storedElsewhere = before != null && ownDistrict != null && !ownDistrict.equals(before.districtId());
        if (c.ok() && ownDistrict != null && (storedElsewhere || !ownDistrict.equals(after.districtId()))) {
            c.problem(storedElsewhere ? OFFICER_BADGE : OFFICER_DISTRICT, "import.error.otherDistrict");
        }
        String subject = (Officer.shortName(lastName.orElse(before == null ? "" : before.lastName()),
                firstName.orElse(before == null ? null : before.firstName()),
                middleName.orElse(before == null ? null : before.middleName())) + badge.map(b -> ", " + b).orElse("")).strip();
        if (!c.ok()) {
            rows.add(new ImportRow(row.number(), ImportAction.ERROR, subject, List.of(), c.problems(), c.texts()));
            return null;
        }
        List<String> changes = before == null ? List.of() : changes(before, after);
        ImportAction action = before == null ? ImportAction.NEW : changes.isEmpty() ? ImportAction.UNCHANGED : ImportAction.UPDATE;
        rows.add(new ImportRow(row.number(), action, subject, changes, List.of(), c.texts()));
        if (action == ImportAction.UNCHANGED) {
            return null;
        }
        OfficerDraft clean = new OfficerDraft(after.rankId(), after.lastName().trim(), after.firstName().trim(),
                RowNames.clean(after.middleName()), after.badgeNumber().trim(), after.districtId(), RowNames.clean(after.phone()),
                after.active(), after.version());
        return new Write(found == null ? null : found.id(), clean);
    }

    private static List<String> changes(OfficerDraft a, OfficerDraft b) {
        List<String> out = new ArrayList<>();
        diff(out, OFFICER_LAST_NAME, a.lastName(), b.lastName());
        diff(out, OFFICER_FIRST_NAME, a.firstName(), b.firstName());
        diff(out, OFFICER_MIDDLE_NAME, a.middleName(), b.middleName());
        diff(out, OFFICER_RANK, a.rankId(), b.rankId());
        diff(out, OFFICER_DISTRICT, a.districtId(), b.districtId());
        diff(out, OFFICER_PHONE, a.phone(), b.phone());
        diff(out, OFFICER_ACTIVE, a.active(), b.active());
        return out;
    }

    private static void diff(List<String> out, ImportField field, Object stored, Object now) {
        if (!Objects.equals(stored, now)) {
            out.add(field.key());
        }
    }

    private void writeAll(DSLContext tx, List<Write> writes, SheetProgress progress) {
        for (Write w : writes) {
            progress.checkCancelled();
            if (w.id() == null) {
                officers.insert(tx, w.draft());
            } else if ((seesPhones ? officers.update(tx, w.id(), w.draft())
                    : RegistryImportRepository.updateOfficerKeepingPhone(tx, w.id(), w.draft())) == 0) {
                throw new SaveFailedException("common.error.gone", null);
            }
        }
    }
}
