// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/**
 * One edit of the details of several cameras at once: which details change (a tick each; the zone's tick covers its
 * number) and their new values in {@code values}. Details not ticked keep each camera's own value.
 */
public record CameraDetailsEdit(boolean zone, boolean technology, boolean archiveDays, boolean connection,
                                boolean lastCheckedOn, CameraDetails values) {

    public CameraDetailsEdit {
        values = values == null ? CameraDetails.connected(false) : values;
    }

    /** Whether any detail is ticked at all. */
    public boolean changesAnything() {
        return zone || technology || archiveDays || connection || lastCheckedOn;
    }

    /** {@code d} with the ticked details replaced. */
    public CameraDetails applyTo(CameraDetails d) {
        return new CameraDetails(zone ? values.zone() : d.zone(), zone ? values.zoneNumber() : d.zoneNumber(),
                technology ? values.technology() : d.technology(), archiveDays ? values.archiveDays() : d.archiveDays(),
                connection ? values.connection() : d.connection(), lastCheckedOn ? values.lastCheckedOn() : d.lastCheckedOn());
    }

    /** The camera with the ticked details replaced, at the version it was read. */
    public Camera applyTo(Camera c) {
        return new Camera(c.id(), c.schoolId(), c.placement(), c.viewArea(), c.status(), c.installedOn(), applyTo(c.details()),
                c.note(), c.version());
    }
}
