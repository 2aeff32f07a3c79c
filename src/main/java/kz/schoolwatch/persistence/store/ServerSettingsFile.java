// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

import kz.schoolwatch.domain.ServerSettings;

/**
 * {@code server.properties} in the data folder: this PC works on the unit's server, and how it reaches it. Its
 * presence is the choice of the server mode; without it the PC works on its own H2 file. It holds no password
 * (the officer's goes to the server at each sign-in and nowhere else). Plain text, so an administrator may also
 * write it by hand or hand it out with the installation:
 * <pre>
 * host=db.unit.local
 * port=5432
 * database=schoolwatch
 * ssl-root-cert=C:\\SchoolWatch\\unit-ca.crt
 * allow-unencrypted=false
 * </pre>
 */
public final class ServerSettingsFile {

    /** The file's name in the data folder. */
    public static final String NAME = "server.properties";

    private ServerSettingsFile() {
    }

    /** Whether {@code folder} is set to work on a server. */
    public static boolean existsIn(Path folder) {
        return Files.isRegularFile(folder.resolve(NAME));
    }

    /**
     * The settings in {@code folder}; empty when there are none. A file that cannot be read as settings (no host,
     * a port that is not a number) is read as far as it goes, so the settings form shows it to be corrected.
     */
    public static Optional<ServerSettings> load(Path folder) {
        Path file = folder.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return Optional.of(new ServerSettings(p.getProperty("host", "").trim(), port(p.getProperty("port")),
                p.getProperty("database", ServerSettings.DEFAULT_DATABASE).trim(),
                blankToNull(p.getProperty("ssl-root-cert")),
                Boolean.parseBoolean(p.getProperty("allow-unencrypted", "false").trim())));
    }

    /** Writes {@code settings} to {@code folder}, replacing any before (a temporary file moved over the old one). */
    public static void save(Path folder, ServerSettings settings) {
        Properties p = new Properties();
        p.setProperty("host", settings.host());
        p.setProperty("port", Integer.toString(settings.port()));
        p.setProperty("database", settings.database());
        if (settings.caFile() != null && !settings.caFile().isBlank()) {
            p.setProperty("ssl-root-cert", settings.caFile());
        }
        p.setProperty("allow-unencrypted", Boolean.toString(settings.allowUnencrypted()));
        try {
            Files.createDirectories(folder);
            OwnerOnly.folder(folder);
            Path tmp = folder.resolve(NAME + ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "SchoolWatch: the unit's server this PC signs in to");
            }
            Files.move(tmp, folder.resolve(NAME), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(NAME), e);
        }
    }

    /** Removes the settings: the PC works on its own file again. */
    public static void remove(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(NAME));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + folder.resolve(NAME), e);
        }
    }

    private static int port(String text) {
        try {
            return text == null ? ServerSettings.DEFAULT_PORT : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
