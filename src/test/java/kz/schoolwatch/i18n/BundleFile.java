// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.i18n;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * One bundle file read the way a reviewer reads it: every definition in file order with its line number, a key
 * defined twice kept twice. {@link Properties} keeps only the last of two definitions, so a key left behind by a merge
 * would go unseen; here each logical line is parsed on its own, by {@link Properties} itself, so escapes and
 * continuation lines mean exactly what they mean to the program.
 */
final class BundleFile {

    /** The bundles as the sources hold them (the tests run in the module folder). */
    static final Path FOLDER = Path.of("src/main/resources/kz/schoolwatch/i18n");

    /** One definition: the key, its value as the program sees it, the line it starts on (from 1). */
    record Entry(String key, String value, int line) {
    }

    private final String name;
    private final List<Entry> entries;

    private BundleFile(String name, List<Entry> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
    }

    /** The file name of {@code language}'s bundle, e.g. messages_kk.properties. */
    static String fileName(Language language) {
        return "messages_" + language.code() + ".properties";
    }

    static Path path(Language language) {
        return FOLDER.resolve(fileName(language));
    }

    /** Reads {@code language}'s bundle; the file must be valid UTF-8 (see {@link #utf8Problem}). */
    static BundleFile of(Language language) {
        try {
            return parse(fileName(language), Files.readString(path(language), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path(language), e);
        }
    }

    static BundleFile parse(String name, String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String stripped = lines[i].stripLeading();
            if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
                continue;
            }
            int first = i;
            StringBuilder logical = new StringBuilder(lines[i]);
            while (endsWithOddBackslashes(lines[i]) && i + 1 < lines.length) {
                logical.append('\n').append(lines[++i]);
            }
            entries.add(definition(name, logical.toString(), first + 1));
        }
        return new BundleFile(name, entries);
    }

    private static boolean endsWithOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }

    private static Entry definition(String name, String logicalLine, int line) {
        Properties one = new Properties();
        try {
            one.load(new StringReader(logicalLine));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " line " + line + " cannot be read: " + e.getMessage(), e);
        }
        String key = one.stringPropertyNames().iterator().next();
        return new Entry(key, one.getProperty(key), line);
    }

    /**
     * Why {@code bytes} are not a clean UTF-8 bundle (the first malformed byte, with its line, or a byte order mark,
     * which Properties would glue to the first key), or null when they are.
     */
    static String utf8Problem(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return "starts with a UTF-8 byte order mark";
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (!result.isError()) {
            return null;
        }
        int offset = in.position();
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return "byte " + offset + " (line " + line + ") is not valid UTF-8";
    }

    String name() {
        return name;
    }

    List<Entry> entries() {
        return entries;
    }

    /** Key → value, in file order; of a key defined twice, the last value (as Properties keeps it). */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        entries.forEach(e -> values.put(e.key(), e.value()));
        return values;
    }

    /** Each key defined more than once, with the lines it is defined on. */
    Map<String, List<Integer>> duplicates() {
        Map<String, List<Integer>> lines = new TreeMap<>();
        entries.forEach(e -> lines.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e.line()));
        lines.values().removeIf(l -> l.size() < 2);
        return lines;
    }
}
