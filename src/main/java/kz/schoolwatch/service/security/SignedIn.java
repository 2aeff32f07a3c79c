// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.security;

import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.security.DatabaseKey;

/**
 * A signed-in session: the open database, its key (kept for wrapping it for new accounts and for backups) and
 * the account. Closing it closes the database and wipes the key.
 */
public record SignedIn(Database database, DatabaseKey key, UserAccount account) implements AutoCloseable {

    @Override
    public void close() {
        database.close();
        key.close();
    }
}
