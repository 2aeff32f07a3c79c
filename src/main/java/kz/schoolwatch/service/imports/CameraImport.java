// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import kz.schoolwatch.domain.ImportCounts;
import kz.schoolwatch.domain.ImportField;
import kz.schoolwatch.domain.ImportKind;
import kz.schoolwatch.domain.ImportMapping;
import kz.schoolwatch.domain.ImportOptions;
import kz.schoolwatch.domain.ImportProblem;
import kz.schoolwatch.domain.ImportRow;
import kz.schoolwatch.domain.SchoolNames;
import kz.schoolwatch.persistence.CameraImportRepository;
import kz.schoolwatch.persistence.CameraImportRepository.SchoolRef;
import kz.schoolwatch.persistence.CameraImportRepository.StoredCamera;
import kz.schoolwatch.service.DataChanges.Topic;
import kz.schoolwatch.sheets.SheetProgress;
import kz.schoolwatch.sheets.SheetRow;
import kz.schoolwatch.sheets.SheetTable;
import org.jooq.DSLContext;

/**
 * Cameras from a contractor's list, matched to schools by number, in either shape: one row per camera
 * ({@link CameraMatching}) or one row per school with outdoor and indoor counts ({@link CameraCounting}, chosen
 * when the mapping gives a count column: {@link ImportMapping#camerasAsCounts()}). The same file imported twice
 * changes nothing the second time. Cameras the file does not list are taken down (dismantled, removed today, as
 * the camera form takes one down) only with {@link ImportOptions#removeMissingCameras()}, only at schools the file
 * names, and never at a school one of whose rows is in error.
 *
 * <p>Each row's {@link ImportRow#subject()} is the school («Школа №12», or «№12» for a number no school has);
 * {@link ImportRow#changes()} holds entries read by {@link ImportChanges}: for a per-camera update the keys of the
 * fields it changes ({@code import.field.cameraStatus}); {@code import.cameras.removesMissing|n} on a school's first
 * row when n unlisted cameras are taken down; for counts {@code import.cameras.adds.outdoor|n},
 * {@code import.cameras.removes.indoor|n} or {@code import.cameras.fewer.outdoor|inFile|stored}.
 */
final class CameraImport implements KindImport {

    private final CameraImportRepository repository;
    private final Clock clock;

    public CameraImport(CameraImportRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.CAMERAS;
    }

    @Override
    public List<Topic> topics() {
        return List.of(Topic.CAMERAS);
    }

