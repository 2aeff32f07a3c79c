// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import kz.schoolwatch.sheets.SheetFileException.Reason;

/**
 * What a file is, told by its first bytes rather than its name: users rename files, and Excel saves a CSV with
 * any extension they typed.
 */
enum FileKind {
    XLSX,
    CSV;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** A password-protected .xlsx is an OLE2 container whose directory names this stream (UTF-16LE). */
    private static final byte[] ENCRYPTION_INFO = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);
    private static final int SNIFF = 8192;
    private static final long OLE2_SCAN_LIMIT = 64L << 20;

    static FileKind of(Path file) throws SheetFileException {
        byte[] head;
        long size;
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            size = ch.size();
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(SNIFF, size));
            while (buf.hasRemaining() && ch.read(buf) >= 0) {
                // fill what the file has
            }
            head = Arrays.copyOf(buf.array(), buf.position());
        } catch (IOException e) {
            throw FileErrors.classify(e);
        }
        if (size == 0 || onlyWhitespace(head) && size <= SNIFF) {
            throw new SheetFileException(Reason.EMPTY, null);
        }
        if (startsWith(head, ZIP)) {
            return XLSX;
        }
        if (startsWith(head, OLE2)) {
            throw new SheetFileException(encrypted(file) ? Reason.ENCRYPTED : Reason.NOT_A_SPREADSHEET, null);
        }
        if (!looksLikeText(head)) {
            throw new SheetFileException(Reason.NOT_A_SPREADSHEET, null);
        }
        return CSV;
    }

    private static boolean encrypted(Path file) throws SheetFileException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[1 << 16];
            byte[] carry = new byte[0];
            long read = 0;
            int n;
            while (read < OLE2_SCAN_LIMIT && (n = in.readNBytes(chunk, 0, chunk.length)) > 0) {
                byte[] window = new byte[carry.length + n];
                System.arraycopy(carry, 0, window, 0, carry.length);
                System.arraycopy(chunk, 0, window, carry.length, n);
                if (indexOf(window, ENCRYPTION_INFO) >= 0) {
                    return true;
                }
                carry = Arrays.copyOfRange(window, Math.max(0, window.length - ENCRYPTION_INFO.length), window.length);
                read += n;
            }
            return false;
        } catch (IOException e) {
            throw FileErrors.classify(e);
        }
    }

    /** Text has no NUL bytes and hardly any control characters; pictures, PDFs and Word files do. */
    private static boolean looksLikeText(byte[] head) {
        if (startsWith(head, "%PDF".getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) {
                control++;
            }
        }
        return control * 100 <= head.length;
    }

    private static boolean onlyWhitespace(byte[] head) {
        for (byte b : head) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    static int indexOf(byte[] data, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
