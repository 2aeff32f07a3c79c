// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import kz.schoolwatch.app.AppContext;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.DamagedFileRecovery;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.DatabaseOpenException;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.jooq.Tables;
import kz.schoolwatch.persistence.security.DatabaseKey;
import kz.schoolwatch.persistence.security.KeyRing;
import kz.schoolwatch.service.security.DatabaseDamagedException;
import kz.schoolwatch.service.security.SignInService;
import kz.schoolwatch.service.security.SignedIn;

/**
 * Damages database files the way a failing disk or a careless copy does, repeatably: the same seed writes the
 * same garbage.
 */
public final class TestDamage {

    /** H2's file block: the encryption works block by block, so damage in one block stays in it. */
    public static final int BLOCK = 4096;

    /** A school's name in the database before the backup, and one written after it. */
    public static final String IN_BACKUP = "Canary school before the backup";
    public static final String AFTER_BACKUP = "Canary school after the backup";

    private TestDamage() {
    }

    /**
     * A folder set up as on a first start, with a school in its database, a backup when {@code backup}, a second
     * school after it; then the file is compacted (so the damage lands alike each run) and damaged: with
     * {@code readable} in one block that leaves the schools readable for an export, else in its whole second half.
     */
    public static void prepareDamaged(Path folder, boolean backup, boolean readable) throws Exception {
        TestSessions.prepare(folder, false);
        var admin = new SignInService(folder, Clock.systemDefaultZone())
                .signIn(TestSessions.ADMIN, TestSessions.PASSWORD.toCharArray());
        try (AppContext context = new AppContext(admin, Messages.russian(), Clock.systemDefaultZone())) {
            school(admin.database(), 955, IN_BACKUP);
            if (backup) {
                context.backups().backupNow();
            }
            school(admin.database(), 956, AFTER_BACKUP);
        }
        Database db = TestDatabases.open(folder);
        db.closeCompacted();
        if (readable) {
            breakKeepingRows(folder, TestDatabases.key(folder), IN_BACKUP);
        } else {
            garbleSecondHalf(DamagedFileRecovery.file(folder));
        }
    }

    private static void school(Database db, int number, String name) {
        long id = new TestRows(db).school(number, 1);
        var school = Tables.SCHOOL;
        db.write(cfg -> cfg.dsl().update(school).set(school.NAME, name).where(school.ID.eq(id)).execute());
    }

