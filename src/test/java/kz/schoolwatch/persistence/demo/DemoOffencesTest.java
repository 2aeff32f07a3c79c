// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.demo;

import static kz.schoolwatch.persistence.jooq.Tables.OFFENCE;
import static kz.schoolwatch.persistence.jooq.Tables.OFFENCE_KIND;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import kz.schoolwatch.EngineCases;
import kz.schoolwatch.EngineDatabases;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The demo city's offences: each description tells of an offence of its own kind («Порча имущества» is no vape). */
class DemoOffencesTest {

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

    /** The cases, run once per engine on one demo city. */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Cases extends EngineCases {

        Cases(Engine engine) {
            super(engine, EngineDatabases.perClass());
        }

        private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
        private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

        private Database db;

        @BeforeAll
        void seed(@TempDir Path folder) throws Exception {
            db = databases.openWithDemoCity(engine, folder, Clock.fixed(TODAY.atStartOfDay(ALMATY).toInstant(), ALMATY));
        }

        @Test
        void everyDemoOffencesDescriptionBelongsToItsKind() {
            var rows = db.dsl().select(OFFENCE_KIND.NAME, OFFENCE.DESCRIPTION).from(OFFENCE).join(OFFENCE_KIND)
                    .on(OFFENCE_KIND.ID.eq(OFFENCE.OFFENCE_KIND_ID)).fetch();
            assertThat(rows).hasSize(60);
            for (var r : rows) {
                assertThat(DemoNames.OFFENCE_NOTES.get(r.value1())).as("kind «%s»", r.value1()).contains(r.value2());
            }
            // The old mismatch the demo showed.
            assertThat(rows).noneMatch(r -> r.value1().equals("Порча имущества") && r.value2().contains("вейп"));
        }

        @Test
        void everyKindOfTheReferenceListHasItsOwnDescriptionsAndNoneIsShared() {
            List<String> kinds = db.dsl().select(OFFENCE_KIND.NAME).from(OFFENCE_KIND).fetch(OFFENCE_KIND.NAME);
            assertThat(DemoNames.OFFENCE_NOTES.keySet()).containsExactlyInAnyOrderElementsOf(kinds);
            Set<String> seen = new HashSet<>();
            DemoNames.OFFENCE_NOTES.forEach((kind, notes) -> {
                // As many as the draw's bound, so choosing one keeps the seeded sequence (and the demo figures) unchanged.
                assertThat(notes).as(kind).hasSize(DemoNames.OFFENCE_NOTE_DRAW);
                notes.forEach(n -> assertThat(seen.add(n)).as("«%s» under two kinds", n).isTrue());
            });
        }
    }
}
