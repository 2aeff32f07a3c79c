// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import kz.schoolwatch.persistence.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kills {@link CrashChild} processes at random moments while they save, and after every kill checks a copy of the
 * data folder: it opens, every acknowledged save is there, no event is half-written, and {@code SCRIPT} reads it
 * all. Four kills in five fall at a random moment of up to {@code maxSavingMillis} after the child's first save;
 * the fifth at a random moment of its start-up (JVM start, H2's crash recovery, the first saves), since the next
 * child goes on with the killed folder itself and recovers from the crash on its own.
 */
public final class CrashHarness {

    private static final Logger LOG = LoggerFactory.getLogger(CrashHarness.class);

    /** How a run goes: kills, the seed of the random kill moments, the longest saving time before a kill. */
    public record Options(int kills, long seed, int maxSavingMillis) {
    }

    /** The figures of a run; {@link #problems} names each failure with the kill it followed. */
    public record Figures(int kills, int startupKills, long acknowledged, int unopenable, int torn, int lostRecords,
                          int killsWithLoss, int scriptFailures, long millis, long meanStartMillis, long seed,
                          List<String> problems) {

        /** The table for docs/RELIABILITY.md. */
        public String table() {
            return String.join("\n",
                    "| kills | of them during start-up | saves acknowledged | unopenable | torn | acknowledged lost (records / kills) | SCRIPT failed | time |",
                    "|---:|---:|---:|---:|---:|---:|---:|---:|",
                    "| %d | %d | %d | %d | %d | %d / %d | %d | %d s |".formatted(kills, startupKills, acknowledged, unopenable, torn,
                            lostRecords, killsWithLoss, scriptFailures, Math.round(millis / 1000.0)),
                    "",
                    "Seed %d; a child takes %d ms from JVM start to an open database.".formatted(seed, meanStartMillis));
        }
    }

    private final Options options;
    private final Path work;

    /**
     * {@code bench/crash.sh [kills] [seed]}: runs the harness in a fresh temp folder and prints the figures table
     * and any problem; exits 1 when there was one. The temp folder is kept when something failed.
     */
    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        Path work = Files.createTempDirectory("schoolwatch-crash");
        Figures f = new CrashHarness(new Options(kills, seed, 700), work).run();
        System.out.println(f.table());
        f.problems().forEach(System.out::println);
        if (f.problems().isEmpty()) {
            deleteTree(work);
        } else {
            System.out.println("Kept for analysis: " + work);
            System.exit(1);
        }
    }

    public CrashHarness(Options options, Path work) {
        this.options = options;
        this.work = work;
    }

    public Figures run() throws Exception {
        long started = System.nanoTime();
        Path folder = work.resolve("data");
        Path checks = work.resolve("check");
        Path log = work.resolve("children.log");
        Files.createDirectories(checks);
        ReliabilityFixture.Seed seed;
        try (Database db = ReliabilityFixture.open(folder)) {
            seed = ReliabilityFixture.seed(db);
        }
        Random random = new Random(options.seed());
        Ledger ledger = new Ledger();
        List<String> problems = new ArrayList<>();
        Set<String> knownTorn = new HashSet<>();
        int startupKills = 0;
        int unopenable = 0;
        int torn = 0;
        int lostRecords = 0;
        int killsWithLoss = 0;
        int scriptFailures = 0;
        long startMillisSum = 0;
        int starts = 0;
        for (int k = 1; k <= options.kills(); k++) {
            long meanStart = starts == 0 ? 1500 : startMillisSum / starts;
            try (ChildProcess child = ChildProcess.start(folder, k, seed, log)) {
                if (k % 5 == 0) {
                    startupKills++;
                    long at = (long) (random.nextDouble() * meanStart * 1.3);
                    while (child.ageMillis() < at) {
                        Thread.sleep(5);
                    }
                } else {
                    // Killed while saving: after its first save, however long a loaded machine takes to get there.
                    if (child.await("READY", 120_000) != null) {
                        startMillisSum += child.ageMillis();
                        starts++;
                    }
                    child.await("ACK", 60_000);
                    Thread.sleep(random.nextInt(options.maxSavingMillis() + 1));
                }
                child.kill();
                List<String> lines = child.lines();
                int acked = ledger.record(lines);
                lines.stream().filter(l -> l.startsWith("FAIL")).forEach(l -> problems.add("kill " + child.pid() + ": child " + l));
                LOG.debug("kill {}: {} saves acknowledged", k, acked);
            }
            Inspection seen = inspectCopy(folder, checks, ledger, seed, k);
            if (!seen.opened()) {
                unopenable++;
                problems.add("kill " + k + ": does not open: " + seen.openError());
            }
            List<String> newlyTorn = seen.torn().stream().filter(knownTorn::add).toList();
            if (!newlyTorn.isEmpty()) {
                torn++;
                problems.add("kill " + k + ": torn " + newlyTorn);
            }
            if (!seen.lost().isEmpty()) {
                killsWithLoss++;
                lostRecords += seen.lost().size();
                problems.add("kill " + k + ": lost " + seen.lost());
            }
            if (seen.opened() && seen.scriptError() != null) {
                scriptFailures++;
                problems.add("kill " + k + ": SCRIPT failed: " + seen.scriptError());
            }
            if (!seen.clean()) {
                LOG.warn("kill {}: {}", k, seen);
                keepForAnalysis(folder, k);
                ledger.forget(seen.lost());
            }
            if (k % 10 == 0) {
                LOG.info("{} of {} kills, {} saves acknowledged, {} problem(s)", k, options.kills(), ledger.acks(), problems.size());
            }
        }
        Inspection last = Inspection.of(folder, ledger, seed, checks.resolve("final.sql"));
        if (!last.clean()) {
            problems.add("final open of the data folder itself: " + last);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Figures(options.kills(), startupKills, ledger.acks(), unopenable, torn, lostRecords, killsWithLoss,
                scriptFailures, millis, starts == 0 ? 0 : startMillisSum / starts, options.seed(), problems);
    }

    /** Checks a byte copy, so that the next child meets the crashed folder exactly as the kill left it. */
    private static Inspection inspectCopy(Path folder, Path checks, Ledger ledger, ReliabilityFixture.Seed seed, int kill) throws IOException {
        Path copy = checks.resolve("kill-" + kill);
        copyDatabase(folder, copy);
        try {
            return Inspection.of(copy, ledger, seed, checks.resolve("kill-" + kill + ".sql"));
        } finally {
            deleteTree(copy);
            Files.deleteIfExists(checks.resolve("kill-" + kill + ".sql"));
        }
    }

    private void keepForAnalysis(Path folder, int kill) throws IOException {
        copyDatabase(folder, work.resolve("failures").resolve("kill-" + kill));
    }

    private static void copyDatabase(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".lock")).toList()) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
