// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Arrays;

import kz.schoolwatch.persistence.security.DatabaseKey;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * Tells a damaged database file from one the key does not fit. H2 reports both a wrong key and a destroyed store
 * header as 90049 "Encryption error", and damage further in as a general error with a corrupt-file cause; the
 * key itself comes from the key ring, which has already checked it against the user's password.
 */
final class DamageDiagnosis {

    /** MVStore's own reasons that mean the bytes on disk are not what it wrote. */
    private static final int[] CORRUPT = {DataUtils.ERROR_FILE_CORRUPT, DataUtils.ERROR_CHUNK_NOT_FOUND,
            DataUtils.ERROR_BLOCK_NOT_FOUND, DataUtils.ERROR_TRANSACTION_CORRUPT};

    /** How much of the file start is decrypted to look for the store's own headers. */
    private static final int PROBE_BYTES = 64 * 1024;

    private DamageDiagnosis() {
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
     * headers are destroyed still shows a chunk's header. The decrypted bytes stay in memory. A destroyed
     * encryption header (the first 4 KB, with the salt) cannot be told from a wrong key.
     */
    static boolean keyFits(Path file, DatabaseKey key) {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try {
            decrypt(file, key, plain, PROBE_BYTES);
            String text = plain.toString(StandardCharsets.ISO_8859_1);
            return text.contains("H:2,") || text.contains("chunk:");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Writes up to {@code limit} bytes of the decrypted content of {@code file} to {@code out}, block by block as
     * H2's file encryption stores them, without reading it as a database: damage stays in the blocks it hit.
     * Decrypts as the JDBC URL's {@code CIPHER=AES} does with the key's file password.
     */
    static void decrypt(Path file, DatabaseKey key, OutputStream out, long limit) throws IOException {
        char[] password = key.filePassword();
        byte[] passwordBytes = FilePathEncrypt.getPasswordBytes(password);
        Arrays.fill(password, '\0');
        try (FileChannel base = FileChannel.open(file, StandardOpenOption.READ);
             FileEncrypt encrypted = new FileEncrypt(file.toString(), passwordBytes, base)) {
            long size = Math.min(encrypted.size(), limit);
            ByteBuffer block = ByteBuffer.allocate(FileEncrypt.BLOCK_SIZE);
            for (long at = 0; at < size; at += FileEncrypt.BLOCK_SIZE) {
                block.clear();
                block.limit((int) Math.min(FileEncrypt.BLOCK_SIZE, size - at));
                while (block.hasRemaining() && encrypted.read(block, at + block.position()) > 0) {
                    // FileEncrypt reads whole blocks; the loop only guards against a short read.
                }
                out.write(block.array(), 0, block.position());
            }
        } finally {
            Arrays.fill(passwordBytes, (byte) 0);
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
