// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.security;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;

/**
 * Argon2id parameters for turning a password into the key that wraps the database key. Stored with each
 * wrapped copy, so they can be raised later without locking anybody out.
 *
 * @param memoryKib   memory cost in KiB
 * @param iterations  passes over the memory
 * @param parallelism lanes
 */
public record KeyDerivation(int memoryKib, int iterations, int parallelism) {

    /**
     * What new wrapped keys use: 64 MiB, 3 passes, 4 lanes, RFC 9106's second recommended setting. The lanes are
     * filled on parallel threads, so a two-core PC pays about 0.4 s per sign-in instead of 0.7 s with one lane,
     * for the same memory and passes an attacker must spend per guess.
     */
    public static final KeyDerivation STANDARD = new KeyDerivation(65_536, 3, 4);

    /**
     * Prepares the standard derivation before anybody signs in: password4j allocates the 64 MiB template of a
     * parameter set once, and a small derivation (4 MiB, one pass, the same lanes) gets the hashing code compiled.
     * The first real derivation of a fresh process took about twice a warm one's time without this. (password4j
     * keeps every parameter set's template, so the small one's 4 MiB stay too.)
     */
    public static void rehearse() {
        Argon2Function.getInstance(STANDARD.memoryKib, STANDARD.iterations, STANDARD.parallelism, 32, Argon2.ID);
        new KeyDerivation(4_096, 1, STANDARD.parallelism).derive("rehearsal".toCharArray(), new byte[16]);
    }

    /** Derives a 256-bit key from {@code password} and {@code salt}. */
    byte[] derive(char[] password, byte[] salt) {
        var encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] pw = Arrays.copyOf(encoded.array(), encoded.limit());
        Arrays.fill(encoded.array(), (byte) 0);
        try {
            Argon2Function argon = Argon2Function.getInstance(memoryKib, iterations, parallelism, 32, Argon2.ID);
            return argon.hash(pw, salt).getBytes();
        } finally {
            Arrays.fill(pw, (byte) 0);
        }
    }
}
