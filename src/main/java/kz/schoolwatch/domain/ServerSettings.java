// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/**
 * How this PC reaches the unit's PostgreSQL server (issue 17), as kept in the data folder's
 * {@code server.properties}: the host, port and database, the unit's CA certificate the server's certificate is
 * checked against, and whether a server without TLS is allowed (a test network only). Never a password: that
 * belongs to the officer signing in.
 *
 * @param caFile            the unit's CA certificate (PEM); null for the driver's default,
 *                          {@code ~/.postgresql/root.crt}
 * @param allowUnencrypted  true only where the administrator allowed a server without TLS explicitly
 */
public record ServerSettings(String host, int port, String database, String caFile, boolean allowUnencrypted) {

    /** PostgreSQL's own default port. */
    public static final int DEFAULT_PORT = 5432;

    /** The database name the unit's server is set up with by default. */
    public static final String DEFAULT_DATABASE = "schoolwatch";

    /** host:port/database, for the status bar and the settings screen. */
    public String describe() {
        return host + ":" + port + "/" + database;
    }
}
