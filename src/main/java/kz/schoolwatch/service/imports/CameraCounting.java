// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.ImportAction;
import kz.schoolwatch.persistence.CameraImportRepository.SchoolRef;
import kz.schoolwatch.persistence.CameraImportRepository.StoredCamera;

/**
 * One school's row of counts against its hanging cameras, placement by placement: more in the file adds working
 * cameras (→ new), as many changes nothing, fewer is only said unless «снять отсутствующие» is ticked, when the
 * surplus is taken down (→ update): faulty cameras first, then the most recently entered.
 */
final class CameraCounting {

    /** Faulty before working, then newest first: what a contractor's shorter list most likely left out. */
    private static final Comparator<StoredCamera> REMOVED_FIRST = Comparator
            .comparing((StoredCamera s) -> s.camera().status() != CameraStatus.FAULTY)
            .thenComparing(s -> -s.camera().id());

    private CameraCounting() {
    }

    static CameraMatching.Outcome plan(SchoolRef school, CameraCountLine line, List<StoredCamera> stored, boolean removeMissing,
                                       CameraWrites writes) {
        List<String> changes = new ArrayList<>();
        boolean added = false;
        boolean removed = false;
        for (CameraPlacement placement : CameraPlacement.values()) {
            Integer wanted = line.count(placement);
            if (wanted == null) {
                continue;
            }
            List<StoredCamera> hanging = stored.stream()
                    .filter(s -> s.camera().placement() == placement && s.camera().status() != CameraStatus.DISMANTLED)
                    .sorted(REMOVED_FIRST).toList();
            String which = placement.name().toLowerCase(Locale.ROOT);
            if (wanted > hanging.size()) {
                writes.addCounted(school, placement, wanted - hanging.size());
                changes.add(ImportChanges.of("import.cameras.adds" + "." + which, wanted - hanging.size()));
                added = true;
            } else if (wanted < hanging.size() && removeMissing) {
                hanging.subList(0, hanging.size() - wanted).forEach(s -> writes.remove(school, s));
                changes.add(ImportChanges.of("import.cameras.removes" + "." + which, hanging.size() - wanted));
                removed = true;
            } else if (wanted < hanging.size()) {
                changes.add(ImportChanges.of("import.cameras.fewer" + "." + which, wanted, hanging.size()));
            }
        }
        ImportAction action = added ? ImportAction.NEW : removed ? ImportAction.UPDATE : ImportAction.UNCHANGED;
        return new CameraMatching.Outcome(action, changes);
    }
}
