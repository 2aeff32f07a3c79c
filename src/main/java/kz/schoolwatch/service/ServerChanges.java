// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.DataChanges.Topic;
import org.slf4j.LoggerFactory;

/**
 * Other PCs' saves on the unit's server, published as if they were this PC's own: the server names each changed
 * table, and the screens that show it refresh (issue 17: seen within two seconds, without a restart). After the
 * server was out of reach every topic is published once, since what changed meanwhile was not heard.
 */
public final class ServerChanges implements AutoCloseable {

    /** Which topic a change of each table is; the audit trail's own entries are {@link #topics}' concern. */
    static final Map<String, Topic> TOPICS = Map.ofEntries(
            Map.entry("school", Topic.SCHOOLS),
            Map.entry("school_assignment", Topic.SCHOOLS),
            Map.entry("camera", Topic.CAMERAS),
            Map.entry("camera_detail_history", Topic.CAMERAS),
            Map.entry("camera_fault", Topic.CAMERAS),
            Map.entry("school_equipment", Topic.EQUIPMENT),
            Map.entry("school_equipment_history", Topic.EQUIPMENT),
            Map.entry("security_check", Topic.CHECKS),
            Map.entry("security_check_finding", Topic.CHECKS),
            Map.entry("inspection_finding", Topic.CHECKS),
            Map.entry("correction_order", Topic.CHECKS),
            Map.entry("inspection_photo", Topic.CHECKS),
            Map.entry("check_assignment", Topic.CHECKS),
            Map.entry("requirement_set", Topic.REFERENCE),
            Map.entry("requirement_item", Topic.REFERENCE),
            Map.entry("officer", Topic.OFFICERS),
            Map.entry("school_visit", Topic.VISITS),
            Map.entry("outreach_event", Topic.EVENTS),
            Map.entry("event_officer", Topic.EVENTS),
            Map.entry("event_partner", Topic.EVENTS),
            Map.entry("leisure_centre", Topic.LEISURE),
            Map.entry("leisure_club", Topic.LEISURE),
            Map.entry("leisure_attendance", Topic.LEISURE),
            Map.entry("offence", Topic.OFFENCES),
            Map.entry("partner", Topic.REFERENCE),
            Map.entry("visit_purpose", Topic.REFERENCE),
            Map.entry("event_type", Topic.REFERENCE),
            Map.entry("offence_kind", Topic.REFERENCE),
            Map.entry("police_rank", Topic.REFERENCE),
            Map.entry("district", Topic.REFERENCE),
            Map.entry("app_setting", Topic.SETTINGS),
            Map.entry("account_setting", Topic.SETTINGS),
            Map.entry("app_user", Topic.ACCOUNTS));

    private final AutoCloseable listening;

    private ServerChanges(Database db, DataChanges changes) {
        this.listening = db.listenToOtherChanges(tables -> topics(tables).forEach(changes::publish));
    }

    /** Starts publishing the server's changes to {@code changes}; on the PC's own file it does nothing. */
    public static ServerChanges start(Database db, DataChanges changes) {
        return new ServerChanges(db, changes);
    }

    /**
     * The topics of a batch of changed tables, each once, in the enum's order; {@code "*"} is all of them. The audit
     * trail's growth is {@link Topic#AUDIT} only when nothing else changed with it (a sign-in, an export): every
     * change of data is in the trail too, and its own topic already reads the trail again.
     */
    static Set<Topic> topics(Set<String> tables) {
        if (tables.contains("*")) {
            return EnumSet.allOf(Topic.class);
        }
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        for (String t : tables) {
            Topic topic = TOPICS.get(t);
            if (topic != null) {
                topics.add(topic);
            }
        }
        if (topics.isEmpty() && tables.contains(AUDIT_TRAIL)) {
            topics.add(Topic.AUDIT);
        }
        return topics;
    }

    /** The audit trail's table, which the server names when an entry is added (db/postgresql/V13). */
    static final String AUDIT_TRAIL = "audit_entry";

    @Override
    public void close() {
        try {
            listening.close();
        } catch (Exception e) {
            LoggerFactory.getLogger(ServerChanges.class).warn("Stopping the server's changes failed: {}",
                    e.getClass().getSimpleName());
        }
    }
}
