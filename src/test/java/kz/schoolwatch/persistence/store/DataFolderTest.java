// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DataFolderTest {

    private static final Path HOME = Path.of("/home/officer");

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(DataFolder.resolve(null, Map.of(), "Linux", HOME)).isEqualTo(Path.of("/home/officer/.local/share/schoolwatch"));
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME)).isEqualTo(Path.of("/data/xdg/schoolwatch"));
        // The XDG spec says a relative value is invalid and must be ignored.
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "rel"), "Linux", HOME)).isEqualTo(Path.of("/home/officer/.local/share/schoolwatch"));
    }

    @Test
    void windowsUsesLocalAppDataNeverRoaming() {
        Path p = DataFolder.resolve(null, Map.of("LOCALAPPDATA", "/c/Users/o/AppData/Local", "APPDATA", "/roaming"), "Windows 11", HOME);
        assertThat(p).isEqualTo(Path.of("/c/Users/o/AppData/Local/SchoolWatch"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataFolder.resolve(null, Map.of(), "Mac OS X", HOME)).isEqualTo(Path.of("/home/officer/Library/Application Support/SchoolWatch"));
    }

    @Test
    void optionBeatsEnvironmentWhichBeatsDefault() {
        Map<String, String> env = Map.of(DataFolder.ENV_OVERRIDE, "/env/sw");
        assertThat(DataFolder.resolve(null, env, "Linux", HOME)).isEqualTo(Path.of("/env/sw"));
        assertThat(DataFolder.resolve(Path.of("/opt/sw"), env, "Linux", HOME)).isEqualTo(Path.of("/opt/sw"));
    }
}
