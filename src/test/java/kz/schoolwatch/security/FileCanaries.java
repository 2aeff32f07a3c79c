// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Looks for a record's text in files as the {@code strings} tool would, in the two encodings it can have on
 * disk: UTF-8, and H2's own string encoding (MVStore writes characters above 0x7F with the continuation bytes'
 * top bits cleared, so a Cyrillic name is not valid UTF-8 in a plain file).
 */
final class FileCanaries {

    private FileCanaries() {
    }

    static byte[] h2Encoding(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            int c = s.charAt(i);
            if (c < 0x80) {
                out.write(c);
            } else if (c >= 0x800) {
                out.write(0xe0 | (c >> 12));
                out.write((c >> 6) & 0x3f);
                out.write(c & 0x3f);
            } else {
                out.write(0xc0 | (c >> 6));
                out.write(c & 0x3f);
            }
        }
        return out.toByteArray();
    }

    /** "file: encoding" for every hit of {@code text} in the files under {@code folder}. */
    static List<String> hits(Path folder, String text) throws IOException {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(f);
                if (indexOf(content, text.getBytes(StandardCharsets.UTF_8)) >= 0) {
                    hits.add(folder.relativize(f) + ": UTF-8");
                }
                if (indexOf(content, h2Encoding(text)) >= 0) {
                    hits.add(folder.relativize(f) + ": H2");
                }
            }
        }
        return hits;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
