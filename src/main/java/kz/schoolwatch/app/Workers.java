// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import kz.schoolwatch.ui.common.ExecutorTaskRunner;

/**
 * The window's background workers.
 *
 * @param tasks the screens' own reads and writes, on two shared workers
 * @param readAhead work nobody has asked for yet: the dashboard's charts and the Schools list read ahead. On the two
 *        shared workers they took both right after sign-in, and the first screen the user opened queued behind them.
 * @param backup the daily backup's own worker. On the two shared workers it took one for the whole SCRIPT of the
 *        database (tens of seconds on a national-size file) right after sign-in, so the first screen the user opened
 *        waited behind it: the visits screen's first open took 8 to 27 s on 1,000,000 visits (bench/worklog.sh).
 */
record Workers(ExecutorTaskRunner tasks, ExecutorTaskRunner readAhead, ExecutorTaskRunner backup) {

    Workers() {
        this(new ExecutorTaskRunner(2), new ExecutorTaskRunner("read-ahead", 1), new ExecutorTaskRunner("backup", 1));
    }
}
