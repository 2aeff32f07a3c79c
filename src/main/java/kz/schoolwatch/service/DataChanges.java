// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells open screens that data changed after a save committed, so counts on the dashboard, in tables and on
 * cards update at once. Listeners are called on the saving thread; UI listeners hop to the FX thread.
 */
public final class DataChanges {

    /**
     * What changed. {@link #AUDIT} is the audit trail alone: an entry no data change brought (another PC's sign-in,
     * lock or export); a change of data is recorded in the trail too, but published under its own topic.
     */
    public enum Topic {
        SCHOOLS, CAMERAS, EQUIPMENT, CHECKS, OFFICERS, VISITS, EVENTS, LEISURE, OFFENCES, REFERENCE, SETTINGS, ACCOUNTS, AUDIT
    }

    private final List<Consumer<Topic>> listeners = new CopyOnWriteArrayList<>();

    /** Registers {@code listener}; returns a handle that removes it. */
    public Runnable subscribe(Consumer<Topic> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Called by services after a commit. */
    public void publish(Topic topic) {
        for (Consumer<Topic> l : listeners) {
            l.accept(topic);
        }
    }
}
