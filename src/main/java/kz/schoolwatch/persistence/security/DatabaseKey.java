// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.security;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

import org.h2.jdbcx.JdbcDataSource;

/**
 * The random key the database file is encrypted with. H2 derives its AES key from the "file password" with
 * only a few PBKDF2 rounds, so that password must itself be a random 256-bit secret, never a person's password.
 * It exists in clear only in memory; on disk it is kept wrapped, once per account (see {@link KeyRing}).
 */
public final class DatabaseKey implements AutoCloseable {

    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] bytes;

    private DatabaseKey(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a database key has " + BYTES + " bytes");
        }
        this.bytes = bytes.clone();
    }

    /** A fresh key for a new database. */
    public static DatabaseKey random() {
        byte[] b = new byte[BYTES];
        RANDOM.nextBytes(b);
        try {
            return new DatabaseKey(b);
        } finally {
            Arrays.fill(b, (byte) 0);
        }
    }

    /** A key from its 32 bytes: an unwrapped copy, or a fixed key that tests share between processes. */
    public static DatabaseKey of(byte[] bytes) {
        return new DatabaseKey(bytes);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /** The key as H2's file password: 64 hex digits. The caller wipes the array after use. */
    public char[] filePassword() {
        return HexFormat.of().formatHex(bytes).toCharArray();
    }

    /**
     * A data source for the encrypted file at {@code url}: H2 takes "filePassword userPassword" as the password,
     * and the file password is this key in hex. Passed as characters, so no String copy of the key is made here.
     */
    public JdbcDataSource dataSource(String url) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        char[] file = filePassword();
        char[] both = Arrays.copyOf(file, file.length + 1);
        both[file.length] = ' ';
        // H2 keeps this array (not a copy) for every new connection, so it must not be wiped here.
        ds.setPasswordChars(both);
        Arrays.fill(file, '\0');
        return ds;
    }

    /** Wipes the key from memory; the object is unusable afterwards. */
    @Override
    public void close() {
        Arrays.fill(bytes, (byte) 0);
    }

    @Override
    public String toString() {
        return "DatabaseKey[hidden]";
    }
}
