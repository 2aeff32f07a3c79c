// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static kz.schoolwatch.persistence.jooq.Tables.EVENT_TYPE;
import static kz.schoolwatch.persistence.jooq.Tables.POLICE_RANK;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.stream.Stream;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.Texts;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.i18n.DatabaseErrors;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real database file in a temp folder, with the real migrations. */
class DatabaseTest {

    @TempDir
    Path folder;

    @Test
    void newDatabaseGetsTheSchemaAndReferenceRows() throws Exception {
        try (Database db = TestDatabases.open(folder)) {
            assertThat(db.file()).exists();
            assertThat(db.dsl().fetch(DISTRICT).getValues(DISTRICT.NAME)).containsExactly(
                    "Алатауский", "Алмалинский", "Ауэзовский", "Бостандыкский", "Жетысуский", "Медеуский", "Наурызбайский", "Турксибский");
            assertThat(db.dsl().fetchCount(POLICE_RANK)).isEqualTo(14);
            assertThat(db.dsl().fetch(EVENT_TYPE).getValues(EVENT_TYPE.NAME)).contains("«Родительский час»", "Встреча с судьями СМСН");
        }
    }

    @Test
    void committedWriteSurvivesARestart() throws Exception {
        try (Database db = TestDatabases.open(folder)) {
            db.write(cfg -> cfg.dsl().insertInto(SCHOOL, SCHOOL.SCHOOL_NUMBER, SCHOOL.NAME, SCHOOL.SCHOOL_TYPE, SCHOOL.DISTRICT_ID)
                    .values(125, "КГУ «Общеобразовательная школа №125»", "GENERAL", 1).execute());
        }
        try (Database db = TestDatabases.open(folder)) {
            assertThat(db.dsl().fetchValue(SCHOOL.NAME, SCHOOL.SCHOOL_NUMBER.eq(125))).isEqualTo("КГУ «Общеобразовательная школа №125»");
        }
    }

    @Test
    void secondOpenOfTheSameFolderIsRefusedAndSaysWho() throws Exception {
        try (Database first = TestDatabases.open(folder)) {
            assertThatThrownBy(() -> TestDatabases.open(folder))
                    .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                        assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.IN_USE);
                        assertThat(e.detail()).contains("PID " + ProcessHandle.current().pid());
                        assertThat(DatabaseErrors.describe(e, Messages.russian())).startsWith(Texts.prefix("db.error.inUse"));
                    });
        }
        // Released on close: a later copy opens it.
        try (Database again = TestDatabases.open(folder)) {
            assertThat(again.dsl().fetchCount(DISTRICT)).isEqualTo(8);
        }
    }

    @Test
    void databaseFromANewerVersionIsRefusedWithAClearMessage() throws Exception {
        try (Database db = TestDatabases.open(folder)) {
            db.dsl().execute("CREATE TABLE future_feature (id INT)");
        }
        // A later SchoolWatch would have recorded migration 99.
        try (var c = TestDatabases.connect(folder);
             var st = c.createStatement()) {
            st.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", "
                    + "\"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'sa', 1, TRUE)");
        }
        assertThatThrownBy(() -> TestDatabases.open(folder))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.TOO_NEW);
                    assertThat(e.detail()).isEqualTo("99");
                    assertThat(DatabaseErrors.describe(e, Messages.russian()))
                            .isEqualTo(Texts.of("db.error.tooNew", "99"));
                });
        // The refusal released the folder.
        assertThat(Files.exists(folder.resolve("schoolwatch.lock"))).isTrue();
    }

    @Test
    void schemaVersionConstantMatchesTheNewestMigration() throws IOException {
        assertThat(Database.SCHEMA_VERSION).isEqualTo(Engine.H2.schemaVersion());
        for (Engine engine : Engine.values()) {
            int newest = 0;
            for (String folder : engine.migrationFolders()) {
                try (Stream<Path> files = Files.walk(Path.of(folder.substring(1)))) {
                    newest = Math.max(newest, files.map(p -> p.getFileName().toString())
                            .filter(n -> n.matches("V\\d+__.*\\.sql"))
                            .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                            .max().orElseThrow());
                }
            }
            assertThat(engine.schemaVersion()).as(engine.name()).isEqualTo(newest);
        }
    }

    @Test
    void constraintsProtectTheData() throws Exception {
        try (Database db = TestDatabases.open(folder)) {
            var dsl = db.dsl();
            long school = dsl.insertInto(SCHOOL, SCHOOL.SCHOOL_NUMBER, SCHOOL.NAME, SCHOOL.SCHOOL_TYPE, SCHOOL.DISTRICT_ID)
                    .values(1, "Школа №1", "GENERAL", 1).returning(SCHOOL.ID).fetchOne().getId();
            // Unique school numbers.
            assertThatThrownBy(() -> dsl.insertInto(SCHOOL, SCHOOL.SCHOOL_NUMBER, SCHOOL.NAME, SCHOOL.SCHOOL_TYPE, SCHOOL.DISTRICT_ID)
                    .values(1, "Другая школа №1", "GENERAL", 1).execute()).isInstanceOf(DataAccessException.class);
            // Counts are never negative.
            assertThatThrownBy(() -> dsl.update(SCHOOL).set(SCHOOL.PUPILS, -1).where(SCHOOL.ID.eq(school)).execute())
                    .isInstanceOf(DataAccessException.class);
            // Camera placement is outdoor or indoor.
            assertThatThrownBy(() -> dsl.insertInto(CAMERA, CAMERA.SCHOOL_ID, CAMERA.PLACEMENT).values(school, "ROOF").execute())
                    .isInstanceOf(DataAccessException.class);
            // A camera belongs to an existing school.
            assertThatThrownBy(() -> dsl.insertInto(CAMERA, CAMERA.SCHOOL_ID, CAMERA.PLACEMENT).values(999_999L, "INDOOR").execute())
                    .isInstanceOf(DataAccessException.class);
            // A school needs a real district.
            assertThatThrownBy(() -> dsl.insertInto(SCHOOL, SCHOOL.SCHOOL_NUMBER, SCHOOL.NAME, SCHOOL.SCHOOL_TYPE, SCHOOL.DISTRICT_ID)
                    .values(2, "Школа №2", "GENERAL", 42).execute()).isInstanceOf(DataAccessException.class);
            assertThat(dsl.fetchCount(CAMERA)).isZero();
        }
    }
}