    @Override
    public Plan plan(DSLContext tx, SheetTable table, ImportMapping mapping, ImportOptions options, SheetProgress progress) {
        LocalDate today = LocalDate.now(clock);
        boolean counts = mapping.camerasAsCounts();
        List<CameraImportLine> lines = read(table, mapping, counts, today, progress);
        if (counts) {
            markDuplicates(lines);
        }
        Map<Integer, SchoolRef> schools = repository.schoolsByNumber(tx,
                lines.stream().map(CameraImportLine::schoolNumber).filter(Objects::nonNull).collect(Collectors.toSet()));
        checkSchools(lines, schools, table, mapping);
        Map<Long, List<StoredCamera>> stored = repository.camerasOf(tx,
                        schools.values().stream().filter(s -> !s.archived()).map(SchoolRef::id).toList())
                .stream().collect(Collectors.groupingBy(s -> s.camera().schoolId()));

        CameraWrites writes = new CameraWrites(repository, today);
        Map<CameraImportLine, CameraMatching.Outcome> outcomes = new IdentityHashMap<>();
        Map<Integer, List<CameraImportLine>> bySchool = new LinkedHashMap<>();
        for (CameraImportLine line : lines) {
            if (line.schoolNumber() != null) {
                bySchool.computeIfAbsent(line.schoolNumber(), n -> new ArrayList<>()).add(line);
            }
        }
        for (Map.Entry<Integer, List<CameraImportLine>> e : bySchool.entrySet()) {
            progress.checkCancelled();
            SchoolRef school = schools.get(e.getKey());
            List<CameraImportLine> ok = e.getValue().stream().filter(CameraImportLine::ok).toList();
            if (ok.isEmpty()) {
                continue;
            }
            List<StoredCamera> cameras = stored.getOrDefault(school.id(), List.of());
            if (counts) {
                CameraCountLine line = (CameraCountLine) ok.get(0);
                outcomes.put(line, CameraCounting.plan(school, line, cameras, options.removeMissingCameras(), writes));
            } else {
                boolean remove = options.removeMissingCameras() && ok.size() == e.getValue().size();
                List<CameraLine> cameraLines = ok.stream().map(CameraLine.class::cast).toList();
                outcomes.putAll(new CameraMatching(school, cameras).plan(cameraLines, remove, today, writes));
            }
        }
        List<ImportRow> rows = new ArrayList<>(lines.size());
        for (CameraImportLine line : lines) {
            SchoolRef school = line.schoolNumber() == null ? null : schools.get(line.schoolNumber());
            String subject = school != null ? SchoolNames.label(school.number(), school.name())
                    : line.schoolNumber() != null ? "№" + line.schoolNumber() : "";
            CameraMatching.Outcome outcome = outcomes.get(line);
            rows.add(outcome == null
                    ? new ImportRow(line.rowNumber(), kz.schoolwatch.domain.ImportAction.ERROR, subject, List.of(), line.problems(), line.cells())
                    : new ImportRow(line.rowNumber(), outcome.action(), subject, outcome.changes(), List.of(), line.cells()));
        }
        return new Plan(rows, ImportCounts.of(rows, writes.added(), writes.removed()), writes::run);
    }

    private static List<CameraImportLine> read(SheetTable table, ImportMapping mapping, boolean counts, LocalDate today,
                                               SheetProgress progress) {
        List<CameraImportLine> lines = new ArrayList<>(table.rows().size());
        int done = 0;
        for (SheetRow row : table.rows()) {
            if (++done % 1000 == 0) {
                progress.checkCancelled();
                progress.progress(done, table.rows().size());
            }
            RowCells cells = new RowCells(table, mapping, row);
            lines.add(counts ? CameraCountLine.read(cells, row.number()) : CameraLine.read(cells, row.number(), today));
        }
        return lines;
    }

    /** A school listed twice in a file of counts: which count is right is the user's call, so both rows wait. */
    private static void markDuplicates(List<CameraImportLine> lines) {
        Map<Integer, List<CameraImportLine>> byNumber = lines.stream().filter(l -> l.schoolNumber() != null)
                .collect(Collectors.groupingBy(CameraImportLine::schoolNumber));
        for (List<CameraImportLine> same : byNumber.values()) {
            if (same.size() > 1) {
                for (CameraImportLine line : same) {
                    CameraImportLine other = same.get(same.get(0) == line ? 1 : 0);
                    line.problems().add(ImportProblem.of(null, "import.cameras.error.duplicateSchool",
                            String.valueOf(line.schoolNumber()), other.rowNumber()));
                }
            }
        }
    }

    private static void checkSchools(List<CameraImportLine> lines, Map<Integer, SchoolRef> schools, SheetTable table,
                                     ImportMapping mapping) {
        String column = mapping.column(ImportField.CAMERA_SCHOOL_NUMBER)
                .map(c -> c < table.header().size() ? table.header().get(c) : "#" + (c + 1)).orElse(null);
        for (CameraImportLine line : lines) {
            if (line.schoolNumber() == null) {
                continue;
            }
            SchoolRef school = schools.get(line.schoolNumber());
            if (school == null) {
                line.problems().add(ImportProblem.of(column, "import.cameras.error.unknownSchool", String.valueOf(line.schoolNumber())));
            } else if (school.archived()) {
                line.problems().add(ImportProblem.of(column, "import.cameras.error.archivedSchool", String.valueOf(line.schoolNumber())));
            }
        }
    }
}
