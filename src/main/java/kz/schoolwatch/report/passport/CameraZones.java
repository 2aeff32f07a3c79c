// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report.passport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import kz.schoolwatch.domain.CameraConnection;
import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraZone;
import kz.schoolwatch.i18n.LocalFormats;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.passport.SchoolPassport.CameraLine;

/**
 * A school's cameras counted by zone, in the order a building is walked: entrances by number, floors by number,
 * corridors, the grounds, the rest; and the names of zones and cameras in the program's language.
 */
final class CameraZones {

    private static final Comparator<Group> ORDER = Comparator.comparing(Group::zone)
            .thenComparing(Group::number, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Messages messages;

    CameraZones(Messages messages) {
        this.messages = messages;
    }

    /** The cameras grouped by zone and number, in walking order. */
    List<Group> groups(List<CameraLine> cameras) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (CameraLine c : cameras) {
            // Only entrances and floors are numbered; a number left on a corridor camera does not split the corridors.
            Integer number = c.zone().numbered() ? c.zoneNumber() : null;
            groups.computeIfAbsent(c.zone() + "#" + number, k -> new Group(c.zone(), number)).add(c);
        }
        List<Group> ordered = new ArrayList<>(groups.values());
        ordered.sort(ORDER);
        return ordered;
    }

    /** «Вход №1», «Этаж №2», «Коридор». */
    String name(Group g) {
        return zone(g.zone(), g.number());
    }

    String zone(CameraZone zone, Integer number) {
        return switch (zone) {
            case ENTRANCE -> number == null ? messages.get("passport.zone.entrance") : messages.get("passport.zone.entrance.numbered", number);
            case FLOOR -> number == null ? messages.get("passport.zone.floor") : messages.get("passport.zone.floor.numbered", number);
            case CORRIDOR -> messages.get("passport.zone.corridor");
            case PERIMETER -> messages.get("passport.zone.perimeter");
            case OTHER -> messages.get("passport.zone.other");
        };
    }

    /** «Вход №1, наружная»: a camera as a fault list names it. */
    String camera(CameraPlacement placement, CameraZone zone, Integer number) {
        return messages.get("passport.camera", zone(zone, number), messages.of("passport.placement", placement));
    }

    /** The counts of one zone (or of all cameras). */
    static final class Group {
        private final CameraZone zone;
        private final Integer number;
        private int outdoor;
        private int indoor;
        private int faulty;
        private Integer minArchive;
        private Integer maxArchive;
        private final int[] connections = new int[CameraConnection.values().length];

        Group(CameraZone zone, Integer number) {
            this.zone = zone;
            this.number = number;
        }

        static Group total(List<CameraLine> cameras) {
            Group g = new Group(CameraZone.OTHER, null);
            cameras.forEach(g::add);
            return g;
        }

        CameraZone zone() {
            return zone;
        }

        Integer number() {
            return number;
        }

        void add(CameraLine c) {
            if (c.placement() == CameraPlacement.OUTDOOR) {
                outdoor++;
            } else {
                indoor++;
            }
            if (c.faulty()) {
                faulty++;
            }
            if (c.archiveDays() != null) {
                minArchive = minArchive == null ? c.archiveDays() : Math.min(minArchive, c.archiveDays());
                maxArchive = maxArchive == null ? c.archiveDays() : Math.max(maxArchive, c.archiveDays());
            }
            connections[c.connection().ordinal()]++;
        }

        /** Zone, outdoor, indoor, in order, faulty, archive days «7–30», ЦОУ, «Сергек», duty unit, none. */
        List<Object> row(String name, LocalFormats formats) {
            String archive = minArchive == null ? "—" : Objects.equals(minArchive, maxArchive)
                    ? formats.count(minArchive) : formats.count(minArchive) + "–" + formats.count(maxArchive);
            return Arrays.asList(name, outdoor, indoor, outdoor + indoor - faulty, faulty, archive,
                    connections[CameraConnection.COU.ordinal()], connections[CameraConnection.SERGEK.ordinal()],
                    connections[CameraConnection.DUTY_UNIT.ordinal()], connections[CameraConnection.NONE.ordinal()]);
        }
    }
}
