// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.Texts;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.PostgresServer;
import kz.schoolwatch.persistence.store.ServerAddress;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.security.ServerMoveService;
import kz.schoolwatch.ui.common.InStepTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** «Перенести на сервер…» run in step: the fields' checks, the move onto a real server, a refusal, a cancellation. */
class ServerMoveViewModelTest {

    private static final Messages RU = Messages.russian();

    @TempDir
    Path folder;

    private Database pc;
    private final InStepTaskRunner tasks = new InStepTaskRunner();

    @BeforeEach
    void open() throws Exception {
        pc = TestDatabases.open(folder.resolve("pc"));
    }

    @AfterEach
    void close() {
        pc.close();
    }

    private ServerMoveViewModel model() {
        ServerMoveService service = new ServerMoveService(pc, (t, login, password) ->
                Database.connect(new ServerAddress(t.host(), t.port(), t.database(), t.caCertificate(), t.allowUnencrypted()), login, password), TestDatabases.admin());
        return new ServerMoveViewModel(service, tasks, RU);
    }

    private static ServerMoveViewModel filledFor(ServerMoveViewModel model, ServerAddress address) {
        model.hostProperty().set(address.host());
        model.portProperty().set(Integer.toString(address.port()));
        model.databaseProperty().set(address.database());
        model.loginProperty().set(PostgresServer.LOGIN);
        model.passwordProperty().set("test");
        model.allowUnencryptedProperty().set(true);
        return model;
    }

    @Test
    void wrongFieldsAreNamedNextToThemAndNothingStarts() {
        ServerMoveViewModel model = model();
        model.hostProperty().set(" ");
        model.portProperty().set("70000");

        model.start();

        assertThat(model.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("host", "port", "ca", "password");
        assertThat(model.errors()).extracting(FieldError::messageKey).contains("move.error.port", "move.error.ca");
        assertThat(tasks.ran()).isZero();
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void aCertificateFileThatIsNotThereIsNamed() throws Exception {
        ServerMoveViewModel model = filledFor(model(), new ServerAddress("localhost", 1, "schoolwatch"));
        model.allowUnencryptedProperty().set(false);
        model.caCertificateProperty().set(folder.resolve("unit-ca.crt").toString());

        model.start();

        assertThat(model.errors()).containsExactly(FieldError.of("ca", "move.error.caMissing", folder.resolve("unit-ca.crt")));
        Files.writeString(folder.resolve("unit-ca.crt"), "-----BEGIN CERTIFICATE-----");
        model.passwordProperty().set("test");
        model.start();
        assertThat(model.errors()).isEmpty();
        assertThat(tasks.ran()).isEqualTo(1);
    }

    @Test
    void theMoveEndsWithRowsPerTableTheCheckedChainAndTheAccountsNote() throws Exception {
        ServerMoveViewModel model = filledFor(model(), PostgresServer.newDatabase());

        model.start();

        assertThat(model.doneProperty().get()).isTrue();
        assertThat(model.failedProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).contains("цепочка не нарушена", "задайте каждому пароль на сервере");
        assertThat(model.tables()).contains(Texts.of("audit.subject.district") + ": 8",
                Texts.of("audit.subject.audit_entry") + ": " + pc.rowCounts().get("AUDIT_ENTRY"));
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(model.progressProperty().get()).isEqualTo(-1);
    }

    @Test
    void aServerThatHoldsDataIsRefusedWithTheReason() throws Exception {
        ServerAddress address = PostgresServer.newDatabase();
        filledFor(model(), address).start();

        ServerMoveViewModel again = filledFor(model(), address);
        again.start();

        assertThat(again.failedProperty().get()).isTrue();
        assertThat(again.doneProperty().get()).isFalse();
        assertThat(again.messageProperty().get()).startsWith("В базе " + address + " уже есть данные").contains("audit_entry");
    }

    @Test
    void aCancelledMoveSaysNothingWasWritten() throws Exception {
        ServerMoveViewModel model = filledFor(model(), PostgresServer.newDatabase());
        tasks.cancelNext();

        model.start();

        assertThat(model.messageProperty().get()).isEqualTo(RU.get("move.cancelled"));
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.doneProperty().get()).isFalse();
    }
}
