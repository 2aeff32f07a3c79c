// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.properties;

import java.nio.file.Path;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.DatabaseOpenException;

/**
 * Opens the real H2 database the properties save into. The one place that knows how: when opening needs an
 * encryption key (or services a signed-in user), only this changes.
 */
final class TestDatabase {

    private TestDatabase() {
    }

    static Database open(Path folder) throws DatabaseOpenException {
        return TestDatabases.open(folder);
    }
}
