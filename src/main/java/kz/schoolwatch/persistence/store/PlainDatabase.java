// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

import kz.schoolwatch.persistence.security.DatabaseKey;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.ChangeFileEncryption;

/**
 * A database file written before SchoolWatch encrypted its files (issues 2–5), and its one-time conversion.
 * The conversion copies the file through AES into a new one (H2's {@link ChangeFileEncryption}), checks that
 * the result opens with the key, and only then lets the clear copy go.
 */
public final class PlainDatabase {

    /** How an encrypted H2 file begins; a plain one begins with its MVStore header "H:2,…". */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    private static final String ASIDE = H2Url.FILE_NAME + ".before-encryption.mv.db";

    private PlainDatabase() {
    }

    /** True when {@code folder} holds a database file that is not encrypted. */
    public static boolean existsIn(Path folder) {
        Path file = folder.resolve(H2Url.FILE_NAME + ".mv.db");
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ENCRYPTED_HEADER.length);
            return head.length > 0 && !Arrays.equals(head, ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /** True when {@code folder} holds an encrypted database file. */
    public static boolean encryptedExistsIn(Path folder) {
        return Files.isRegularFile(folder.resolve(H2Url.FILE_NAME + ".mv.db")) && !existsIn(folder);
    }

    /**
     * Encrypts the plain database of {@code folder} in place with {@code key}. Until the encrypted file has
     * opened, a copy of the original stays beside it and is put back if anything fails. A file of another H2
     * version, or not H2 at all, is refused untouched ({@code FOREIGN_FORMAT}).
     */
    public static void encrypt(Path folder, DatabaseKey key) throws DatabaseOpenException {
        Path file = folder.resolve(H2Url.FILE_NAME + ".mv.db");
        Path aside = folder.resolve(ASIDE);
        try (InstanceLock lock = InstanceLock.acquire(folder)) {
            // The conversion rewrites the file: never for one of another H2 version or one that is not H2.
            FileFormat.check(folder, null);
            char[] password = key.filePassword();
            try {
                Files.copy(file, aside, StandardCopyOption.REPLACE_EXISTING);
                ChangeFileEncryption.execute(folder.toString(), H2Url.FILE_NAME, "AES", null, password, true);
                checkOpens(folder, key);
                Files.delete(aside);
            } catch (IOException | SQLException e) {
                putBack(aside, file);
                throw new DatabaseOpenException(DatabaseOpenException.Reason.UNREADABLE, folder.toString(), e);
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    private static void checkOpens(Path folder, DatabaseKey key) throws SQLException {
        JdbcDataSource ds = key.dataSource(H2Url.forFolder(folder) + ";IFEXISTS=TRUE");
        try (Connection c = ds.getConnection(); var st = c.createStatement()) {
            st.execute("SCRIPT NODATA");
            st.execute("SHUTDOWN");
        }
    }

    private static void putBack(Path aside, Path file) {
        try {
            if (Files.exists(aside)) {
                Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // The clear copy stays beside the file under its own name; nothing is lost.
        }
    }
}
