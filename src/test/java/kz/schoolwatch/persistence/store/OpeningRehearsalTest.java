// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.h2.store.fs.FileUtils;
import org.junit.jupiter.api.Test;

/**
 * The sign-in rehearsal gets through every step (a step that fails, such as DDL H2 refuses, would leave the real
 * sign-in cold without anybody noticing), leaves nothing behind in memory or on disk, and gives way when asked.
 */
class OpeningRehearsalTest {

    @Test
    void runsEveryStepAndLeavesNoDatabaseBehind() {
        assertThat(OpeningRehearsal.run(() -> false)).isTrue();
        // Its database lived in H2's in-memory file system (never on disk) and is gone.
        assertThat(FileUtils.newDirectoryStream("memFS:")).isEmpty();
    }

    @Test
    void findsEveryMigrationInVersionOrder() throws Exception {
        // V7–V9, V11, V13, V15, V16, V18, V20 and V22 are the server's own (db/postgresql): H2 skips them.
        assertThat(OpeningRehearsal.migrationScripts())
                .extracting(s -> Integer.parseInt(s.replaceAll(".*/V(\\d+)__.*", "$1")))
                .containsExactly(1, 2, 3, 4, 5, 6, 10, 14, 17, 19, 21);
        assertThat(OpeningRehearsal.migrationScripts()).first().isEqualTo("/db/common/V1__schema.sql");
        assertThat(OpeningRehearsal.migrationScripts()).last().asString()
                .startsWith("/db/common/V" + Database.SCHEMA_VERSION + "__");
    }

    @Test
    void stopsAtTheNextStepOnceTheRealSignInBegins() {
        assertThat(OpeningRehearsal.run(() -> true)).isFalse();

        AtomicInteger asked = new AtomicInteger();
        // Lets the first two checks pass (before the key derivation and before the schema), then stops.
        assertThat(OpeningRehearsal.run(() -> asked.incrementAndGet() > 2)).isFalse();
        assertThat(asked.get()).isLessThan(10);
        assertThat(FileUtils.newDirectoryStream("memFS:")).isEmpty();
    }
}
