// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import kz.schoolwatch.domain.ServerSettings;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.security.ServerSettingsService;
import kz.schoolwatch.ui.common.InStepTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first start's server form: checked next to the fields, kept in the data folder without a password, forgotten on request. */
class ServerSettingsViewModelTest {

    private static final Messages MESSAGES = Messages.russian();

    @TempDir
    Path folder;

    private final InStepTaskRunner tasks = new InStepTaskRunner();
    private int done;

    private static List<String> texts(List<FieldError> errors, String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(e -> MESSAGES.get(e.messageKey(), e.args().toArray())).toList();
    }

    @Test
    void aFreshFolderAsksForTheChoiceAndTheFormStartsWithPostgresDefaults() {
        ServerSettingsService service = new ServerSettingsService(folder);
        assertThat(service.choiceDue()).isTrue();
        ServerSettingsViewModel form = new ServerSettingsViewModel(service, tasks, MESSAGES, () -> done++);
        assertThat(form.existing()).isFalse();
        assertThat(form.portProperty().get()).isEqualTo("5432");
        assertThat(form.databaseProperty().get()).isEqualTo("schoolwatch");
        assertThat(form.allowUnencryptedProperty().get()).isFalse();
    }

    @Test
    void wrongFieldsAreToldNextToThemAndNothingIsKept() {
        ServerSettingsService service = new ServerSettingsService(folder);
        ServerSettingsViewModel form = new ServerSettingsViewModel(service, tasks, MESSAGES, () -> done++);
        form.hostProperty().set("https://db.unit");
        form.portProperty().set("99999");
        form.databaseProperty().set("");
        form.caFileProperty().set("");

        form.save();

        assertThat(texts(form.fieldErrors(), "host")).containsExactly("Имя сервера без пробелов и без «://»");
        assertThat(texts(form.fieldErrors(), "port")).containsExactly("Порт — число от 1 до 65535");
        assertThat(texts(form.fieldErrors(), "database")).hasSize(1);
        assertThat(texts(form.fieldErrors(), "caFile"))
                .containsExactly("Укажите файл сертификата подразделения или разрешите соединение без шифрования");
        assertThat(form.hostProperty().get()).as("what was typed stays").isEqualTo("https://db.unit");
        assertThat(done).isZero();
        assertThat(service.current()).isEmpty();

        form.caFileProperty().set(folder.resolve("missing.crt").toString());
        form.save();
        assertThat(texts(form.fieldErrors(), "caFile")).containsExactly("Файл не найден: " + folder.resolve("missing.crt"));
    }

    @Test
    void theSettingsAreKeptWithoutAPasswordAndForgottenOnRequest() throws Exception {
        Path ca = Files.writeString(folder.resolve("unit-ca.crt"), "-----BEGIN CERTIFICATE-----\n");
        ServerSettingsService service = new ServerSettingsService(folder);
        ServerSettingsViewModel form = new ServerSettingsViewModel(service, tasks, MESSAGES, () -> done++);
        form.hostProperty().set(" db.unit.local ");
        form.portProperty().set("5433");
        form.databaseProperty().set("schoolwatch");
        form.caFileProperty().set(ca.toString());

        form.save();

        assertThat(form.fieldErrors()).isEmpty();
        assertThat(done).isEqualTo(1);
        assertThat(service.current()).contains(new ServerSettings("db.unit.local", 5433, "schoolwatch", ca.toString(), false));
        assertThat(service.choiceDue()).isFalse();
        String file = Files.readString(folder.resolve("server.properties"));
        assertThat(file).contains("host=db.unit.local").contains("allow-unencrypted=false").doesNotContainIgnoringCase("password");

        ServerSettingsViewModel again = new ServerSettingsViewModel(service, tasks, MESSAGES, () -> done++);
        assertThat(again.existing()).isTrue();
        assertThat(again.portProperty().get()).isEqualTo("5433");
        again.useThisComputer();
        assertThat(done).isEqualTo(2);
        assertThat(service.current()).isEmpty();
        assertThat(Files.exists(folder.resolve("server.properties"))).isFalse();
    }
}
