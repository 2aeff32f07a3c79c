// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import kz.schoolwatch.domain.Camera;
import kz.schoolwatch.domain.CameraConnection;
import kz.schoolwatch.domain.CameraDetails;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.CameraViewArea;
import kz.schoolwatch.domain.ImportAction;
import kz.schoolwatch.domain.ImportField;
import kz.schoolwatch.persistence.CameraImportRepository.SchoolRef;
import kz.schoolwatch.persistence.CameraImportRepository.StoredCamera;

/**
 * Pairs one school's rows of a per-camera file with its stored cameras, one to one, so that the same file read
 * twice pairs every row with the camera it made the first time. A camera is known by what does not change
 * (placement, view, model, day installed); its status, link to the ЦОУ and note may change. Pairing runs in
 * three passes, each taking the first free camera that fits: identical cameras (→ unchanged), then cameras alike
 * in what the row gives (→ update), then cameras whose missing model, day or view («Другое») the row fills in (→
 * update). Rows giving more go first, so a vague row does not take the camera a precise one describes. A row
 * saying «демонтирована» looks among the cameras already taken down first. Rows left over are new cameras.
 */
final class CameraMatching {

    /** What became of one row. */
    record Outcome(ImportAction action, List<String> changes) {
    }

    private final SchoolRef school;
    private final List<StoredCamera> hanging = new ArrayList<>();
    private final List<StoredCamera> takenDown = new ArrayList<>();
    private final Set<StoredCamera> used = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<CameraLine, StoredCamera> pairs = new IdentityHashMap<>();

    CameraMatching(SchoolRef school, List<StoredCamera> stored) {
        this.school = school;
        for (StoredCamera s : stored) {
            (s.camera().status() == CameraStatus.DISMANTLED ? takenDown : hanging).add(s);
        }
    }

    /**
     * Plans the school's rows (all without problems) into {@code writes}; with {@code removeMissing} the hanging
     * cameras no row names are taken down, which the first row tells.
     */
    Map<CameraLine, Outcome> plan(List<CameraLine> lines, boolean removeMissing, LocalDate today, CameraWrites writes) {
        List<CameraLine> order = new ArrayList<>(lines);
        order.sort(Comparator.comparingInt(CameraLine::givenIdentity).reversed());
        pair(order, Pass.SAME);
        pair(order, Pass.ALIKE);
        pair(order, Pass.FILLED);
        Map<CameraLine, Outcome> outcomes = new IdentityHashMap<>();
        for (CameraLine line : lines) {
            StoredCamera stored = pairs.get(line);
            if (stored == null) {
                writes.add(school, created(line, today));
                outcomes.put(line, new Outcome(ImportAction.NEW, List.of()));
                continue;
            }
            List<String> changes = new ArrayList<>();
            StoredCamera updated = updated(line, stored, today, changes);
            if (changes.isEmpty()) {
                outcomes.put(line, new Outcome(ImportAction.UNCHANGED, List.of()));
            } else {
                writes.update(school, updated);
                outcomes.put(line, new Outcome(ImportAction.UPDATE, changes));
            }
        }
        if (removeMissing && !lines.isEmpty()) {
            List<StoredCamera> missing = hanging.stream().filter(s -> !used.contains(s)).toList();
            if (!missing.isEmpty()) {
                missing.forEach(s -> writes.remove(school, s));
                CameraLine first = lines.get(0);
                List<String> changes = new ArrayList<>(outcomes.get(first).changes());
                changes.add(ImportChanges.of("import.cameras.removesMissing", missing.size()));
                ImportAction action = outcomes.get(first).action() == ImportAction.NEW ? ImportAction.NEW : ImportAction.UPDATE;
                outcomes.put(first, new Outcome(action, changes));
            }
        }
        return outcomes;
    }

    private enum Pass { SAME, ALIKE, FILLED }

