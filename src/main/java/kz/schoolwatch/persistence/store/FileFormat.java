// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import kz.schoolwatch.persistence.security.DatabaseKey;
import org.h2.mvstore.DataUtils;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * Whether the files of a data folder are a database this H2 (2.5.252, pinned in the pom) can write, found
 * out before H2 opens anything read-write. A file of another H2 version, an old PageStore file, or a file that
 * is not H2 at all is refused with {@link DatabaseOpenException.Reason#FOREIGN_FORMAT}; the checks only read,
 * through channels opened for reading, so the file keeps its bytes and its modification time.
 *
 * <p>Why not leave it to H2: H2 refuses a file whose header names a write format it does not support, but only
 * once it has opened the file for writing; a PageStore {@code .h2.db} it does not see at all, and creates a new
 * empty database beside it; and a plain file that is not H2 would go to the first-start encryption, which
 * rewrites the file.
 */
public final class FileFormat {

    /**
     * The MVStore file format H2 2.5.252 reads and writes (its {@code FORMAT_WRITE_MIN/MAX}, both 3). A test
     * checks that a new file's header says this, so an H2 upgrade that changes the format cannot pass unnoticed.
     */
    public static final int H2_FORMAT = 3;

    /** Base name of H2 1.x PageStore files, {@code schoolwatch.h2.db}. */
    static final String PAGE_STORE_FILE = H2Url.FILE_NAME + ".h2.db";

    private static final int BLOCK = 4096;
    private static final byte[] PLAIN_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PAGE_STORE_HEADER = "-- H2 0.5/B --".getBytes(StandardCharsets.US_ASCII);

    /** What is wrong with a file. */
    public enum Kind {
        /** An MVStore file of a newer H2: its header names a higher format than {@link #H2_FORMAT}. */
        NEWER_H2,
        /** An MVStore file of an older H2 (format 1 is H2 1.4.x, format 2 is H2 2.0–2.1). */
        OLDER_H2,
        /** A PageStore file of H2 1.x ({@code .h2.db}), with no {@code .mv.db} beside it, or under that name. */
        PAGE_STORE,
        /** Not an H2 database file at all. */
        NOT_H2
    }

    /**
     * A refusal: what, which file, and the format its header names (0 where there is none). Carried as the
     * {@link DatabaseOpenException#detail()} of a {@code FOREIGN_FORMAT} refusal; no record data in it.
     */
    public record Problem(Kind kind, int format, Path file) {

        public String toDetail() {
            return kind + ":" + format + ":" + file;
        }

        /** The problem a {@link #toDetail()} string describes. */
        public static Problem parse(String detail) {
            String[] parts = detail.split(":", 3);
            try {
                return new Problem(Kind.valueOf(parts[0]), Integer.parseInt(parts[1]), Path.of(parts[2]));
            } catch (RuntimeException e) {
                return new Problem(Kind.NOT_H2, 0, Path.of(""));
            }
        }

        DatabaseOpenException exception() {
            return new DatabaseOpenException(DatabaseOpenException.Reason.FOREIGN_FORMAT, toDetail(), null);
        }
    }

    private FileFormat() {
    }

    /** The database file of {@code folder} (which may not exist). */
    public static Path databaseFile(Path folder) {
        return folder.resolve(H2Url.FILE_NAME + ".mv.db");
    }

    /**
     * What the folder's files show without a key: an old PageStore file, a file that is not H2, or a plain
     * (unencrypted) file of another H2 format. An encrypted file's format is behind its key; see
     * {@link #check(Path, DatabaseKey)}.
     */
    public static Optional<Problem> inspect(Path folder) {
        Path file = databaseFile(folder);
        if (!Files.exists(file)) {
            Path pageStore = folder.resolve(PAGE_STORE_FILE);
            return Files.exists(pageStore) ? Optional.of(new Problem(Kind.PAGE_STORE, 0, pageStore)) : Optional.empty();
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(2 * BLOCK);
        } catch (IOException e) {
            // Unreadable is not foreign: opening reports it with its own reason.
            return Optional.empty();
        }
        if (head.length == 0 || startsWith(head, 0, ENCRYPTED_HEADER)) {
            // An empty file is one H2 was creating when it stopped; it starts a new database as before.
            return Optional.empty();
        }
        if (startsWith(head, 0, PAGE_STORE_HEADER)) {
            return Optional.of(new Problem(Kind.PAGE_STORE, 0, file));
        }
        // MVStore keeps its header twice, in the first two blocks; H2 reads the file if either is sound.
        if (!startsWith(head, 0, PLAIN_HEADER) && !startsWith(head, BLOCK, PLAIN_HEADER)) {
            return Optional.of(new Problem(Kind.NOT_H2, 0, file));
        }
        return formatProblem(head, file);
    }

    /**
     * Refuses the folder's database when it is not one this H2 can write: {@link #inspect(Path)}, and for an
     * encrypted file the format in its header, decrypted with {@code key} (read through H2's own decryption over
     * a read-only channel). A header that does not decrypt is left for opening to report as a wrong key.
     */
    public static void check(Path folder, DatabaseKey key) throws DatabaseOpenException {
        Optional<Problem> problem = inspect(folder);
        if (problem.isEmpty() && key != null) {
            problem = encryptedFormatProblem(databaseFile(folder), key);
        }
        if (problem.isPresent()) {
            throw problem.get().exception();
        }
    }

    private static Optional<Problem> encryptedFormatProblem(Path file, DatabaseKey key) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        char[] password = key.filePassword();
        byte[] bytes = FilePathEncrypt.getPasswordBytes(password);
        Arrays.fill(password, '\0');
        try (FileChannel base = FileChannel.open(file, StandardOpenOption.READ)) {
            if (base.size() < BLOCK + 2L * BLOCK) {
                return Optional.empty();
            }
            byte[] head = new byte[ENCRYPTED_HEADER.length];
            base.read(ByteBuffer.wrap(head), 0);
            if (!Arrays.equals(head, ENCRYPTED_HEADER)) {
                return Optional.empty();
            }
            // FileEncrypt over a read-only channel: it reads the salt and decrypts; it could not write if it tried.
            FileEncrypt decrypted = new FileEncrypt(file.toString(), bytes, base);
            ByteBuffer blocks = ByteBuffer.allocate(2 * BLOCK);
            while (blocks.hasRemaining() && decrypted.read(blocks, blocks.position()) > 0) {
                // reads until both header blocks are in
            }
            return formatProblem(blocks.array(), file);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * The format of a sound MVStore header among the first two blocks, compared with {@link #H2_FORMAT}. With
     * no sound header (a wrong key, damage) there is nothing to say here; opening reports it.
     */
    private static Optional<Problem> formatProblem(byte[] head, Path file) {
        for (int offset = 0; offset + PLAIN_HEADER.length <= head.length; offset += BLOCK) {
            Map<String, String> header = soundHeader(head, offset);
            if (header == null) {
                continue;
            }
            int format = Integer.parseInt(header.getOrDefault("format", "1"), 16);
            if (format > H2_FORMAT) {
                return Optional.of(new Problem(Kind.NEWER_H2, format, file));
            }
            if (format < H2_FORMAT) {
                return Optional.of(new Problem(Kind.OLDER_H2, format, file));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The header map at {@code offset} when it starts like one and its Fletcher checksum holds, else null. */
    private static Map<String, String> soundHeader(byte[] head, int offset) {
        if (!startsWith(head, offset, PLAIN_HEADER)) {
            return null;
        }
        int end = offset;
        while (end < Math.min(head.length, offset + BLOCK) && head[end] != '\n' && head[end] != 0) {
            end++;
        }
        String text = new String(head, offset, end - offset, StandardCharsets.ISO_8859_1);
        int fletcher = text.lastIndexOf(",fletcher:");
        if (fletcher < 0) {
            return null;
        }
        try {
            int stored = (int) Long.parseLong(text.substring(fletcher + ",fletcher:".length()).trim(), 16);
            if (DataUtils.getFletcher32(head, offset, fletcher) != stored) {
                return null;
            }
            return DataUtils.parseMap(text.substring(0, fletcher));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        return Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
