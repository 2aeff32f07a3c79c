// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import kz.schoolwatch.persistence.security.DatabaseKey;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.h2.store.fs.FileUtils;
import org.h2.tools.ChangeFileEncryption;

/**
 * Tells a damaged database file from one the key does not fit. H2 reports both a wrong key and a destroyed store
 * header as 90049 "Encryption error", and damage further in as a general error with a corrupt-file cause; the
 * key itself comes from the key ring, which has already checked it against the user's password.
 */
final class FileDamage {

    /** MVStore's own reasons that mean the bytes on disk are not what it wrote. */
    private static final int[] CORRUPT = {DataUtils.ERROR_FILE_CORRUPT, DataUtils.ERROR_CHUNK_NOT_FOUND,
            DataUtils.ERROR_BLOCK_NOT_FOUND, DataUtils.ERROR_TRANSACTION_CORRUPT};

    /** How much of the file start is decrypted to look for the store's own headers. */
    private static final int PROBE_BYTES = 64 * 1024;
    private static final AtomicLong PROBES = new AtomicLong();

    private FileDamage() {
    }

    /**
     * Turns a WRONG_KEY or UNREADABLE failure into DAMAGED when the file, not the key, is at fault; other reasons
     * pass through.
     */
    static DatabaseOpenException refine(DatabaseOpenException e, Path file, DatabaseKey key) {
        boolean damaged = switch (e.reason()) {
            case UNREADABLE -> e.getCause() instanceof SQLException s && corrupt(s);
            case WRONG_KEY -> keyFits(file, key);
            default -> false;
        };
        return damaged ? new DatabaseOpenException(DatabaseOpenException.Reason.DAMAGED, file.toString(), e.getCause()) : e;
    }

    /** True for H2's "file corrupted" and for MVStore failures that mean damaged bytes, anywhere in the causes. */
    static boolean corrupt(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
                return true;
            }
            if (t instanceof MVStoreException m && Arrays.stream(CORRUPT).anyMatch(code -> code == m.getErrorCode())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * Whether {@code key} decrypts the start of {@code file} into MVStore's plain-text headers ("H:2," for the
     * store header, "chunk:" for a chunk header). A wrong key gives noise; a right key on a file whose store
     * headers are destroyed still shows the first chunk's header. The decrypted bytes stay in H2's in-memory file
     * system, never on disk. A destroyed encryption header (the first 4 KB) cannot be told from a wrong key.
     */
    static boolean keyFits(Path file, DatabaseKey key) {
        String dir = "memFS:/schoolwatch-probe-" + PROBES.incrementAndGet();
        String copy = dir + "/" + H2Url.FILE_NAME + ".mv.db";
        char[] password = key.filePassword();
        try {
            byte[] start;
            try (InputStream in = Files.newInputStream(file)) {
                start = in.readNBytes(PROBE_BYTES);
            }
            FileUtils.createDirectories(dir);
            try (OutputStream out = FileUtils.newOutputStream(copy, false)) {
                out.write(start);
            }
            ChangeFileEncryption.execute(dir, H2Url.FILE_NAME, "AES", password, null, true);
            byte[] plain;
            try (InputStream in = FileUtils.newInputStream(copy)) {
                plain = in.readAllBytes();
            }
            try {
                String text = new String(plain, StandardCharsets.ISO_8859_1);
                return text.contains("H:2,") || text.contains("chunk:");
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        } catch (IOException | SQLException | RuntimeException e) {
            return false;
        } finally {
            Arrays.fill(password, '\0');
            FileUtils.deleteRecursive(dir, true);
        }
    }

    /** True when {@code file} exists with content, i.e. opening it must not find an empty database. */
    static boolean hasContent(Path file) {
        try {
            return Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
