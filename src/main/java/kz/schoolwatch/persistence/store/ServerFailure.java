// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.security.cert.CertificateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;

import javax.net.ssl.SSLException;

/**
 * Why the unit's server could not be used, read from the driver's SQL states: the server is not reachable or the
 * connection broke (class 08, the server shutting down 57P01..57P03, the pool finding no live connection in time),
 * the server has no TLS, its certificate is not the unit's, or the login or password was refused (28P01, 28000).
 */
public enum ServerFailure {
    UNREACHABLE,
    NO_TLS,
    CERTIFICATE,
    LOGIN_REFUSED;

    /** What {@code error} says of the server, if it is one of these; empty for anything else (a constraint, a bug). */
    public static Optional<ServerFailure> of(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SSLException || t instanceof CertificateException) {
                return Optional.of(CERTIFICATE);
            }
        }
        depth = 0;
        for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql) {
                Optional<ServerFailure> found = classify(sql);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code error} is a connection to the server that failed or broke: the save may be tried again later. */
    public static boolean isConnectionLost(Throwable error) {
        return fromServer(error) && of(error).filter(f -> f == UNREACHABLE).isPresent();
    }

    /** Only the PostgreSQL driver's and the server pool's failures: H2's own states mean other things. */
    private static boolean fromServer(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t.getClass().getName().startsWith("org.postgresql.") || t instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private static Optional<ServerFailure> classify(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (state.equals("28P01") || state.equals("28000")) {
            return Optional.of(LOGIN_REFUSED);
        }
        // The driver's messages come in the PC's language; "SSL" stays in each of them, the state tells which.
        boolean ssl = text.contains("ssl");
        if (ssl && state.equals("08004")) {
            return Optional.of(NO_TLS);
        }
        if (ssl && state.startsWith("08")) {
            return Optional.of(CERTIFICATE);
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || e instanceof SQLTransientConnectionException) {
            return Optional.of(UNREACHABLE);
        }
        return Optional.empty();
    }
}
