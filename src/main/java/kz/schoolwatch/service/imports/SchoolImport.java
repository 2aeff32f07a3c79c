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
import kz.schoolwatch.domain.NamedRef;
import kz.schoolwatch.domain.Ownership;
import kz.schoolwatch.domain.SchoolDetails;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.domain.TeachingLanguage;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.RegistryImportRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.service.DataChanges.Topic;
import kz.schoolwatch.service.SaveFailedException;
import kz.schoolwatch.service.SchoolService;
import kz.schoolwatch.sheets.SheetProgress;
import kz.schoolwatch.sheets.SheetRow;
import kz.schoolwatch.sheets.SheetTable;
import org.jooq.DSLContext;

/**
 * Schools, matched by number: a number not in the registry is a new school, a known one is updated in the mapped
 * columns that differ (the others, and empty cells, keep what is stored). A new school takes the form's defaults
 * for what the file does not give (state-owned, Kazakh and Russian, a general school) but needs its name and
 * district. Each row is checked as the school form checks it.
 */
final class SchoolImport implements KindImport {

    /** The form's field names ({@link SchoolService#rules}) and the import's fields. */
    private static final Map<String, ImportField> FORM_FIELDS = Map.ofEntries(Map.entry("number", SCHOOL_NUMBER),
            Map.entry("name", SCHOOL_NAME), Map.entry("type", SCHOOL_TYPE), Map.entry("ownership", SCHOOL_OWNERSHIP),
            Map.entry("language", SCHOOL_LANGUAGE), Map.entry("district", SCHOOL_DISTRICT), Map.entry("address", SCHOOL_ADDRESS),
            Map.entry("director", SCHOOL_DIRECTOR), Map.entry("phone", SCHOOL_PHONE), Map.entry("pupils", SCHOOL_PUPILS),
            Map.entry("entrances", SCHOOL_ENTRANCES), Map.entry("floors", SCHOOL_FLOORS));

    private final SchoolRepository schools;
    private final Integer ownDistrict;
    private final EnumWords<SchoolType> types;
    private final EnumWords<Ownership> ownerships;
    private final EnumWords<TeachingLanguage> languages;

    /** {@code ownDistrict}: a head's district, whose schools alone the head may import; null for the whole city. */
    SchoolImport(SchoolRepository schools, Integer ownDistrict, Messages messages) {
        this.schools = schools;
        this.ownDistrict = ownDistrict;
        this.types = EnumWords.schoolTypes(messages);
        this.ownerships = EnumWords.ownerships(messages);
        this.languages = EnumWords.languages(messages);
    }

    @Override
    public ImportKind kind() {
        return ImportKind.SCHOOLS;
    }

    @Override
    public List<Topic> topics() {
        return List.of(Topic.SCHOOLS);
    }

    @Override
    public Plan plan(DSLContext tx, SheetTable table, ImportMapping mapping, ImportOptions options, SheetProgress progress) {
        Map<Integer, SchoolDetails> stored = RegistryImportRepository.schoolsByNumber(tx);
        ReferenceNames districts = new ReferenceNames(RegistryImportRepository.districts(tx), Shipped.DISTRICT);
        FileDuplicates<Integer> duplicates = new FileDuplicates<>(table.rows(),
                r -> new RowCells(table, mapping, r).integer(SCHOOL_NUMBER).orElse(null));
        List<ImportRow> rows = new ArrayList<>();
        List<SchoolDetails> writes = new ArrayList<>();
        int done = 0;
        for (SheetRow row : table.rows()) {
            progress.checkCancelled();
            SchoolDetails write = planRow(table, mapping, row, stored, districts, duplicates, rows);
            if (write != null) {
                writes.add(write);
            }
            if (++done % 500 == 0) {
                progress.progress(done, table.rows().size());
            }
        }
        Consumer<DSLContext> write = w -> writeAll(w, writes, progress);
        return new Plan(rows, ImportCounts.of(rows, 0, 0), write);
    }

