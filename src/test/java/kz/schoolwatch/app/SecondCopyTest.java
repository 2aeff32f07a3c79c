// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.Texts;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.jooq.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second SchoolWatch process on the same data folder is told who holds it, at once, and changes nothing. */
class SecondCopyTest {

    @TempDir
    Path folder;

    @Test
    void secondProcessGetsAClearMessageNotAStackTrace() throws Exception {
        try (Database first = TestDatabases.open(folder)) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
                    "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                    "-Dheadless.geometry=1600x1200-32",
                    Launcher.class.getName(), "--data-dir", folder.toString(), "--startup-timing");
            Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(child.exitValue()).isEqualTo(1);
            assertThat(err).contains(Texts.prefix("db.error.inUse"))
                    .contains("PID " + ProcessHandle.current().pid())
                    .doesNotContain("Exception");
            assertThat(first.dsl().fetchCount(Tables.DISTRICT)).isEqualTo(8);
            assertThat(new File(folder.toFile(), "schoolwatch.mv.db")).exists();
        }
    }
}
