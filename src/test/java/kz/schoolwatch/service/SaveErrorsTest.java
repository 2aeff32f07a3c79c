// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import kz.schoolwatch.EngineCases;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.CheckItem;
import kz.schoolwatch.domain.CheckResult;
import kz.schoolwatch.domain.LeisureCentreDraft;
import kz.schoolwatch.domain.OfficerDraft;
import kz.schoolwatch.domain.SecurityCheck;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.LeisureRepository;
import kz.schoolwatch.persistence.OfficerRepository;
import kz.schoolwatch.persistence.SecurityCheckRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refusal of the database reads the same whichever service made the write; nothing is published then. */
class SaveErrorsTest {

    @Nested
    class OnH2 extends Cases {
        OnH2() {
            super(Engine.H2);
        }
    }

    @Nested
    class OnPostgreSql extends Cases {
        OnPostgreSql() {
            super(Engine.POSTGRESQL);
        }
    }

    /** The cases, run once per engine. */
    abstract static class Cases extends EngineCases {

        Cases(Engine engine) {
            super(engine);
        }

        private static final int NO_SUCH_DISTRICT = 9_999;
        private static final long NO_SUCH_SCHOOL = 999_999;
        private static final long NO_SUCH_OFFICER = 999_999;

        @TempDir
        Path folder;

        private Database db;
        private TestRows rows;
        private final List<DataChanges.Topic> published = new ArrayList<>();
        private DataChanges changes;

        @BeforeEach
        void open() throws Exception {
            db = databases.open(engine, folder);
            rows = new TestRows(db);
            changes = new DataChanges();
            changes.subscribe(published::add);
        }

        @Test
        void theSameForeignKeyRefusalGivesTheSameMessageInEveryService() {
            OfficerService officers = new OfficerService(db, new OfficerRepository(db), changes, TestDatabases.head());
            SecurityCheckService checks = new SecurityCheckService(db, new SecurityCheckRepository(db), changes,
                    Clock.systemDefaultZone(), TestDatabases.head());
            long school = rows.school(150, 2);
            Map<CheckItem, CheckResult> allOk = new EnumMap<>(CheckItem.class);
            for (CheckItem item : CheckItem.values()) {
                allOk.put(item, CheckResult.OK);
            }
            published.clear();

            SaveFailedException officer = catchThrowableOfType(() -> officers.create(new OfficerDraft(9, "Исин", "Тимур", null,
                    "100200", NO_SUCH_DISTRICT, null, true, 0)), SaveFailedException.class);
            // A check names its officer: one that is not there (a school that is not there has its own message).
            SaveFailedException check = catchThrowableOfType(() -> checks.record(new SecurityCheck(null, school, NO_SUCH_OFFICER,
                    null, LocalDate.now().minusDays(1), allOk, null)), SaveFailedException.class);

            assertThat(officer.messageKey()).isEqualTo("save.error.reference");
            assertThat(check.messageKey()).isEqualTo(officer.messageKey());
            Messages messages = Messages.russian();
            assertThat(messages.get(check.messageKey(), check.args().toArray()))
                    .isEqualTo(messages.get(officer.messageKey(), officer.args().toArray()));
            assertThat(rows.count("officer")).isZero();
            assertThat(rows.count("security_check")).isZero();
            assertThat(published).isEmpty();
        }

        @Test
        void aForeignKeyTheServiceExplainsGoesNextToItsField() {
            LeisureService leisure = new LeisureService(db, new LeisureRepository(db), changes, TestDatabases.head());

            SaveFailedException centre = catchThrowableOfType(() -> leisure.save(null,
                    new LeisureCentreDraft("Центр «Жастар»", NO_SUCH_DISTRICT, null, List.of())), SaveFailedException.class);
            ValidationException counts = catchThrowableOfType(() -> leisure.putAttendance(NO_SUCH_SCHOOL,
                    LocalDate.of(2026, 3, 1), 10, 20, 0), ValidationException.class);

            assertThat(centre.messageKey()).isEqualTo("save.error.reference");
            assertThat(counts.errors()).containsExactly(FieldError.of("centre", "leisure.error.centreGone"));
            assertThat(published).isEmpty();
        }

        @Test
        void aChangeIsPublishedOnceAfterItsCommit() {
            List<Integer> officersSeen = new ArrayList<>();
            OfficerService officers = new OfficerService(db, new OfficerRepository(db), changes, TestDatabases.head());
            changes.subscribe(topic -> officersSeen.add(rows.count("officer")));

            officers.create(new OfficerDraft(9, "Исин", "Тимур", null, "100200", 2, null, true, 0));

            assertThat(published).containsExactly(DataChanges.Topic.OFFICERS);
            assertThat(officersSeen).containsExactly(1);
        }
    }
}
