// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The file beside the database that holds the database key, wrapped once per account with AES-GCM under a key
 * derived (Argon2id) from that account's password. Any account can open the database; changing one password
 * rewraps only that copy. It also keeps what must be known before the database is open: failed sign-ins,
 * lockouts, and the audit events they produce until somebody signs in and they can be written to the trail.
 *
 * <p>Nothing in it is secret without a password: salts, nonces and ciphertexts, counters and times.
 */
public final class KeyRing {

    /** The file's name in the data folder. */
    public static final String FILE_NAME = "keyring.properties";
    private static final String AAD_PREFIX = "schoolwatch-db-key-v1:";
    private static final int GCM_TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An event to copy into the audit trail at the next sign-in. */
    public record PendingEvent(Instant at, String login, String action, String detail) {
    }

    private final Path file;
    private final Properties props;

    private KeyRing(Path file, Properties props) {
        this.file = file;
        this.props = props;
    }

    /**
     * Reads the key ring of {@code folder}; an empty one if the folder has none yet.
     *
     * @throws UncheckedIOException when the file cannot be read (callers decide what a user is told)
     */
    public static KeyRing load(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        Properties props = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new KeyRing(file, props);
    }

    /** Whether the folder has a key ring file, i.e. the database was set up encrypted. */
    public static boolean existsIn(Path folder) {
        return Files.exists(folder.resolve(FILE_NAME));
    }

    /** Logins are compared without case and surrounding spaces. */
    public static String normalise(String login) {
        return login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
    }

    public boolean isEmpty() {
        return logins().isEmpty();
    }

    /** The logins holding a wrapped key. */
    public List<String> logins() {
        TreeSet<String> logins = new TreeSet<>();
        for (String name : props.stringPropertyNames()) {
            if (name.startsWith("key.") && name.endsWith(".wrapped")) {
                logins.add(name.substring(4, name.length() - ".wrapped".length()));
            }
        }
        return new ArrayList<>(logins);
    }

    public boolean hasKey(String login) {
        return props.containsKey(k(login, "wrapped"));
    }

    /** Stores {@code key} wrapped under {@code password} for {@code login}, replacing any earlier copy. */
    public void putKey(String login, char[] password, DatabaseKey key) {
        putKey(login, password, key, KeyDerivation.STANDARD);
    }

    void putKey(String login, char[] password, DatabaseKey key, KeyDerivation kdf) {
        byte[] salt = random(16);
        byte[] nonce = random(12);
        byte[] kek = kdf.derive(password, salt);
        byte[] plain = key.bytes();
        try {
            Cipher gcm = gcm(Cipher.ENCRYPT_MODE, kek, nonce, login);
            byte[] wrapped = gcm.doFinal(plain);
            props.setProperty(k(login, "salt"), b64(salt));
            props.setProperty(k(login, "nonce"), b64(nonce));
            props.setProperty(k(login, "wrapped"), b64(wrapped));
            props.setProperty(k(login, "kdf"), kdf.memoryKib() + "," + kdf.iterations() + "," + kdf.parallelism());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
            Arrays.fill(plain, (byte) 0);
        }
    }

