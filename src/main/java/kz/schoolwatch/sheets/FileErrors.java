// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.sheets;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** Turns what the system said about a file into the reason the user is shown. */
final class FileErrors {

    private FileErrors() {
    }

    static SheetFileException classify(IOException e) {
        return classify(e, System.getProperty("os.name", "").startsWith("Windows"));
    }

    /**
     * Windows refuses to open a file another program (Excel) holds with "used by another process", in the
     * system's language, or with access denied; elsewhere access denied really is about permissions.
     */
    static SheetFileException classify(IOException e, boolean windows) {
        if (e instanceof NoSuchFileException) {
            return new SheetFileException(SheetFileException.Reason.MISSING, e);
        }
        String said = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : String.valueOf(e.getMessage());
        boolean otherProcess = mentionsAnotherProcess(said);
        boolean lockLike = e instanceof FileSystemException || e instanceof FileNotFoundException;
        if (lockLike && (otherProcess || windows && e instanceof AccessDeniedException)) {
            return new SheetFileException(SheetFileException.Reason.IN_USE, e);
        }
        return new SheetFileException(SheetFileException.Reason.UNREADABLE, e, shortly(said));
    }

    private static boolean mentionsAnotherProcess(String said) {
        String s = said.toLowerCase(Locale.ROOT);
        return s.contains("another process") || s.contains("другим процессом") || s.contains("being used")
                || s.contains("lock violation") || s.contains("locked a portion");
    }

    private static String shortly(String said) {
        String s = said == null ? "" : said.strip();
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
