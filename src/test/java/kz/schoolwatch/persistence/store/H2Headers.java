// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import kz.schoolwatch.persistence.security.DatabaseKey;
import org.h2.mvstore.DataUtils;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * Test tool: rewrites the MVStore header of a real database file as another H2 version would have written it
 * ({@code format:1} for H2 1.4.x, {@code format:4} for a future H2), with a correct checksum, in both header
 * blocks. An encrypted file is rewritten through H2's own encryption, with the database key.
 */
final class H2Headers {

    private static final int BLOCK = 4096;

    private H2Headers() {
    }

    /** Replaces {@code from} with {@code to} in the header of {@code file} (plain when {@code key} is null). */
    static void rewrite(Path file, String from, String to, DatabaseKey key) throws IOException {
        try (FileChannel raw = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileChannel channel = raw;
            if (key != null) {
                char[] password = key.filePassword();
                channel = new FileEncrypt(file.toString(), FilePathEncrypt.getPasswordBytes(password), raw);
                Arrays.fill(password, '\0');
            }
            ByteBuffer blocks = ByteBuffer.allocate(2 * BLOCK);
            channel.read(blocks, 0);
            byte[] bytes = blocks.array();
            boolean changed = false;
            for (int offset = 0; offset < bytes.length; offset += BLOCK) {
                String text = new String(bytes, offset, BLOCK, StandardCharsets.ISO_8859_1);
                if (!text.startsWith("H:2,")) {
                    continue;
                }
                String body = text.substring(0, text.indexOf(",fletcher:"));
                if (!body.contains(from)) {
                    throw new IllegalArgumentException("no '" + from + "' in the header " + body);
                }
                body = body.replace(from, to);
                byte[] b = body.getBytes(StandardCharsets.ISO_8859_1);
                byte[] header = (body + ",fletcher:" + Integer.toHexString(DataUtils.getFletcher32(b, 0, b.length)) + "\n")
                        .getBytes(StandardCharsets.ISO_8859_1);
                Arrays.fill(bytes, offset, offset + BLOCK, (byte) 0);
                System.arraycopy(header, 0, bytes, offset, header.length);
                changed = true;
            }
            if (!changed) {
                throw new IllegalArgumentException("no MVStore header in " + file + (key == null ? "" : " under this key"));
            }
            channel.write(ByteBuffer.wrap(bytes), 0);
            channel.force(true);
        }
    }

    /** The header of {@code file}'s first block as text (decrypted with {@code key} unless it is null). */
    static String read(Path file, DatabaseKey key) throws IOException {
        try (FileChannel raw = FileChannel.open(file, StandardOpenOption.READ)) {
            FileChannel channel = raw;
            if (key != null) {
                char[] password = key.filePassword();
                channel = new FileEncrypt(file.toString(), FilePathEncrypt.getPasswordBytes(password), raw);
                Arrays.fill(password, '\0');
            }
            ByteBuffer block = ByteBuffer.allocate(BLOCK);
            channel.read(block, 0);
            String text = new String(block.array(), StandardCharsets.ISO_8859_1);
            return text.substring(0, text.indexOf('\n'));
        }
    }
}