    /**
     * The database key if {@code password} is right for {@code login}; empty if it is wrong or unknown. An unknown
     * login costs the same derivation as a known one, so the time taken does not tell which logins exist.
     */
    public Optional<DatabaseKey> unwrap(String login, char[] password) {
        String wrapped = props.getProperty(k(login, "wrapped"));
        if (wrapped == null) {
            Arrays.fill(KeyDerivation.STANDARD.derive(password, new byte[16]), (byte) 0);
            return Optional.empty();
        }
        byte[] kek = derivation(login).orElseThrow().derive(password, unb64(props.getProperty(k(login, "salt"))));
        byte[] plain = null;
        try {
            plain = gcm(Cipher.DECRYPT_MODE, kek, unb64(props.getProperty(k(login, "nonce"))), login).doFinal(unb64(wrapped));
            return Optional.of(DatabaseKey.of(plain));
        } catch (AEADBadTagException wrongPassword) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    /** The Argon2id parameters {@code login}'s copy was wrapped with, if it has one. */
    public Optional<KeyDerivation> derivation(String login) {
        String stored = props.getProperty(k(login, "kdf"));
        if (stored == null) {
            return Optional.empty();
        }
        String[] kdf = stored.split(",");
        return Optional.of(new KeyDerivation(Integer.parseInt(kdf[0]), Integer.parseInt(kdf[1]), Integer.parseInt(kdf[2])));
    }

    /** Removes {@code login}'s wrapped key and counters: that account can no longer open the database. */
    public void remove(String login) {
        for (String part : List.of("salt", "nonce", "wrapped", "kdf", "failures", "lockedUntil")) {
            props.remove(k(login, part));
        }
    }

    public int failures(String login) {
        return Integer.parseInt(props.getProperty(k(login, "failures"), "0"));
    }

    public Optional<Instant> lockedUntil(String login) {
        String until = props.getProperty(k(login, "lockedUntil"));
        return until == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(Long.parseLong(until)));
    }

    public void setFailures(String login, int failures) {
        props.setProperty(k(login, "failures"), Integer.toString(failures));
    }

    public void lockUntil(String login, Instant until) {
        props.setProperty(k(login, "lockedUntil"), Long.toString(until.toEpochMilli()));
    }

    /** Forgets failed attempts and any lockout of {@code login}. */
    public void clearFailures(String login) {
        props.remove(k(login, "failures"));
        props.remove(k(login, "lockedUntil"));
    }

    public void addPending(PendingEvent event) {
        int n = pending().size();
        String p = "pending." + String.format("%06d", n) + ".";
        props.setProperty(p + "at", Long.toString(event.at().toEpochMilli()));
        props.setProperty(p + "login", event.login());
        props.setProperty(p + "action", event.action());
        props.setProperty(p + "detail", event.detail() == null ? "" : event.detail());
    }

    /** Events waiting for the audit trail, oldest first. */
    public List<PendingEvent> pending() {
        List<PendingEvent> events = new ArrayList<>();
        for (int i = 0; props.containsKey("pending." + String.format("%06d", i) + ".at"); i++) {
            String p = "pending." + String.format("%06d", i) + ".";
            events.add(new PendingEvent(Instant.ofEpochMilli(Long.parseLong(props.getProperty(p + "at"))),
                    props.getProperty(p + "login"), props.getProperty(p + "action"), props.getProperty(p + "detail")));
        }
        return events;
    }

    public void clearPending() {
        props.stringPropertyNames().stream().filter(n -> n.startsWith("pending.")).forEach(props::remove);
    }

    /**
     * Writes the ring: to a temporary file, forced to disk, then moved over the old one, so a crash leaves one or
     * the other.
     *
     * @throws UncheckedIOException when it cannot be written
     */
    public void save() {
        try {
            write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write() throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            props.store(new OutputStreamWriter(out, StandardCharsets.UTF_8), "SchoolWatch key ring: the database key, wrapped per account. Do not edit.");
        }
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        ownerOnly(tmp);
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void ownerOnly(Path path) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Windows: the file inherits the per-user %LOCALAPPDATA% folder's permissions.
        }
    }

    private static Cipher gcm(int mode, byte[] kek, byte[] nonce, String login) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(GCM_TAG_BITS, nonce));
        // Bound to the login, so a copy cannot be moved to another account's name.
        c.updateAAD((AAD_PREFIX + normalise(login)).getBytes(StandardCharsets.UTF_8));
        return c;
    }

    private static String k(String login, String part) {
        return "key." + normalise(login) + "." + part;
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    private static byte[] unb64(String s) {
        return Base64.getDecoder().decode(s);
    }
}
