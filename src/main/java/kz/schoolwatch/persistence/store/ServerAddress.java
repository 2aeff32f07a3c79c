// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.util.Objects;

/**
 * Where the unit's PostgreSQL server keeps SchoolWatch's database: the server's host name and port, and the
 * database's name on it. No login and no password: those belong to the officer signing in, never to the PC.
 */
public record ServerAddress(String host, int port, String database) {

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

    /** The PostgreSQL driver's URL of this database. */
    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** host:port/database, for messages and the log. */
    @Override
    public String toString() {
        return host + ":" + port + "/" + database;
    }
}
