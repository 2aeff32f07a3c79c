// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the requirements ask of a camera beyond its counting: its zone (and the entrance's or floor's number), analog
 * or digital, how many days its recordings are kept, where it is connected, and when it was last checked. Unknown
 * values are null: a requirement that needs them is then "unknown", not "not met".
 */
public record CameraDetails(CameraZone zone, Integer zoneNumber, CameraTechnology technology, Integer archiveDays,
                            CameraConnection connection, LocalDate lastCheckedOn) {

    public CameraDetails {
        zone = zone == null ? CameraZone.OTHER : zone;
        connection = connection == null ? CameraConnection.NONE : connection;
        zoneNumber = zone.numbered() ? zoneNumber : null;
    }

    /** Nothing known but whether the camera reaches the ЦОУ (a count per school, an old inventory). */
    public static CameraDetails connected(boolean toCou) {
        return new CameraDetails(CameraZone.OTHER, null, null, null, toCou ? CameraConnection.COU : CameraConnection.NONE, null);
    }

    public CameraDetails withConnection(CameraConnection newConnection) {
        return new CameraDetails(zone, zoneNumber, technology, archiveDays, newConnection, lastCheckedOn);
    }

    /** Whether the details the history keeps (all but the day of the last check) differ. */
    public boolean differsInHistoryFrom(CameraDetails other) {
        return other == null || zone != other.zone || !Objects.equals(zoneNumber, other.zoneNumber)
                || technology != other.technology || !Objects.equals(archiveDays, other.archiveDays)
                || connection != other.connection;
    }
}
