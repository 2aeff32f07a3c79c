// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import kz.schoolwatch.logging.ErrorSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts the part-written block a failed write (a full disk) can leave at the end of the database file.
 *
 * <p>Why it matters: H2 stores an encrypted file as a 4 KiB header plus 4 KiB blocks, and reads a file length
 * that is not a whole number of blocks as "one block shorter, ending part-way": it encodes a partial last
 * block that way. A write cut short at an odd byte, after the last saved chunk, therefore makes H2 see a file
 * that ends <em>inside</em> that chunk; on opening, the chunk looks incomplete and H2 falls back to the one
 * before it, dropping an acknowledged save. An MVStore file is always whole blocks long, so the odd bytes can
 * only be the start of the write that failed, which was never acknowledged; cutting them leaves the file H2
 * would have had if the disk had refused the write outright, and H2's recovery then finds the last chunk.
 */
final class TornTail {

    private static final Logger LOG = LoggerFactory.getLogger(TornTail.class);
    static final int BLOCK = 4096;
    /** How H2's encrypted files begin; any other file is left exactly as it is. */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    private TornTail() {
    }

    /**
     * Trims an encrypted H2 {@code file} down to a whole number of blocks. Only call it while no H2 engine has the
     * file open.
     *
     * @return the number of bytes cut, 0 when the file was whole, is missing or is not an encrypted H2 file
     */
    static long trim(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            long torn = size % BLOCK;
            if (torn == 0 || size < 2L * BLOCK || !startsWithEncryptedHeader(channel)) {
                return 0;
            }
            channel.truncate(size - torn);
            channel.force(true);
            LOG.warn("The database file ended in a part-written block ({} bytes) left by a failed write; cut it", torn);
            return torn;
        }
    }

    /** {@link #trim}, for the opening and the reopening: a file that cannot be checked is left to H2 to report. */
    static void trimQuietly(Path file) {
        try {
            trim(file);
        } catch (IOException e) {
            // Opening goes on: H2 then reports whatever it finds, and nothing was changed.
            LOG.warn("Could not check the end of the database file: {}", ErrorSummary.of(e));
        }
    }

    private static boolean startsWithEncryptedHeader(FileChannel channel) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(ENCRYPTED_HEADER.length);
        while (head.hasRemaining() && channel.read(head, head.position()) > 0) {
            // read on: a short read is legal
        }
        return !head.hasRemaining() && head.flip().equals(ByteBuffer.wrap(ENCRYPTED_HEADER));
    }
}
