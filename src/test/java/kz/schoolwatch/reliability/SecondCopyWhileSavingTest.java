// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.Texts;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.DatabaseOpenException;
import kz.schoolwatch.persistence.store.H2Url;
import kz.schoolwatch.i18n.DatabaseErrors;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, item 4: while one copy of the program saves, a second copy on the same data folder is told within
 * 2 s, by name, that the database is open elsewhere; 100 tries change nothing, and the first copy listens on no
 * TCP port (H2's AUTO_SERVER stays off). One try in ten also goes straight to the H2 file, as a tool or an old copy
 * without the instance lock would, and meets H2's own file lock.
 */
class SecondCopyWhileSavingTest {

    private static final int TRIES = 100;
    private static final long LIMIT_MILLIS = 2_000;

    @TempDir
    Path work;

    @Test
    void aHundredSecondOpensWhileAnotherProcessSavesAreRefusedQuicklyByNameAndCorruptNothing() throws Exception {
        Path folder = work.resolve("data");
        ReliabilityFixture.Seed seed;
        try (Database db = ReliabilityFixture.open(folder)) {
            seed = ReliabilityFixture.seed(db);
        }
        assertThat(H2Url.flags().toUpperCase()).doesNotContain("AUTO_SERVER");

        Ledger ledger = new Ledger();
        List<Long> millis = new ArrayList<>();
        int clear = 0;
        int rawRefused = 0;
        List<String> ports;
        try (ChildProcess first = ChildProcess.start(folder, 1, seed, work.resolve("child.log"))) {
            assertThat(first.await("READY", 120_000)).as("the first copy opened the database").isNotNull();
            assertThat(first.await("ACK", 30_000)).as("the first copy saves").isNotNull();
            String holder = "PID " + first.pid();
            for (int i = 0; i < TRIES; i++) {
                Thread.sleep(20);
                if (i % 10 == 9) {
                    // A tool or an old copy that goes straight to the H2 file meets H2's own file lock.
                    long start = System.nanoTime();
                    try (Connection raw = TestDatabases.connect(folder)) {
                        fail("H2 let a second process open the file");
                    } catch (SQLException e) {
                        assertThat(e.getErrorCode()).isEqualTo(ErrorCode.DATABASE_ALREADY_OPEN_1);
                        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(LIMIT_MILLIS);
                        rawRefused++;
                    }
                }
                long start = System.nanoTime();
                try (Database second = ReliabilityFixture.open(folder)) {
                    fail("the second open succeeded while %s holds the database", holder);
                } catch (DatabaseOpenException e) {
                    millis.add((System.nanoTime() - start) / 1_000_000);
                    assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.IN_USE);
                    String message = DatabaseErrors.describe(e, Messages.russian());
                    if (message.startsWith(Texts.prefix("db.error.inUse")) && message.contains(holder)) {
                        clear++;
                    }
                }
            }
            assertThat(rawRefused).isEqualTo(TRIES / 10);
            ports = listeningTcpPorts(first.pid());
            assertThat(first.stop(60_000)).as("the first copy closes cleanly").isZero();
            List<String> lines = first.lines();
            assertThat(lines).contains("BYE");
            ledger.record(lines);
        }

        Inspection after = Inspection.of(folder, ledger, seed, work.resolve("after.sql"));
        long slowest = millis.stream().mapToLong(Long::longValue).max().orElse(0);
        Path report = Path.of("target", "reliability", "second-copy.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "| second-copy tries | refused | clear message naming the holder | slowest refusal | direct H2 opens refused "
                + "| saves meanwhile | intact after |\n|---:|---:|---:|---:|---:|---:|---|\n| %d | %d | %d | %d ms | %d of %d | %d | %s |\n"
                .formatted(TRIES, millis.size(), clear, slowest, rawRefused, TRIES / 10, ledger.acks(), after.clean() ? "yes" : "NO"));

        assertThat(millis).hasSize(TRIES).allMatch(ms -> ms < LIMIT_MILLIS);
        assertThat(clear).isEqualTo(TRIES);
        assertThat(ports).as("listening TCP sockets of the first copy").isEmpty();
        assertThat(ledger.acks()).isPositive();
        assertThat(after.clean()).as("%s", after).isTrue();
    }

    @Test
    void theListeningPortCheckSeesAPortWhenThereIsOne() throws Exception {
        assumeThat(Files.isDirectory(Path.of("/proc/self/fd"))).isTrue();
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(listeningTcpPorts(ProcessHandle.current().pid())).contains(Integer.toString(socket.getLocalPort()));
        }
    }

    /**
     * The TCP ports {@code pid} listens on, from Linux's /proc: its socket inodes matched against the listening
     * (state 0A) rows of /proc/net/tcp and tcp6. Empty where there is no /proc.
     */
    static List<String> listeningTcpPorts(long pid) throws IOException {
        Path fds = Path.of("/proc", Long.toString(pid), "fd");
        if (!Files.isDirectory(fds)) {
            return List.of();
        }
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> list = Files.list(fds)) {
            for (Path fd : list.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor went away while listing
                }
            }
        }
        List<String> ports = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).stream().skip(1).toList()) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && f[3].equals("0A") && inodes.contains(f[9])) {
                    String local = f[1];
                    ports.add(Integer.toString(Integer.parseInt(local.substring(local.indexOf(':') + 1), 16)));
                }
            }
        }
        return ports;
    }
}
