// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.ServerSettings;
import kz.schoolwatch.persistence.store.PostgresServer;
import kz.schoolwatch.persistence.store.ServerAccounts;
import kz.schoolwatch.persistence.store.ServerAddress;
import kz.schoolwatch.persistence.store.ServerSettingsFile;
import kz.schoolwatch.ui.RunningApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The first start on a PC of a unit with a server: «Подключиться к серверу подразделения», the server's settings
 * checked next to the fields, then the officer signs in with their own account on the server and works.
 */
class ServerModeUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.notStarted();

    @Test
    void theFirstStartConnectsToTheUnitsServerAndTheOfficerSignsInThere() throws Exception {
        ServerAddress address = PostgresServer.newDatabase();
        PostgresServer.connect(address).close();
        String login = ServerAccounts.create(address, "Касымов Ерлан", Role.HEAD);

        app.launch();
        app.interact(() -> {
            app.stage().setWidth(1366);
            app.stage().setHeight(768);
        });
        app.await(() -> app.exists("#modeServer"));
        app.snapshot("server-1-choice");
        app.clickOn("#modeServer");
        app.await(() -> app.exists("#serverSettingsView"));
        app.fill("#serverHost", "localhost");
        app.fill("#serverPort", Integer.toString(address.port()));
        app.fill("#serverDatabase", address.database());
        app.clickOn("#serverSave");
        // The test server has no TLS: without the unit's certificate the form asks for it or for the exception.
        app.await(() -> app.exists("#serverCaFileError") && !app.text("#serverCaFileError").isEmpty());
        assertThat(app.text("#serverCaFileError"))
                .isEqualTo("Укажите файл сертификата подразделения или разрешите соединение без шифрования");
        assertThat(Files.exists(app.folder().resolve("server.properties"))).isFalse();

        app.clickOn("#serverAllowUnencrypted");
        app.await(() -> app.lookup("#serverUnencryptedWarning").query().isVisible());
        app.snapshot("server-2-settings");
        app.clickOn("#serverSave");
        app.await(() -> app.exists("#signInServer"));
        assertThat(app.text("#signInServer")).isEqualTo("Сервер: localhost:" + address.port() + "/" + address.database());
        assertThat(app.exists("#signInServerSettings")).isTrue();
        assertThat(Files.readString(app.folder().resolve("server.properties"))).contains("allow-unencrypted=true");

        app.fill("#signInLogin", login);
        app.fill("#signInPassword", "wrong-but-the-test-server-trusts");
        app.snapshot("server-3-signin");
        app.clickOn("#signInSubmit");
        app.await(() -> app.exists("#navDashboard"));
        app.awaitDashboard();
        assertThat(app.text("#statusDataFile"))
                .isEqualTo("Сервер подразделения: localhost:" + address.port() + "/" + address.database());
        app.snapshot("server-4-dashboard");
        assertThat(Files.exists(app.folder().resolve("keyring.properties"))).as("no key ring on a server's PC").isFalse();
    }

    @Test
    void theAdministratorsSettingsSayTheBackupsAreTheServersAndOfferNoPcBackup() throws Exception {
        ServerAddress address = PostgresServer.newDatabase();
        PostgresServer.connect(address).close();
        String login = ServerAccounts.create(address, "Сейтова Айгерим", Role.ADMIN);
        // As an administrator hands out the settings file with the installation.
        ServerSettingsFile.save(app.folder(), new ServerSettings("localhost", address.port(), address.database(), null, true));

        app.launch();
        app.interact(() -> {
            app.stage().setWidth(1366);
            app.stage().setHeight(768);
        });
        app.await(() -> app.exists("#signInServer"));
        app.fill("#signInLogin", login);
        app.fill("#signInPassword", "trusted-by-the-test-server");
        app.clickOn("#signInSubmit");
        // No demo city offered on the unit's server: straight to the screens.
        app.await(() -> app.exists("#navSettings"));
        app.clickOn("#navSettings");
        app.await(() -> app.exists("#settingsServerBackups"));
        assertThat(app.text("#settingsServerBackups")).startsWith("Резервные копии базы на сервере подразделения делает администратор сервера");
        assertThat(app.text("#settingsServer")).isEqualTo("Программа подключена к серверу localhost:" + address.port() + "/" + address.database() + ".");
        assertThat(app.exists("#backupNow")).isFalse();
        assertThat(app.exists("#restoreFromFile")).isFalse();
        assertThat(app.text("#settingsServerUnencrypted")).startsWith("Внимание: соединение без шифрования разрешено.");
        app.snapshot("server-5-settings-admin");
    }
}
