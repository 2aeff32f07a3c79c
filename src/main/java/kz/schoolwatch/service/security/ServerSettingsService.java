// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.security;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

import kz.schoolwatch.domain.ServerSettings;
import kz.schoolwatch.persistence.security.KeyRing;
import kz.schoolwatch.persistence.store.ServerSettingsFile;
import kz.schoolwatch.service.SaveFailedException;
import kz.schoolwatch.service.Validator;

/**
 * Where this PC's data is, before anybody signs in: on the PC (no settings) or on the unit's server (the data
 * folder's {@code server.properties}). The first start offers the choice; the settings form checks what is typed
 * next to each field and keeps it, never a password.
 */
public final class ServerSettingsService {

    /** A host name or an address: letters, digits, dots, hyphens, colons of IPv6; nothing of a URL. */
    private static final Pattern HOST = Pattern.compile("^[\\p{L}0-9.\\-:\\[\\]_]+$");

    private final Path folder;

    public ServerSettingsService(Path folder) {
        this.folder = folder;
    }

    /** The server this PC works on; empty when it works on its own file. */
    public Optional<ServerSettings> current() {
        try {
            return ServerSettingsFile.load(folder);
        } catch (UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** Whether the first start's choice is still to be made: no server settings and no account on this PC yet. */
    public boolean choiceDue() {
        return current().isEmpty() && !KeyRing.existsIn(folder);
    }

    /**
     * Checks the form: a host, a port from 1 to 65535, a database name, and the unit's CA file (which must exist)
     * unless a connection without TLS is allowed.
     *
     * @throws kz.schoolwatch.service.ValidationException with the fields' errors
     */
    public ServerSettings validate(String host, String port, String database, String caFile, boolean allowUnencrypted) {
        Validator v = new Validator();
        v.required("host", host).maxLength("host", host, 253);
        v.check(!Validator.isBlank(host) && !HOST.matcher(host.trim()).matches(), "host", "serverForm.error.host");
        v.required("port", port);
        Integer portNumber = parsePort(port);
        v.check(!Validator.isBlank(port) && portNumber == null, "port", "serverForm.error.port");
        v.required("database", database).maxLength("database", database, 63);
        boolean noCa = Validator.isBlank(caFile);
        v.check(noCa && !allowUnencrypted, "caFile", "serverForm.error.caFileRequired");
        v.check(!noCa && !Files.isRegularFile(Path.of(caFile.trim())), "caFile", "serverForm.error.caFileMissing",
                noCa ? "" : caFile.trim());
        v.throwIfInvalid();
        return new ServerSettings(host.trim(), portNumber, database.trim(), noCa ? null : caFile.trim(), allowUnencrypted);
    }

    /** Keeps {@code settings} in the data folder: from now on this PC signs in to that server. */
    public void save(ServerSettings settings) {
        try {
            ServerSettingsFile.save(folder, settings);
        } catch (UncheckedIOException e) {
            throw new SaveFailedException("serverForm.error.saveFailed", e, folder);
        }
    }

    /** Forgets the server: this PC works on its own file (its set-up or sign-in, as before). */
    public void useThisComputer() {
        try {
            ServerSettingsFile.remove(folder);
        } catch (UncheckedIOException e) {
            throw new SaveFailedException("serverForm.error.saveFailed", e, folder);
        }
    }

    private static Integer parsePort(String text) {
        try {
            int p = Integer.parseInt(text.trim());
            return p >= 1 && p <= 65_535 ? p : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}
