// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import kz.schoolwatch.i18n.Language;

/**
 * The PC's last language: the file {@code language} in the data folder, two letters. Kept free of logging so that a
 * command can read it before its log has been sent to the data folder.
 */
final class PcLanguageFile {

    static final String FILE_NAME = "language";

    private PcLanguageFile() {
    }

    /** The language the file names; empty when there is none or it names none. */
    static Optional<Language> read(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        try {
            return Files.isRegularFile(file) ? Language.ofCode(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static void write(Path folder, Language language) throws IOException {
        Files.writeString(folder.resolve(FILE_NAME), language.code(), StandardCharsets.UTF_8);
    }
}