    /** Overwrites {@code length} bytes from {@code offset} with seeded garbage. */
    public static void garble(Path file, long offset, int length, long seed) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Random random = new Random(seed);
        for (long i = offset; i < Math.min(bytes.length, offset + length); i++) {
            bytes[(int) i] = (byte) random.nextInt(256);
        }
        Files.write(file, bytes);
    }

    /**
     * Overwrites the second half of the file but its last block: the newest chunks, which every open reads, are
     * gone, the file keeps its length.
     */
    public static void garbleSecondHalf(Path file) throws IOException {
        long size = Files.size(file);
        long from = size / 2 / BLOCK * BLOCK;
        garble(file, from, (int) (size - BLOCK - from), 7);
    }

    /**
     * Damages one block of {@code folder}'s database so that it no longer opens while H2's recovery tool still
     * reads {@code canary} from it: tried on copies, block by block from the middle, and the first that does both
     * is done to the real file. Which block that is depends on the file's layout; that some block does, the
     * tests of {@code DamagedFileRecovery} show. Fails when none does.
     */
    public static void breakKeepingRows(Path folder, DatabaseKey key, String canary) throws Exception {
        Path file = DamagedFileRecovery.file(folder);
        int blocks = blocks(file);
        Path scratch = Files.createTempDirectory("schoolwatch-damage-");
        try {
            for (int i = 0; i < blocks; i++) {
                int block = blocks / 2 + ((i % 2 == 0) ? i / 2 : -(i / 2) - 1);
                if (block < 1 || block >= blocks) {
                    continue;
                }
                Path copy = Files.createDirectories(scratch.resolve("b" + block));
                Files.copy(file, DamagedFileRecovery.file(copy));
                garble(DamagedFileRecovery.file(copy), (long) block * BLOCK + 512, 512, block);
                try (Database db = Database.open(copy, key)) {
                    continue;
                } catch (DatabaseOpenException e) {
                    if (e.reason() != DatabaseOpenException.Reason.DAMAGED) {
                        continue;
                    }
                }
                try {
                    var export = DamagedFileRecovery.exportReadable(copy,
                            DamagedFileRecovery.file(copy), key, LocalDateTime.now(), p -> { });
                    if (Files.readString(export.script()).contains(canary)) {
                        garble(file, (long) block * BLOCK + 512, 512, block);
                        return;
                    }
                } catch (IOException e) {
                    // This damage leaves nothing readable; try the next block.
                }
            }
            throw new AssertionError("no block of " + file + " breaks the opening and keeps \"" + canary + "\" readable");
        } finally {
            try (var walk = Files.walk(scratch)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The seed of the damage {@link #breakAfterOpening} found, per file length: the search runs once per test run. */
    private static final Map<String, Long> AFTER_OPENING_SEEDS = new ConcurrentHashMap<>();

    /**
     * Damages {@code folder}'s database (compacted first, so that its pages are live data) as a failing disk
     * does: three spots of 64 bytes of garbage at random places past the encryption header. The seed is the
     * first, tried on copies, whose damage the opening does not read — the head of unit signs in — while the
     * city's summary for October 2026 meets it. Returns what the summary's read threw on the copy.
     */
    public static Throwable breakAfterOpening(Path folder) throws Exception {
        return breakAfterOpening(folder, YearMonth.of(2026, 10));
    }

    /** As {@link #breakAfterOpening(Path)}, with damage that the city's summary for {@code month} meets. */
    public static Throwable breakAfterOpening(Path folder, YearMonth month) throws Exception {
        Database db = TestDatabases.open(folder);
        db.closeCompacted();
        Path file = DamagedFileRecovery.file(folder);
        long size = Files.size(file);
        Path scratch = Files.createTempDirectory("schoolwatch-damage-");
        try {
            String cacheKey = size + " " + month;
            Long known = AFTER_OPENING_SEEDS.get(cacheKey);
            for (long seed = known == null ? 1 : known; seed < 400; seed++) {
                Path copy = Files.createDirectories(scratch.resolve("s" + seed));
                Files.copy(file, DamagedFileRecovery.file(copy));
                Files.copy(folder.resolve(KeyRing.FILE_NAME),
                        copy.resolve(KeyRing.FILE_NAME));
                threeSpots(DamagedFileRecovery.file(copy), seed);
                Throwable met = summaryFails(copy, month);
                if (met != null) {
                    AFTER_OPENING_SEEDS.put(cacheKey, seed);
                    threeSpots(file, seed);
                    return met;
                }
            }
            throw new AssertionError("no damage of " + file + " is missed by the opening and met by the summary");
        } finally {
            try (var walk = Files.walk(scratch)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void threeSpots(Path file, long seed) throws IOException {
        long size = Files.size(file);
        Random random = new Random(seed);
        for (int k = 0; k < 3; k++) {
            long at = BLOCK + (long) (random.nextDouble() * (size - BLOCK - 64));
            garble(file, at, 64, seed * 31 + k);
        }
    }

    /** What reading the summary threw after a sign-in that went through, or null (no sign-in, or no failure). */
    private static Throwable summaryFails(Path folder, YearMonth month) {
        var clock = Clock.systemDefaultZone();
        SignedIn session;
        try {
            session = new SignInService(folder, clock)
                    .signIn(TestSessions.HEAD, TestSessions.PASSWORD.toCharArray());
        } catch (DatabaseDamagedException e) {
            e.damaged().close();
            return null;
        } catch (Exception | AssertionError e) {
            return null;
        }
        try {
            AppContext context = new AppContext(session, Messages.russian(), clock);
            var summaries = context.monthlySummaries();
            summaries.summarize(month, summaries.cityScope());
            return null;
        } catch (RuntimeException e) {
            return e;
        } finally {
            session.database().closeWithoutWriting();
            session.key().close();
        }
    }

    /** The number of whole blocks in the file. */
    public static int blocks(Path file) throws IOException {
        return (int) (Files.size(file) / BLOCK);
    }
}