    private void pair(List<CameraLine> order, Pass pass) {
        for (CameraLine line : order) {
            if (pairs.containsKey(line)) {
                continue;
            }
            List<List<StoredCamera>> pools = !line.dismantled() ? List.of(hanging)
                    : pass == Pass.SAME ? List.of(takenDown) : List.of(takenDown, hanging);
            found:
            for (List<StoredCamera> pool : pools) {
                for (StoredCamera s : pool) {
                    if (!used.contains(s) && fits(line, s, pass)) {
                        used.add(s);
                        pairs.put(line, s);
                        break found;
                    }
                }
            }
        }
    }

    private static boolean fits(CameraLine line, StoredCamera s, Pass pass) {
        Camera c = s.camera();
        if (line.placement() != c.placement()) {
            return false;
        }
        boolean fill = pass == Pass.FILLED;
        boolean alike = (line.viewArea() == null || line.viewArea() == c.viewArea() || fill && c.viewArea() == CameraViewArea.OTHER)
                && (line.model() == null || sameModel(line.model(), s.model()) || fill && s.model() == null)
                && (line.installedOn() == null || line.installedOn().equals(c.installedOn())
                        || fill && c.installedOn() == null && (s.removedOn() == null || !line.installedOn().isAfter(s.removedOn())));
        return alike && (pass != Pass.SAME || sameState(line, c));
    }

    private static boolean sameState(CameraLine line, Camera c) {
        return (line.status() == null || line.status() == c.status())
                && (line.connected() == null || line.connected() == c.connectedToCou())
                && (line.note() == null || line.note().equals(c.note()));
    }

    static boolean sameModel(String a, String b) {
        return b != null && model(a).equals(model(b));
    }

    private static String model(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private StoredCamera created(CameraLine line, LocalDate today) {
        CameraStatus status = line.status() == null ? CameraStatus.WORKING : line.status();
        Camera c = new Camera(null, school.id(), line.placement(), line.viewArea() == null ? CameraViewArea.OTHER : line.viewArea(), status,
                line.installedOn(), CameraDetails.connected(Boolean.TRUE.equals(line.connected())), line.note(), 0);
        return new StoredCamera(c, line.model(), status == CameraStatus.DISMANTLED ? today : null);
    }

    /** The stored camera with what the row gives; the fields that change go to {@code changes} as their keys. */
    private static StoredCamera updated(CameraLine line, StoredCamera stored, LocalDate today, List<String> changes) {
        Camera c = stored.camera();
        CameraViewArea area = pick(line.viewArea(), c.viewArea(), ImportField.CAMERA_VIEW_AREA, changes);
        String model = line.model() == null || sameModel(line.model(), stored.model()) ? stored.model()
                : changed(line.model(), ImportField.CAMERA_MODEL, changes);
        var installed = pick(line.installedOn(), c.installedOn(), ImportField.CAMERA_INSTALLED_ON, changes);
        CameraStatus status = pick(line.status(), c.status(), ImportField.CAMERA_STATUS, changes);
        Boolean connected = pick(line.connected(), c.connectedToCou(), ImportField.CAMERA_CONNECTED, changes);
        String note = pick(line.note(), c.note(), ImportField.CAMERA_NOTE, changes);
        // The form's rule for the removal day: taken down now counts until today, taken down before keeps its day.
        LocalDate removedOn = status != CameraStatus.DISMANTLED ? null
                : c.status() == CameraStatus.DISMANTLED && stored.removedOn() != null ? stored.removedOn() : today;
        // «Подключена к ЦОУ: нет» takes a camera off the ЦОУ; one linked elsewhere («Сергек») keeps its link.
        CameraDetails details = connected == c.connectedToCou() ? c.details()
                : c.details().withConnection(connected ? CameraConnection.COU : CameraConnection.NONE);
        return new StoredCamera(new Camera(c.id(), c.schoolId(), c.placement(), area, status, installed, details, note, c.version()),
                model, removedOn);
    }

    private static <T> T pick(T given, T stored, ImportField field, List<String> changes) {
        return given == null || Objects.equals(given, stored) ? stored : changed(given, field, changes);
    }

    private static <T> T changed(T value, ImportField field, List<String> changes) {
        changes.add(field.key());
        return value;
    }
}
