// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.schoolwatch.domain.ImportAction;
import kz.schoolwatch.domain.ImportCounts;
import kz.schoolwatch.domain.ImportField;
import kz.schoolwatch.domain.ImportKind;
import kz.schoolwatch.domain.ImportMapping;
import kz.schoolwatch.domain.ImportOptions;
import kz.schoolwatch.domain.ImportProblem;
import kz.schoolwatch.domain.ImportRow;
import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.CameraImportRepository;
import kz.schoolwatch.persistence.OfficerRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.audit.AuditLog;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.SaveFailedException;
import kz.schoolwatch.service.Writes;
import kz.schoolwatch.sheets.SheetCancelledException;
import kz.schoolwatch.sheets.SheetFileException;
import kz.schoolwatch.sheets.SheetProgress;
import kz.schoolwatch.sheets.SheetReader;
import kz.schoolwatch.sheets.SheetTable;
import kz.schoolwatch.sheets.SheetWriter;

/**
 * Brings a unit's spreadsheets of schools, cameras and officers in (issue 19): read the file, propose which column
 * is which field, preview every row, then write the rows without errors in one audited transaction.
 */
public final class ImportService {

    private final Database db;
    private final Writes writes;
    private final Access access;
    private final RememberedMappings remembered;
    private final ImportFiles files;
    private final Map<ImportKind, KindImport> planners = new EnumMap<>(ImportKind.class);

    public ImportService(Database db, SchoolRepository schools, OfficerRepository officers, SettingsRepository settings, DataChanges changes, Clock clock, Access access, Messages messages) {
        this.db = db;
        this.writes = new Writes(db, changes);
        this.access = access;
        this.remembered = new RememberedMappings(settings);
        this.files = new ImportFiles(messages);
        // A head imports the own district's schools and officers only; the administrator the whole city's.
        planners.put(ImportKind.SCHOOLS, new SchoolImport(schools, access.district(), messages));
        planners.put(ImportKind.OFFICERS, new OfficerImport(officers, access.district()));
        planners.put(ImportKind.CAMERAS, new CameraImport(new CameraImportRepository(), clock));
    }

    /** Whether the signed-in account may import {@code kind} (a head of unit or the administrator). */
    public boolean canImport(ImportKind kind) {
        return access.can(Permission.IMPORT);
    }

    /** The sheets of an .xlsx, for the user to choose when the header matches none or several. */
    public List<String> sheetNames(Path file) throws SheetFileException {
        access.require(Permission.IMPORT);
        return SheetReader.sheetNames(file);
    }

    /** Reads the file's table for {@code kind}: the named sheet, or the one whose header names its fields. */
    public SheetTable read(ImportKind kind, Path file, String sheet, SheetProgress progress) throws SheetFileException {
        access.require(Permission.IMPORT);
        return SheetReader.read(file, sheet, header -> HeaderWords.score(kind, header), progress);
    }

    /** The mapping remembered for a header of this shape, else one proposed from the header's words. */
    public ImportMapping propose(ImportKind kind, List<String> header) {
        return remembered.find(kind, header).orElseGet(() -> HeaderWords.propose(kind, header));
    }

    /** Fields the mapping must give before a preview can run (the key: school number, badge number). */
    public List<ImportField> missing(ImportMapping mapping) {
        return ImportField.of(mapping.kind()).stream().filter(f -> f.isKey() && !mapping.has(f)).toList();
    }

    /** Plans every row against the database as it is now; writes nothing. */
    public ImportPreview preview(SheetTable table, ImportMapping mapping, ImportOptions options, SheetProgress progress) {
        access.require(Permission.IMPORT);
        requireKey(mapping);
        KindImport.Plan plan = db.read(dsl -> planner(mapping.kind()).plan(dsl, table, mapping, options, progress));
        return new ImportPreview(table, mapping, options, plan.rows(), plan.counts());
    }

    /**
     * Writes the rows without errors in one transaction, audited as one import with the file's name and counts;
     * remembers the mapping for the next file of this shape. A failure or a cancel writes nothing.
     *
     * @throws kz.schoolwatch.service.SaveFailedException when the database refused; nothing was written
     * @throws SheetCancelledException when {@code progress} said the user cancelled; nothing was written
     */
    public ImportResult write(ImportPreview preview, SheetProgress progress) {
        access.require(Permission.IMPORT);
        requireKey(preview.mapping());
        KindImport planner = planner(preview.kind());
        SheetTable table = preview.table();
        ImportCounts counts;
        try {
            counts = writes.save(planner.topics(), tx -> {
                // Planned again: what another officer saved since the preview is compared, not overwritten.
                KindImport.Plan plan = planner.plan(tx, table, preview.mapping(), preview.options(), progress);
                plan.write().accept(tx);
                progress.checkCancelled();
                AuditLog.append(tx, AuditLog.Entry.of(access.login(), "IMPORT", "import", table.fileName(), null, null,
                        detail(preview.kind(), table, plan.counts())));
                return plan.counts();
            });
        } catch (SaveFailedException e) {
            if (e.getCause() instanceof SheetCancelledException cancel) {
                throw cancel;
            }
            throw e;
        }
        remembered.remember(preview.mapping(), table.header());
        return new ImportResult(table.fileName(), counts);
    }

    /** What the audit entry says of an import: kind, sheet and counts (the rows are each in the trail too). */
    static String detail(ImportKind kind, SheetTable table, ImportCounts c) {
        StringBuilder b = new StringBuilder(kind.name().toLowerCase(Locale.ROOT))
                .append(" from sheet ").append(table.sheetName())
                .append(": created ").append(c.created())
                .append(", updated ").append(c.updated())
                .append(", unchanged ").append(c.unchanged())
                .append(", errors ").append(c.errors());
        if (kind == ImportKind.CAMERAS) {
            b.append(", cameras added ").append(c.camerasAdded()).append(", removed ").append(c.camerasRemoved());
        }
        return b.toString();
    }

    /** Saves the rows in error with the file's columns and an «Ошибка» column, to fix and import again. */
    public void saveErrorRows(ImportPreview preview, Path out) throws IOException {
        List<String> header = preview.table().header();
        SheetWriter.write(out, preview.table().sheetName(), files.errorHeader(header), files.errorRows(header, preview.errors()));
    }

    /** Writes an .xlsx with the headers of {@code kind} and one example row («Скачать шаблон»). */
    public void saveTemplate(ImportKind kind, Path out) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(files.templateRow(kind));
        SheetWriter.write(out, files.sheetName(kind), ImportFiles.templateHeader(kind), rows);
    }

    /** A field's name in the user's language, for the mapping's choices. */
    public String fieldName(ImportField field) {
        return files.fieldName(field);
    }

    /** What a row will do, in the user's language. */
    public String actionName(ImportAction action) {
        return files.actionName(action);
    }

    /** What an update changes, as the fields' names: «Адрес, Телефон». */
    public String changes(ImportRow row) {
        return row.changes().stream().map(k -> k.startsWith("import.field.") ? files.text(k) : k)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** A problem's text as the preview and the file of errors show it: «Район: …». */
    public String describe(ImportProblem problem) {
        return files.reason(problem);
    }

    private void requireKey(ImportMapping mapping) {
        if (!missing(mapping).isEmpty()) {
            throw new IllegalArgumentException("the mapping gives no " + missing(mapping));
        }
    }

    private KindImport planner(ImportKind kind) {
        return planners.get(kind);
    }
}
