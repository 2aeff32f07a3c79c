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

    /** What new wrapped keys use: 64 MiB and 3 passes, about a third of a second here — paid once per sign-in. */
    public static final KeyDerivation STANDARD = new KeyDerivation(65_536, 3, 1);

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
