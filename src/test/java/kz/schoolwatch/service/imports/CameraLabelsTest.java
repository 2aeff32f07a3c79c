// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The camera import reads a status as an officer writes it, in Kazakh, Russian or English. */
class CameraLabelsTest {

    @Test
    void kazakhStatusWordsReadAsTheirStatus() {
        CameraLabels labels = CameraLabels.get();
        assertThat(labels.status("Демонтаждалған")).contains(CameraStatus.DISMANTLED);
        assertThat(labels.status("бөлшектелген")).contains(CameraStatus.DISMANTLED);
        assertThat(labels.status("ақаусыз")).contains(CameraStatus.WORKING);
        assertThat(labels.status("Ақаулы")).contains(CameraStatus.FAULTY);
        assertThat(labels.status("демонтирована")).contains(CameraStatus.DISMANTLED);
    }

    /** Whatever the program's language, the status names its own screens show are read back. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void theProgramsOwnStatusNamesReadBack(Language language) {
        Messages texts = Messages.of(language);
        for (CameraStatus status : CameraStatus.values()) {
            String shown = texts.get("camera.status." + status.name().toLowerCase());
            assertThat(CameraLabels.get().status(shown)).as(shown).contains(status);
        }
    }
}
