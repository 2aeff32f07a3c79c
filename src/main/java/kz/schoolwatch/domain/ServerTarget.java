// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The unit's PostgreSQL server as the administrator names it for a move: host, port, the SchoolWatch database
 * on it, the unit's CA certificate that the server's certificate must be signed by, or, on a test network only,
 * the explicit consent to talk to it without encryption.
 *
 * @param caCertificate null when {@code allowUnencrypted}
 */
public record ServerTarget(String host, int port, String database, Path caCertificate, boolean allowUnencrypted) {

    public ServerTarget {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
    }

    /** host:port/database, for messages and the audit trail. */
    @Override
    public String toString() {
        return host + ":" + port + "/" + database;
    }
}
