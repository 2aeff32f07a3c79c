// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.util.ArrayList;
import java.util.List;

import kz.schoolwatch.domain.CameraDetails;
import kz.schoolwatch.domain.CameraZone;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Formats;

/** How a camera's details read in lists and in the conflict dialog: «Вход №2», «Этаж 3», «30 сут.». */
final class CameraTexts {

    private CameraTexts() {
    }

    /** The zone with its number when it has one: «Вход №2», «Этаж 3», «Коридор». */
    static String zone(Messages messages, CameraDetails d) {
        String name = messages.of("camera.zone", d.zone());
        if (d.zoneNumber() == null) {
            return name;
        }
        return messages.get(d.zone() == CameraZone.ENTRANCE ? "camera.zone.entranceNumbered"
                : "camera.zone.floorNumbered", d.zoneNumber());
    }

    /** The recordings kept: «30 сут.», empty while unknown. */
    static String archive(Messages messages, Integer days) {
        return days == null ? "" : messages.get("camera.archiveDays.value", days);
    }

    /** Every detail on one line, the unknown ones left out. */
    static String summary(Messages messages, CameraDetails d) {
        List<String> parts = new ArrayList<>();
        parts.add(zone(messages, d));
        if (d.technology() != null) {
            parts.add(messages.of("camera.technology", d.technology()));
        }
        if (d.archiveDays() != null) {
            parts.add(messages.get("camera.details.archive", d.archiveDays()));
        }
        parts.add(messages.of("camera.connection", d.connection()));
        if (d.lastCheckedOn() != null) {
            parts.add(messages.get("camera.details.checked", Formats.date(d.lastCheckedOn())));
        }
        return String.join("; ", parts);
    }
}
