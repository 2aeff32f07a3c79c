// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import kz.schoolwatch.domain.VisitDraft;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.DatabaseOpenException;
import kz.schoolwatch.service.SaveFailedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 7, item 3: the disk fills up in the middle of saving visits and events through the services. The user is
 * told so in Russian, saving the same input again works once there is space, and the database opens afterwards
 * with everything saved before, even while the disk is still full.
 *
 * <p>Each run fills the disk at another point. The deterministic runs use the {@link FullDisk} file system under
 * H2; where the test may mount (root, as on the CI machine) the same runs are repeated on a real, tiny tmpfs.
 */
class DiskFullTest {

    private static final Logger LOG = LoggerFactory.getLogger(DiskFullTest.class);
    private static final int RUNS = 10;
    private static final AtomicInteger RAN = new AtomicInteger();
    private static final AtomicInteger TOLD = new AtomicInteger();
    private static final AtomicInteger REOPENED = new AtomicInteger();
    private static final AtomicInteger TMPFS = new AtomicInteger();

    @TempDir
    static Path shared;
    private static Path template;
    private static ReliabilityFixture.Seed seed;

    @BeforeAll
    static void seededDatabase() throws Exception {
        template = shared.resolve("template");
        try (Database db = ReliabilityFixture.open(template)) {
            seed = ReliabilityFixture.seed(db);
        }
    }

    @AfterEach
    void freeTheInjectedDisk() {
        FullDisk.unlimited();
    }

    @AfterAll
    static void figures() throws IOException {
        Path report = Path.of("target", "reliability", "disk-full.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "| disk-full runs (of them on a real tmpfs) | clear message shown | reopened with all data |\n"
                + "|---:|---:|---:|\n| %d (%d) | %d | %d |\n".formatted(RAN.get(), TMPFS.get(), TOLD.get(), REOPENED.get()));
    }

    /** How a run fills and frees its disk. */
    private interface Disk {
        Database open() throws DatabaseOpenException;

        /** Leaves about {@code bytes} free. */
        void fill(long bytes) throws IOException;

        void free() throws IOException;
    }

    @RepeatedTest(RUNS)
    void injectedFullDiskDuringASave(RepetitionInfo run, @TempDir Path folder) throws Exception {
        copy(template, folder);
        scenario(run.getCurrentRepetition(), folder, new Disk() {
            @Override
            public Database open() throws DatabaseOpenException {
                return ReliabilityFixture.openOnFullDisk(folder);
            }

            @Override
            public void fill(long bytes) {
                FullDisk.limitTo(bytes);
            }

            @Override
            public void free() {
                FullDisk.unlimited();
            }
        });
    }

    @RepeatedTest(RUNS)
    void realTmpfsFillingUpDuringASave(RepetitionInfo run, @TempDir Path mountPoint) throws Exception {
        assumeThat(mount(mountPoint)).as("may mount a tmpfs (needs root)").isTrue();
        try {
            Path folder = mountPoint.resolve("data");
            copy(template, folder);
            Path filler = mountPoint.resolve("filler");
            scenario(run.getCurrentRepetition(), folder, new Disk() {
                @Override
                public Database open() throws DatabaseOpenException {
                    return ReliabilityFixture.open(folder);
                }

                @Override
                public void fill(long bytes) throws IOException {
                    long usable = Files.getFileStore(mountPoint).getUsableSpace();
                    try (OutputStream out = Files.newOutputStream(filler)) {
                        byte[] block = new byte[4096];
                        for (long left = usable - bytes; left > 0; left -= block.length) {
                            try {
                                out.write(block, 0, (int) Math.min(block.length, left));
                            } catch (IOException full) {
                                break;
                            }
                        }
                    } catch (IOException full) {
                        // the last partial block did not fit: the disk is as full as it gets
                    }
                }

                @Override
                public void free() throws IOException {
                    Files.deleteIfExists(filler);
                }
            });
            TMPFS.incrementAndGet();
        } finally {
            run("umount", mountPoint.toString());
        }
    }

    private void scenario(int run, Path folder, Disk disk) throws Exception {
        RAN.incrementAndGet();
        Ledger ledger = new Ledger();
        int marker = 0;
        String prefix = CrashChild.PREFIX + (1000 + run) + "-";
        Database db = disk.open();
        ReliabilityFixture.Services services = ReliabilityFixture.services(db);
        for (; marker < 3; marker++) {
            save(services, ledger, prefix + marker, marker);
        }

        // Each run leaves a different amount of space, so the disk runs out at a different point of a save.
        disk.fill(run * 3_000L);
        SaveFailedException failure = null;
        String failedMarker = null;
        for (int i = 0; i < 5_000 && failure == null; i++, marker++) {
            try {
                save(services, ledger, prefix + marker, marker);
            } catch (SaveFailedException e) {
                failure = e;
                failedMarker = prefix + marker;
            }
        }
        assertThat(failure).as("a save failed once the disk was full").isNotNull();
        LOG.info("run {}: the disk was full after {} more saves", run, marker - 4);
        assertThat(failure.messageKey()).isEqualTo("common.error.diskFull");
        assertThat(Messages.russian().get(failure.messageKey())).contains("на диске закончилось место").doesNotContain("General error");
        TOLD.incrementAndGet();

        // The user frees some space and presses «Сохранить» again: the same input is saved.
        disk.free();
        save(services, ledger, failedMarker, marker - 1);

        // Quitting with a full disk, then starting again while it is still full: the data is readable.
        disk.fill(0);
        db.close();
        Inspection whileFull = Inspection.of(disk::open, ledger, seed, shared.resolve("while-full-" + run + ".sql"));
        disk.free();
        Inspection after = Inspection.of(disk::open, ledger, seed, shared.resolve("after-" + run + ".sql"));
        assertThat(whileFull.opened()).as("opens while the disk is full: %s", whileFull.openError()).isTrue();
        assertThat(whileFull.lost()).isEmpty();
        assertThat(whileFull.torn()).isEmpty();

        assertThat(after.clean()).as("%s", after).isTrue();
        REOPENED.incrementAndGet();
    }

    /** A visit, or every other time an event with its partners and officers, as the harness's child saves them. */
    private static void save(ReliabilityFixture.Services services, Ledger ledger, String marker, int n) {
        if (n % 2 == 0) {
            long id = services.visits().create(new VisitDraft(seed.officers().get(0), seed.school(),
                    LocalDateTime.now().minusHours(1).withNano(0), seed.purpose(), marker, null, 0));
            ledger.visits.put(id, marker);
        } else {
            long id = services.events().create(CrashChild.event(seed, marker, 0));
            ledger.events.put(id, marker);
            ledger.versions.put(id, 0);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".mv.db")).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private static boolean mount(Path dir) throws InterruptedException {
        return run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", dir.toString());
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
