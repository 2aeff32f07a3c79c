// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the data folder (0700) and the database, key ring and backup files (0600) the user's own where the file
 * system has POSIX rights: the files are encrypted, but nobody else on the computer needs to copy them to try.
 * Elsewhere (Windows: the data folder under {@code %LOCALAPPDATA%} is already the user's own) it does nothing.
 * A file system that refuses (one the user does not own, a FAT stick) is logged, not an error.
 */
public final class OwnerOnly {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnly.class);
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** {@code rwx------} on a folder. */
    public static void folder(Path folder) {
        set(folder, FOLDER);
    }

    /** {@code rw-------} on a file, if it exists. */
    public static void file(Path file) {
        if (Files.exists(file)) {
            set(file, FILE);
        }
    }

    private static void set(Path path, Set<PosixFilePermission> rights) {
        try {
            if (!Files.getPosixFilePermissions(path).equals(rights)) {
                Files.setPosixFilePermissions(path, rights);
            }
        } catch (UnsupportedOperationException e) {
            // No POSIX rights on this file system.
        } catch (FileSystemException e) {
            LOG.warn("Could not make {} its owner's only: {}", path.getFileName(), e.getReason());
        } catch (IOException e) {
            LOG.warn("Could not make {} its owner's only: {}", path.getFileName(), e.getClass().getSimpleName());
        }
    }
}
