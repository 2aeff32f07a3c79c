// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

/** What a move tells of itself while it copies, and how it learns that it should stop. */
public interface TransferProgress {

    /** {@code copied} rows of {@code total} are on the server (not yet committed). */
    void copied(long copied, long total);

    /** True once the administrator asked to stop; the move then rolls back at its next batch. */
    boolean cancelled();

    /** Reports nothing and never stops: for tools and tests. */
    TransferProgress NONE = new TransferProgress() {
        @Override
        public void copied(long copied, long total) {
            // Nobody watches.
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
