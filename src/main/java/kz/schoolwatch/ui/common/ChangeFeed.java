// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.EnumSet;
import java.util.Set;

import kz.schoolwatch.service.DataChanges;

/**
 * How a view model hears of committed changes to the data it shows: the services publish on the saving thread,
 * so the action hops to the UI thread through the task runner (at once in step in view-model tests).
 */
public final class ChangeFeed {

    private final DataChanges changes;
    private final TaskRunner tasks;

    public ChangeFeed(DataChanges changes, TaskRunner tasks) {
        this.changes = changes;
        this.tasks = tasks;
    }

    /**
     * Runs {@code action} on the UI thread after each change to one of {@code topics}; when none is named, to any
     * data (an entry of the audit trail alone, such as another PC's sign-in, is no change of data).
     */
    public Runnable on(Runnable action, DataChanges.Topic... topics) {
        Set<DataChanges.Topic> wanted = topics.length == 0 ? EnumSet.complementOf(EnumSet.of(DataChanges.Topic.AUDIT))
                : EnumSet.of(topics[0], topics);
        return changes.subscribe(topic -> {
            if (wanted.contains(topic)) {
                tasks.onUiThread(action);
            }
        });
    }
}
