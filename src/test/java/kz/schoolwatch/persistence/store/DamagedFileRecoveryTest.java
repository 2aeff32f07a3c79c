// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.domain.RecoveryExport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import kz.schoolwatch.TestDamage;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.persistence.jooq.Tables;
import kz.schoolwatch.persistence.security.DatabaseKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged database file is reported as damaged (not as a wrong key or an unreadable folder), and H2's recovery
 * tool, run on a copy, extracts what can still be read.
 */
class DamagedFileRecoveryTest {

    private static final int SCHOOLS = 40;

    @TempDir
    Path dir;

    private Path original;
    private DatabaseKey key;

    /** A small database with recognisable rows, compacted on close so its layout is the same each run. */
    @BeforeEach
    void makeDatabase() throws Exception {
        Path folder = dir.resolve("original");
        Database db = TestDatabases.open(folder);
        TestRows rows = new TestRows(db);
        for (int i = 0; i < SCHOOLS; i++) {
            long id = rows.school(900 + i, 1);
            String name = "Canary school " + (900 + i);
            db.write(cfg -> cfg.dsl().update(Tables.SCHOOL).set(Tables.SCHOOL.NAME, name).where(Tables.SCHOOL.ID.eq(id)).execute());
        }
        db.closeCompacted();
        original = DamagedFileRecovery.file(folder);
        key = TestDatabases.key(folder);
    }

    /** A copy of the database with {@code damage} done to it, in a folder of its own. */
    private Path copy(String name) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.copy(original, DamagedFileRecovery.file(folder));
        return folder;
    }

    private DatabaseOpenException.Reason openFailure(Path folder) {
        try (Database db = Database.open(folder, key)) {
            return null;
        } catch (DatabaseOpenException e) {
            return e.reason();
        }
    }

    @Test
    void everyBlockThatBreaksTheOpeningIsReportedAsDamagedNeverAsAWrongKey() throws Exception {
        Map<Integer, DatabaseOpenException.Reason> failures = new TreeMap<>();
        // Block 0 is the encryption header with its salt: without it no key fits, and H2 cannot tell (see RELIABILITY.md).
        for (int block = 1; block < TestDamage.blocks(original); block++) {
            Path folder = copy("block-" + block);
            TestDamage.garble(DamagedFileRecovery.file(folder), (long) block * TestDamage.BLOCK + 512, 512, block);
            DatabaseOpenException.Reason reason = openFailure(folder);
            if (reason != null) {
                failures.put(block, reason);
            }
        }
        assertThat(failures).as("blocks whose damage stops the database from opening").hasSizeGreaterThanOrEqualTo(3);
        assertThat(failures.values()).as("reason per damaged block: %s", failures).containsOnly(DatabaseOpenException.Reason.DAMAGED);
    }

    @Test
    void aDestroyedEndIsDamagedAndNotAnEmptyDatabaseToMigrate() throws Exception {
        Path folder = copy("end");
        TestDamage.garbleSecondHalf(DamagedFileRecovery.file(folder));
        assertThat(openFailure(folder)).isEqualTo(DatabaseOpenException.Reason.DAMAGED);

        Path truncated = copy("truncated");
        byte[] bytes = Files.readAllBytes(original);
        Files.write(DamagedFileRecovery.file(truncated), Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(openFailure(truncated)).isEqualTo(DatabaseOpenException.Reason.DAMAGED);
        // Nothing was migrated into it: it is no bigger than what was left of it plus H2's own header and one chunk.
        assertThat(Files.size(DamagedFileRecovery.file(truncated))).isLessThan(bytes.length / 2 + 64 * 1024);
    }

    @Test
    void anotherKeyOnAnIntactFileIsStillAWrongKeyAndLeavesTheFileAsItWas() throws Exception {
        Path folder = copy("other-key");
        byte[] before = Files.readAllBytes(DamagedFileRecovery.file(folder));
        try (DatabaseKey other = DatabaseKey.random()) {
            assertThatThrownBy(() -> Database.open(folder, other))
                    .isInstanceOfSatisfying(DatabaseOpenException.class,
                            e -> assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.WRONG_KEY));
        }
        assertThat(Files.readAllBytes(DamagedFileRecovery.file(folder))).isEqualTo(before);
    }

    @Test
    void exportWritesTheReadableRowsIntoARecoveredFolderAndLeavesTheDamagedFileAsItWas() throws Exception {
        List<String> tried = new ArrayList<>();
        String found = null;
        for (int block = TestDamage.blocks(original) - 1; block > 0 && found == null; block--) {
            Path folder = copy("export-" + block);
            Path file = DamagedFileRecovery.file(folder);
            TestDamage.garble(file, (long) block * TestDamage.BLOCK + 512, 512, block);
            if (openFailure(folder) != DatabaseOpenException.Reason.DAMAGED) {
                continue;
            }
            byte[] damaged = Files.readAllBytes(file);
            RecoveryExport export;
            try {
                export = DamagedFileRecovery.exportReadable(folder, file, key, LocalDateTime.of(2025, 3, 1, 10, 0), p -> { });
            } catch (IOException e) {
                // H2's tool gives up on some damage before writing anything; the user is told so.
                tried.add("block " + block + ": " + e.getMessage());
                assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
                assertThat(folder.resolve("recovered-20250301-100000")).as("nothing decrypted is left").doesNotExist();
                continue;
            }

            assertThat(Files.readAllBytes(file)).as("the damaged file after the export").isEqualTo(damaged);
            assertThat(export.script().getParent().getFileName().toString()).isEqualTo("recovered-20250301-100000");
            assertThat(export.script().getParent().getParent()).isEqualTo(folder);
            try (Stream<Path> left = Files.walk(export.script().getParent())) {
                assertThat(left.filter(Files::isRegularFile).toList()).as("no decrypted copy or page dump is left")
                        .containsExactly(export.script());
            }
            String script = Files.readString(export.script(), StandardCharsets.UTF_8);
            long canaries = script.lines().filter(l -> l.startsWith("INSERT INTO O_"))
                    .flatMap(l -> Pattern.compile("Canary school 9\\d\\d").matcher(l).results().map(m -> m.group()))
                    .distinct().count();
            tried.add("block " + block + ": " + canaries + " rows, complete " + export.complete());
            if (canaries == SCHOOLS) {
                found = "block " + block;
            }
        }
        assertThat(found).as("a damage H2 refuses to open from which the export reads every school back; tried %s", tried).isNotNull();
    }
}
