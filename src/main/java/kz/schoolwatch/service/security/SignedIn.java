// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.security;

import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.security.DatabaseKey;

/**
 * A signed-in session: the open database, its key (kept for wrapping it for new accounts and for backups) and
 * the account. Closing it closes the database and wipes the key. On the unit's server there is no key (null):
 * the server checks passwords and keeps the data, and the PC keeps neither file nor key.
 */
public record SignedIn(Database database, DatabaseKey key, UserAccount account) implements AutoCloseable {

    /** Whether the session is on the unit's server rather than the PC's own file. */
    public boolean onServer() {
        return database.server().isPresent();
    }

    @Override
    public void close() {
        database.close();
        if (key != null) {
            key.close();
        }
    }
}
