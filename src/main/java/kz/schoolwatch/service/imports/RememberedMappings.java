// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import kz.schoolwatch.domain.ImportField;
import kz.schoolwatch.domain.ImportKind;
import kz.schoolwatch.domain.ImportMapping;
import kz.schoolwatch.persistence.SettingsRepository;

/**
 * The mappings the users confirmed, kept in the program's settings (so they travel with backups and serve every
 * PC of the unit) under {@code import.mapping.<kind>.<hash of the normalised header>}, as
 * {@code SCHOOL_NUMBER=0;SCHOOL_NAME=2}: the next file of the same shape is mapped as the last one was.
 */
final class RememberedMappings {

    private final SettingsRepository settings;

    RememberedMappings(SettingsRepository settings) {
        this.settings = settings;
    }

    static String key(ImportKind kind, List<String> header) {
        String shape = header.stream().map(Words::normalise).collect(Collectors.joining("|"));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(shape.getBytes(StandardCharsets.UTF_8));
            return "import.mapping." + kind.name().toLowerCase(Locale.ROOT) + "." + HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mapping last confirmed for this header, if any still fits it. */
    Optional<ImportMapping> find(ImportKind kind, List<String> header) {
        return settings.get(key(kind, header)).flatMap(text -> parse(kind, header.size(), text));
    }

    void remember(ImportMapping mapping, List<String> header) {
        String text = mapping.columns().entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
        String key = key(mapping.kind(), header);
        // The same mapping again is not written again: each write of a setting is an entry of the audit trail.
        if (!settings.get(key).filter(text::equals).isPresent()) {
            settings.put(key, text);
        }
    }

    /** Empty when the text names a field or column that no longer fits (another version of the program). */
    private static Optional<ImportMapping> parse(ImportKind kind, int columns, String text) {
        Map<ImportField, Integer> out = new EnumMap<>(ImportField.class);
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split("=", 2);
            try {
                ImportField field = ImportField.valueOf(kv[0].trim());
                int column = Integer.parseInt(kv[1].trim());
                if (field.kind() != kind || column < 0 || column >= columns) {
                    return Optional.empty();
                }
                out.put(field, column);
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new ImportMapping(kind, out));
    }
}
