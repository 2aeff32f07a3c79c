// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;

import kz.schoolwatch.domain.ServerSettings;

/**
 * Where the unit's PostgreSQL server keeps SchoolWatch's database — the server's host name and port, and the
 * database's name on it — and how the connection is protected: TLS with the server's certificate checked against
 * the unit's CA ({@code caFile}; null for the driver's default {@code ~/.postgresql/root.crt}), unless the
 * administrator allowed a server without TLS for a test network. No login and no password: those belong to the
 * officer signing in, never to the PC.
 */
public record ServerAddress(String host, int port, String database, Path caFile, boolean allowUnencrypted) {

    /** PostgreSQL's own default port. */
    public static final int DEFAULT_PORT = 5432;

    public ServerAddress {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        if (host.isBlank() || database.isBlank()) {
            throw new IllegalArgumentException("a server address needs a host and a database");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not a TCP port");
        }
    }

    /** The server at {@code host:port/database} over TLS, its certificate checked against the driver's default CA file. */
    public ServerAddress(String host, int port, String database) {
        this(host, port, database, null, false);
    }

    /** The address the settings of the data folder name. */
    public static ServerAddress of(ServerSettings settings) {
        return new ServerAddress(settings.host().trim(), settings.port(), settings.database().trim(),
                settings.caFile() == null || settings.caFile().isBlank() ? null : Path.of(settings.caFile().trim()),
                settings.allowUnencrypted());
    }

    /** The same server without TLS allowed: for a test network, and for the tests' server, which has none. */
    public ServerAddress unencryptedAllowed() {
        return new ServerAddress(host, port, database, caFile, true);
    }

    /** The PostgreSQL driver's URL of this database; the TLS settings are in {@link #driverProperties()}. */
    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /**
     * The driver's connection properties: {@code sslmode=verify-full} (encrypted, the certificate signed by the
     * unit's CA and naming this host) with the CA file, or {@code prefer} where a server without TLS is allowed.
     * Connection and socket time-outs keep an unreachable server from holding a form for minutes.
     */
    Properties driverProperties() {
        Properties p = new Properties();
        if (allowUnencrypted) {
            p.setProperty("sslmode", "prefer");
        } else {
            p.setProperty("sslmode", "verify-full");
            if (caFile != null) {
                p.setProperty("sslrootcert", caFile.toString());
            }
        }
        p.setProperty("connectTimeout", "5");
        // A server gone without a word (a cable pulled) fails a query after five minutes rather than never.
        p.setProperty("socketTimeout", "300");
        p.setProperty("tcpKeepAlive", "true");
        // Names the program in the server's pg_stat_activity, beside the login.
        p.setProperty("ApplicationName", "SchoolWatch");
        return p;
    }

    /** host:port/database, for messages and the log. */
    @Override
    public String toString() {
        return host + ":" + port + "/" + database;
    }
}
