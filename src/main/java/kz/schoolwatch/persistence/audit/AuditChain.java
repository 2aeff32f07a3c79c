// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * The hash that links each audit entry to the one before it: SHA-256 over the previous hash and every field
 * of the entry. Changing, removing or inserting an entry breaks the link at that point.
 */
final class AuditChain {

    /** The "previous hash" of the first entry. */
    static final String GENESIS = "0".repeat(64);
    private static final char SEPARATOR = '\u001f';

    private AuditChain() {
    }

    static String hash(String previous, LocalDateTime at, String actor, String action, String subject, String key,
                       String before, String after, String detail) {
        StringBuilder b = new StringBuilder(256).append(previous);
        for (Object part : new Object[] {at, actor, action, subject, key, before, after, detail}) {
            // null and "" differ, so neither can stand in for the other.
            b.append(SEPARATOR).append(part == null ? "\u0000" : part.toString());
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
