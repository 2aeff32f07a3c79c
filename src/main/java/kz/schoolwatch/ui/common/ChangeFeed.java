// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.List;

import kz.schoolwatch.service.DataChanges;

/**
 * The changes a view model follows: services publish on the saving thread, so the view model's action is
 * handed to the UI thread through the task runner, the one place that hop is made.
 */
public final class ChangeFeed {

    private final DataChanges changes;
    private final TaskRunner tasks;

    public ChangeFeed(DataChanges changes, TaskRunner tasks) {
        this.changes = changes;
        this.tasks = tasks;
    }

    /** Runs {@code action} on the UI thread after each committed change of one of {@code topics}; returns a handle that stops it. */
    public Runnable on(Runnable action, DataChanges.Topic... topics) {
        List<DataChanges.Topic> followed = List.of(topics);
        return changes.subscribe(topic -> {
            if (followed.contains(topic)) {
                tasks.onUiThread(action);
            }
        });
    }
}
