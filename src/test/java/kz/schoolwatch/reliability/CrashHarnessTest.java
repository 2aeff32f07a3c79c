// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 7, item 2: a save the app reported as done survives {@code kill -9}. 30 kills in the normal build;
 * {@code -Dcrash.kills=300} (or {@code bench/crash.sh 300}) for the nightly-size run, {@code -Dcrash.seed=...} to
 * repeat one. The figures table goes to {@code target/reliability/crash-<kills>.md}.
 */
class CrashHarnessTest {

    private static final Logger LOG = LoggerFactory.getLogger(CrashHarnessTest.class);

    @TempDir
    Path work;

    @Test
    void killedWhileSavingItReopensWithEveryAcknowledgedSaveAndNoHalfWrittenOne() throws Exception {
        int kills = Integer.getInteger("crash.kills", 30);
        long seed = Long.getLong("crash.seed", System.nanoTime());
        CrashHarness.Figures f = new CrashHarness(new CrashHarness.Options(kills, seed, 700), work).run();

        Path report = Path.of("target", "reliability", "crash-" + kills + ".md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, f.table() + "\n\n" + String.join("\n", f.problems()) + "\n");
        LOG.info("Crash harness:\n{}", f.table());
        f.problems().forEach(p -> LOG.warn("{}", p));

        assertThat(f.problems()).as("problems (seed %d; the killed folders are kept under %s)", seed, work.resolve("failures")).isEmpty();
        // Four kills in five come after the child's first save at least.
        assertThat(f.acknowledged()).as("saves acknowledged").isGreaterThanOrEqualTo(kills - kills / 5);
    }
}
