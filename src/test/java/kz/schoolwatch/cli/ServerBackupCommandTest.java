// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import kz.schoolwatch.app.AppOptions;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.ServerSettings;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.PostgresServer;
import kz.schoolwatch.persistence.store.ServerAccounts;
import kz.schoolwatch.persistence.store.ServerAddress;
import kz.schoolwatch.persistence.store.ServerSettingsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code schoolwatch backup} on a data folder that works on the unit's server: signs in there, then says the backups are the server's. */
class ServerBackupCommandTest {

    @TempDir
    Path data;

    @Test
    void theCommandSignsInToTheServerAndLeavesItsBackupsToTheServer() throws Exception {
        ServerAddress address = PostgresServer.newDatabase();
        PostgresServer.connect(address).close();
        String login = ServerAccounts.create(address, "Сейтова Айгерим", Role.ADMIN);
        ServerSettingsFile.save(data, new ServerSettings("localhost", address.port(), address.database(), null, true));
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        AppOptions options = AppOptions.parse("backup", "--user", login, "--data-dir", data.toString());

        int code = new BackupCommand(Messages.russian(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), Clock.systemDefaultZone(),
                prompt -> ServerAccounts.PASSWORD.toCharArray()).run(options.backup(), options.dataDir());

        assertThat(code).isEqualTo(1);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("работает с сервером подразделения localhost:" + address.port())
                .contains("pg_dump");
        assertThat(Files.exists(data.resolve("backups"))).isFalse();
    }
}
