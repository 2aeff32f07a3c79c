// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import static kz.schoolwatch.persistence.jooq.Tables.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.persistence.TestRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The part-written block a failed write leaves is cut, and nothing else is ever touched. */
class TornTailTest {

    @Test
    void aPartWrittenBlockAfterTheLastSaveIsCutAndTheSaveIsStillThere(@TempDir Path folder) throws Exception {
        long officer;
        try (Database db = TestDatabases.open(folder)) {
            officer = new TestRows(db).officer("Обрезов", "912345", 1);
        }
        Path file = folder.resolve("schoolwatch.mv.db");
        long whole = Files.size(file);
        assertThat(whole % TornTail.BLOCK).isZero();
        // What a full disk leaves: the start of the next chunk, cut at an odd byte.
        Files.write(file, garbage(1_234), StandardOpenOption.APPEND);

        assertThat(TornTail.trim(file)).isEqualTo(1_234);
        assertThat(Files.size(file)).isEqualTo(whole);
        try (Database db = TestDatabases.open(folder)) {
            assertThat(lastName(db, officer)).isEqualTo("Обрезов");
        }
    }

    @Test
    void theDatabaseOpensWithItsLastSaveWhenAPreviousSessionLeftATornTail(@TempDir Path folder) throws Exception {
        long officer;
        try (Database db = TestDatabases.open(folder)) {
            officer = new TestRows(db).officer("Хвостова", "912346", 1);
        }
        Files.write(folder.resolve("schoolwatch.mv.db"), garbage(100), StandardOpenOption.APPEND);

        try (Database db = TestDatabases.open(folder)) {
            assertThat(lastName(db, officer)).isEqualTo("Хвостова");
        }
        assertThat(Files.size(folder.resolve("schoolwatch.mv.db")) % TornTail.BLOCK).isZero();
    }

    @Test
    void filesThatAreNotEncryptedH2FilesAreLeftAlone(@TempDir Path folder) throws IOException {
        Path plain = folder.resolve("other.mv.db");
        byte[] content = garbage(3 * TornTail.BLOCK + 17);
        content[0] = 'H';
        Files.write(plain, content);

        assertThat(TornTail.trim(plain)).isZero();
        assertThat(Files.readAllBytes(plain)).isEqualTo(content);
        assertThat(TornTail.trim(folder.resolve("missing.mv.db"))).isZero();
    }

    private static String lastName(Database db, long officer) {
        return db.dsl().select(OFFICER.LAST_NAME).from(OFFICER).where(OFFICER.ID.eq(officer)).fetchOne(OFFICER.LAST_NAME);
    }

    private static byte[] garbage(int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 0x5A);
        return bytes;
    }
}
