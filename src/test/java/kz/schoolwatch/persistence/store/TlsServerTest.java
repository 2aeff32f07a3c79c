// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server with TLS, as the unit's is: a certificate signed by the unit's CA and naming the host is accepted with
 * {@code sslmode=verify-full}; the same server checked against another CA is refused as a certificate not the
 * unit's. The certificates are made with the system's openssl (the test is skipped where there is none).
 */
class TlsServerTest {

    @TempDir
    Path dir;

    @Test
    void theUnitsCaLetsTheConnectionInAndAnotherCaIsRefused() throws Exception {
        assumeTrue(openssl("version"), "openssl is needed to make the test certificates");
        assumeTrue(openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "2",
                "-subj", "/CN=SchoolWatch test unit CA"));
        assumeTrue(openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr",
                "-subj", "/CN=localhost"));
        Files.writeString(dir.resolve("san.cnf"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
        assumeTrue(openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
                "-out", "server.crt", "-days", "2", "-extfile", "san.cnf"));
        assumeTrue(openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "other.key", "-out", "other.crt",
                "-days", "2", "-subj", "/CN=Some other CA"));
        // The server's key as PostgreSQL wants it: its owner's alone (the embedded server runs as the tests' user).
        Files.setPosixFilePermissions(dir.resolve("server.key"), PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(dir.resolve("server.crt"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));

        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setServerConfig("ssl", "on")
                .setServerConfig("ssl_cert_file", dir.resolve("server.crt").toString())
                .setServerConfig("ssl_key_file", dir.resolve("server.key").toString())
                .setServerConfig("fsync", "off")
                .start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE tls_test");
            }
            ServerAddress unit = new ServerAddress("localhost", pg.getPort(), "tls_test", dir.resolve("ca.crt"), false);
            try (Database db = Database.connect(unit, "postgres", new char[0]);
                 Connection c = PostgresDriver.connect(unit, "postgres", "");
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
                assertThat(db.server()).contains(unit);
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBoolean(1)).as("the connection is encrypted").isTrue();
            }

            ServerAddress other = new ServerAddress("localhost", pg.getPort(), "tls_test", dir.resolve("other.crt"), false);
            assertThatThrownBy(() -> Database.connect(other, "postgres", new char[0]))
                    .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                        assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.SERVER_CERTIFICATE);
                        assertThat(e.detail()).isEqualTo(dir.resolve("other.crt").toString());
                    });
        }
    }

    private boolean openssl(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
