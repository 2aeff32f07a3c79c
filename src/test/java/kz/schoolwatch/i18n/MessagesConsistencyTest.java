// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the resource bundle and the code in step: every key the code names exists, and every key in the
 * bundle is used. A key counts as used when it is named as a string literal in the sources, or when its
 * parent is (keys built as {@code prefix + "." + enumName} through {@link Messages#of}).
 */
class MessagesConsistencyTest {

    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

    private static Set<String> bundleKeys;
    private static Set<String> namespaces;
    private static Set<String> literals;

    @BeforeAll
    static void load() throws IOException {
        Properties props = new Properties();
        try (InputStream in = MessagesConsistencyTest.class.getResourceAsStream("/kz/schoolwatch/i18n/messages_ru.properties")) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        bundleKeys = new TreeSet<>(props.stringPropertyNames());
        namespaces = bundleKeys.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        literals = new TreeSet<>();
        scan(Path.of("src/main/java"), ".java", LITERAL);
        scan(Path.of("src/main/resources"), ".fxml", FXML_KEY);
    }

    private static void scan(Path root, String suffix, Pattern pattern) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesExistsInTheBundle() {
        Set<String> missing = literals.stream()
                .filter(l -> namespaces.contains(l.substring(0, l.indexOf('.'))))
                .filter(l -> !bundleKeys.contains(l))
                .filter(l -> bundleKeys.stream().noneMatch(k -> k.startsWith(l + ".")))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).as("keys used in code but missing from messages_ru.properties").isEmpty();
    }

    @Test
    void everyKeyInTheBundleIsUsed() {
        Set<String> unused = bundleKeys.stream()
                .filter(k -> !literals.contains(k))
                .filter(k -> !literals.contains(k.substring(0, k.lastIndexOf('.'))))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).as("keys in messages_ru.properties that no code uses").isEmpty();
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        // Properties keeps the last of two definitions silently; a merge can easily leave one behind.
        List<String> keys = Files.readAllLines(Path.of("src/main/resources/kz/schoolwatch/i18n/messages_ru.properties")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith(" ") && l.contains("="))
                .map(l -> l.substring(0, l.indexOf('=')).trim())
                .toList();
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void russianTextsAreRussian() {
        Messages messages = Messages.russian();
        assertThat(messages.get("nav.dashboard")).isEqualTo("Сводка");
        assertThat(messages.get("no.such.key")).isEqualTo("!no.such.key!");
    }
}
