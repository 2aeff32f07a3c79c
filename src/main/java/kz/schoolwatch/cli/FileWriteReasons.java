// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.WriteFailure;

/** Why a file could not be written, in words a user can act on (the exception's own text is a path or English). */
final class FileWriteReasons {

    private FileWriteReasons() {
    }

    static String of(IOException e, Messages messages) {
        String text = String.valueOf(e instanceof FileSystemException f ? f.getReason() : e.getMessage()).toLowerCase(Locale.ROOT);
        if (WriteFailure.of(e) == WriteFailure.DISK_FULL) {
            return messages.get("cli.reason.diskFull");
        }
        if (e instanceof NoSuchFileException || text.contains("no such file")) {
            return messages.get("cli.reason.noFolder");
        }
        if (e instanceof AccessDeniedException || text.contains("permission denied") || text.contains("access is denied")) {
            return messages.get("cli.reason.accessDenied");
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException || text.contains("not a directory")) {
            return messages.get("cli.reason.notFolder");
        }
        if (text.contains("read-only file system")) {
            return messages.get("cli.reason.readOnly");
        }
        return messages.get("cli.reason.other");
    }
}
