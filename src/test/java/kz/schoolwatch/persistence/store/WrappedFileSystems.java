// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.nio.file.Path;

import kz.schoolwatch.TestDatabases;

/** Opens a data folder's database behind an H2 file-system wrapper, for tests that need a failing disk. */
public final class WrappedFileSystems {

    private WrappedFileSystems() {
    }

    /**
     * Opens the database in {@code folder} exactly as {@link Database#open(Path, kz.schoolwatch.persistence.security.DatabaseKey)} does (encrypted, with the test key), but with its file reached
     * through the H2 file system registered under {@code scheme} (see {@code org.h2.store.fs.FilePath#register}).
     */
    public static Database openThrough(String scheme, Path folder) throws DatabaseOpenException {
        String url = "jdbc:h2:" + scheme + ":" + folder.resolve(H2Url.FILE_NAME).toAbsolutePath() + H2Url.flags() + H2Url.RUNTIME_FLAGS;
        Database db = Database.open(folder, url, TestDatabases.key(folder));
        db.setActor("test");
        return db;
    }
}
