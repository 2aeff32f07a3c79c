// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import kz.schoolwatch.i18n.Messages;
import org.junit.jupiter.api.Test;

class AppOptionsTest {

    @Test
    void noArgumentsMeansDefaults() throws Exception {
        AppOptions o = AppOptions.parse();
        assertThat(o.dataDir()).isNull();
        assertThat(o.demo()).isFalse();
        assertThat(o.startupTiming()).isFalse();
        assertThat(o.help()).isFalse();
    }

    @Test
    void readsEveryOptionInBothSpellings() throws Exception {
        assertThat(AppOptions.parse("--data-dir", "/tmp/x", "--demo", "--startup-timing").dataDir()).isEqualTo(Path.of("/tmp/x"));
        AppOptions o = AppOptions.parse("--data-dir=/srv/sw", "--help");
        assertThat(o.dataDir()).isEqualTo(Path.of("/srv/sw"));
        assertThat(o.help()).isTrue();
        assertThat(AppOptions.parse("-h").help()).isTrue();
    }

    @Test
    void unknownOptionIsRefusedWithARussianMessage() {
        assertThatThrownBy(() -> AppOptions.parse("--dmeo"))
                .isInstanceOfSatisfying(AppOptions.UsageException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("cli.error.unknownOption");
                    assertThat(Messages.russian().get(e.messageKey(), e.argument())).isEqualTo("Неизвестный параметр: --dmeo");
                });
    }

    @Test
    void dataDirWithoutValueIsRefused() {
        assertThatThrownBy(() -> AppOptions.parse("--data-dir"))
                .isInstanceOfSatisfying(AppOptions.UsageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("cli.error.missingValue"));
        assertThatThrownBy(() -> AppOptions.parse("--data-dir", "--demo"))
                .isInstanceOf(AppOptions.UsageException.class);
        assertThatThrownBy(() -> AppOptions.parse("--data-dir="))
                .isInstanceOf(AppOptions.UsageException.class);
    }
}
