// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.security;

import com.password4j.Password;

/**
 * Argon2id password hashes (password4j, parameters in {@code psw4j.properties}), stored as PHC strings that
 * carry their own salt and parameters.
 */
public final class PasswordHashes {

    private PasswordHashes() {
    }

    public static String hash(char[] password) {
        return Password.hash(new String(password)).addRandomSalt().withArgon2().getResult();
    }

    public static boolean matches(char[] password, String hash) {
        return hash != null && Password.check(new String(password), hash).withArgon2();
    }
}
