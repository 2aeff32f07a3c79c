// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import kz.schoolwatch.persistence.store.PostgresServer;
import org.junit.jupiter.api.Test;

/**
 * The load bench's short version (issue 18): five officers at once for ten seconds on the test server, officers who
 * never pause, for the most meetings on the same school, with the bench's checks: no lost update, no error but conflicts, every change in the audit trail under its login with the
 * chain intact, the server's figures equal to the officers' sum. Timings are printed, never asserted: the build
 * machine's speed is nobody's correctness.
 */
class OfficersLoadTest {

    @Test
    void fiveOfficersForTenSecondsLoseNothingAndLeaveEveryChangeInTheTrail() throws Exception {
        LoadRun.Result result = LoadRun.run(PostgresServer.newDatabase(), PostgresServer.LOGIN, new LoadRun.Plan(5, 10, 1, 0));

        ByteArrayOutputStream text = new ByteArrayOutputStream();
        LoadReport.print(result, new PrintStream(text, true, StandardCharsets.UTF_8));
        System.out.println(text.toString(StandardCharsets.UTF_8));
        assertThat(result.checks().broken()).as(text.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(result.tallies()).allSatisfy(t -> assertThat(t.saved).as(t.login + " saved something").isNotEmpty());
        assertThat(result.tallies().stream().mapToInt(t -> t.saved("school", 0)).sum()).isPositive();
    }
}
