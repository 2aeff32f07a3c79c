// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Keeps the three bundles in step with the Russian one, the master: the same keys, each once, the same arguments,
 * no empty text, English free of Cyrillic, Kazakh actually translated, and each file clean UTF-8 that
 * {@link Properties} and {@link ResourceBundle} load. Whether the code and the keys match is
 * {@link MessagesConsistencyTest}'s part. Every failure names the file and the keys to fix.
 */
class BundlesConsistencyTest {

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    /** Share of Kazakh texts allowed to equal the Russian ones (a name, an abbreviation both languages spell alike). */
    private static final double MAX_COPIED_SHARE = 0.05;

    private static final BundleFile RUSSIAN = BundleFile.of(Language.RUSSIAN);

    @ParameterizedTest
    @EnumSource(Language.class)
    void eachFileIsCleanUtf8(Language language) throws IOException {
        String problem = BundleFile.utf8Problem(Files.readAllBytes(BundleFile.path(language)));
        assertThat(problem).as("%s: %s", BundleFile.fileName(language), problem).isNull();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void eachFileLoadsWithPropertiesAndResourceBundle(Language language) throws IOException {
        String file = BundleFile.fileName(language);
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(Files.newInputStream(BundleFile.path(language)), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        assertThat(properties.stringPropertyNames()).as("keys Properties reads from %s", file)
                .isEqualTo(BundleFile.of(language).values().keySet());

        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertThat(bundle.getLocale().getLanguage()).as("language of the bundle loaded for %s", language.locale())
                .isEqualTo(language.code());
        List<String> differing = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            if (!bundle.containsKey(key) || !bundle.getString(key).equals(properties.getProperty(key))) {
                differing.add(key);
            }
        }
        assertThat(differing).as("keys of %s that ResourceBundle (from the class path) lacks or reads otherwise", file)
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noKeyIsDefinedTwice(Language language) {
        Map<String, List<Integer>> duplicates = BundleFile.of(language).duplicates();
        assertThat(duplicates).as("keys defined more than once in %s (key=[lines]); the program would keep only the last",
                BundleFile.fileName(language)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"KAZAKH", "ENGLISH"})
    void hasTheKeysOfTheRussianBundle(Language language) {
        Set<String> russian = RUSSIAN.values().keySet();
        Set<String> translated = BundleFile.of(language).values().keySet();
        SortedSet<String> missing = new TreeSet<>(russian);
        missing.removeAll(translated);
        SortedSet<String> extra = new TreeSet<>(translated);
        extra.removeAll(russian);
        String file = BundleFile.fileName(language);
        assertThat(missing).as("%d keys of messages_ru.properties missing from %s", missing.size(), file).isEmpty();
        assertThat(extra).as("%d keys in %s that messages_ru.properties does not have", extra.size(), file).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"KAZAKH", "ENGLISH"})
    void putsInTheSameArgumentsAsRussian(Language language) {
        Map<String, String> russian = RUSSIAN.values();
        List<String> differing = new ArrayList<>();
        BundleFile.of(language).values().forEach((key, text) -> {
            String master = russian.get(key);
            if (master != null) {
                String ours = describe(text);
                String theirs = describe(master);
                if (!ours.equals(theirs)) {
                    differing.add(key + ": ru " + theirs + " ≠ " + language.code() + " " + ours);
                }
            }
        });
        assertThat(differing).as("keys of %s whose arguments differ from messages_ru.properties",
                BundleFile.fileName(language)).isEmpty();
    }

    /** The arguments of {@code text}, or why it is no pattern at all, for a failure message. */
    private static String describe(String text) {
        try {
            return Placeholders.of(text).toString();
        } catch (IllegalArgumentException e) {
            return "(" + e.getMessage() + ")";
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void textsWithArgumentsAreValidPatterns(Language language) {
        List<String> invalid = new ArrayList<>();
        for (BundleFile.Entry e : BundleFile.of(language).entries()) {
            try {
                if (!Placeholders.of(e.value()).isEmpty()) {
                    new MessageFormat(e.value(), language.locale());
                }
            } catch (IllegalArgumentException ex) {
                invalid.add(e.key() + " (line " + e.line() + "): " + ex.getMessage());
            }
        }
        assertThat(invalid).as("texts of %s that MessageFormat cannot read", BundleFile.fileName(language)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noTextIsEmpty(Language language) {
        List<String> empty = BundleFile.of(language).entries().stream()
                .filter(e -> e.value().isBlank())
                .map(e -> e.key() + " (line " + e.line() + ")")
                .toList();
        assertThat(empty).as("keys of %s with an empty text", BundleFile.fileName(language)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "ENGLISH")
    void englishHasNoCyrillicLetter(Language language) {
        List<String> cyrillic = BundleFile.of(language).entries().stream()
                .filter(e -> CYRILLIC.matcher(e.value()).find())
                .map(e -> e.key() + " (line " + e.line() + "): " + e.value())
                .toList();
        assertThat(cyrillic).as("texts of %s with Cyrillic letters", BundleFile.fileName(language)).isEmpty();
    }

    /**
     * Counts only Russian texts with a Cyrillic letter: a text with no letters, or only Latin ones (SchoolWatch, PDF,
     * a file pattern), reads the same in every language and is no sign of a missing translation.
     */
    @ParameterizedTest
    @EnumSource(value = Language.class, names = "KAZAKH")
    void kazakhTextsAreNotRussianCopies(Language language) {
        Map<String, String> russian = RUSSIAN.values();
        int compared = 0;
        List<String> copied = new ArrayList<>();
        for (Map.Entry<String, String> e : BundleFile.of(language).values().entrySet()) {
            String master = russian.get(e.getKey());
            if (master != null && CYRILLIC.matcher(master).find()) {
                compared++;
                if (master.strip().equals(e.getValue().strip())) {
                    copied.add(e.getKey());
                }
            }
        }
        double share = compared == 0 ? 0 : (double) copied.size() / compared;
        assertThat(share).as("%s: %d of %d texts are the Russian ones unchanged (at most %.0f%% allowed): %s",
                BundleFile.fileName(language), copied.size(), compared, MAX_COPIED_SHARE * 100, copied)
                .isLessThanOrEqualTo(MAX_COPIED_SHARE);
    }
}