    /** Adds the row's plan to {@code rows}; returns the school to write, or null. */
    private SchoolDetails planRow(SheetTable table, ImportMapping mapping, SheetRow row, Map<Integer, SchoolDetails> stored,
                                  ReferenceNames districts, FileDuplicates<Integer> duplicates, List<ImportRow> rows) {
        RowCells c = new RowCells(table, mapping, row);
        Optional<Integer> number = c.integer(SCHOOL_NUMBER);
        if (number.isEmpty() && c.ok()) {
            c.problem(SCHOOL_NUMBER, "validation.required");
        }
        number.ifPresent(n -> {
            String others = duplicates.others(n, row.number());
            if (!others.isEmpty()) {
                c.problem(SCHOOL_NUMBER, "import.error.duplicateInFile", String.valueOf(n), others);
            }
        });
        SchoolDetails before = number.map(stored::get).orElse(null);
        Optional<String> name = c.text(SCHOOL_NAME);
        Integer district = c.text(SCHOOL_DISTRICT).flatMap(d -> RowNames.district(c, SCHOOL_DISTRICT, districts, d))
                .orElse(before == null ? null : before.districtId());
        SchoolDetails after = new SchoolDetails(before == null ? null : before.id(), number.orElse(null),
                name.orElse(before == null ? null : before.name()),
                word(c, SCHOOL_TYPE, types, before == null ? SchoolType.GENERAL : before.type()),
                word(c, SCHOOL_OWNERSHIP, ownerships, before == null ? Ownership.STATE : before.ownership()),
                word(c, SCHOOL_LANGUAGE, languages, before == null ? TeachingLanguage.KAZAKH_RUSSIAN : before.language()),
                district,
                c.text(SCHOOL_ADDRESS).orElse(before == null ? null : before.address()),
                c.text(SCHOOL_DIRECTOR).orElse(before == null ? null : before.directorName()),
                c.text(SCHOOL_PHONE).orElse(before == null ? null : before.phone()),
                c.integer(SCHOOL_PUPILS).orElse(before == null ? null : before.pupils()),
                c.integer(SCHOOL_ENTRANCES).orElse(before == null ? null : before.entrances()),
                c.integer(SCHOOL_FLOORS).orElse(before == null ? null : before.floors()),
                before == null ? null : before.archivedOn(), before == null ? 0 : before.version());
        RowNames.formErrors(c, SchoolService.rules(after).errors(), FORM_FIELDS);
        if (c.ok() && ownDistrict != null && (!ownDistrict.equals(after.districtId())
                || before != null && !ownDistrict.equals(before.districtId()))) {
            c.problem(before != null && !ownDistrict.equals(before.districtId()) ? SCHOOL_NUMBER : SCHOOL_DISTRICT,
                    "import.error.otherDistrict");
        }
        String subject = number.map(n -> "№ " + n).orElse("") + name.map(n -> " " + n).orElse("");
        if (!c.ok()) {
            rows.add(new ImportRow(row.number(), ImportAction.ERROR, subject.strip(), List.of(), c.problems(), c.texts()));
            return null;
        }
        List<String> changes = before == null ? List.of() : changes(before, after);
        ImportAction action = before == null ? ImportAction.NEW : changes.isEmpty() ? ImportAction.UNCHANGED : ImportAction.UPDATE;
        rows.add(new ImportRow(row.number(), action, subject.strip(), changes, List.of(), c.texts()));
        return action == ImportAction.UNCHANGED ? null : after;
    }

    private static <E extends Enum<E>> E word(RowCells c, ImportField field, EnumWords<E> words, E otherwise) {
        Optional<String> text = c.text(field);
        if (text.isEmpty()) {
            return otherwise;
        }
        Optional<E> value = words.read(text.get());
        if (value.isEmpty()) {
            c.problem(field, "import.error.unknownValue", text.get());
            return otherwise;
        }
        return value.get();
    }

    /** The bundle keys of the fields whose stored value the row changes. */
    private static List<String> changes(SchoolDetails a, SchoolDetails b) {
        List<String> out = new ArrayList<>();
        diff(out, SCHOOL_NAME, a.name(), b.name());
        diff(out, SCHOOL_DISTRICT, a.districtId(), b.districtId());
        diff(out, SCHOOL_TYPE, a.type(), b.type());
        diff(out, SCHOOL_OWNERSHIP, a.ownership(), b.ownership());
        diff(out, SCHOOL_LANGUAGE, a.language(), b.language());
        diff(out, SCHOOL_ADDRESS, a.address(), b.address());
        diff(out, SCHOOL_DIRECTOR, a.directorName(), b.directorName());
        diff(out, SCHOOL_PHONE, a.phone(), b.phone());
        diff(out, SCHOOL_PUPILS, a.pupils(), b.pupils());
        diff(out, SCHOOL_ENTRANCES, a.entrances(), b.entrances());
        diff(out, SCHOOL_FLOORS, a.floors(), b.floors());
        return out;
    }

    private static void diff(List<String> out, ImportField field, Object stored, Object now) {
        if (!Objects.equals(stored, now)) {
            out.add(field.key());
        }
    }

    private void writeAll(DSLContext tx, List<SchoolDetails> writes, SheetProgress progress) {
        for (SchoolDetails s : writes) {
            progress.checkCancelled();
            if (s.id() == null) {
                schools.insert(tx, s);
            } else if (schools.update(tx, s) == 0) {
                throw new SaveFailedException("common.error.gone", null);
            }
        }
    }
}
