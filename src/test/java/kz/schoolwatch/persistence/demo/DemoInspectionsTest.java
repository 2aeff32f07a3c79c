// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.demo;

import static kz.schoolwatch.persistence.jooq.Tables.CORRECTION_ORDER;
import static kz.schoolwatch.persistence.jooq.Tables.INSPECTION_FINDING;
import static kz.schoolwatch.persistence.jooq.Tables.SECURITY_CHECK;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import kz.schoolwatch.EngineCases;
import kz.schoolwatch.EngineDatabases;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo city's acts and correction orders (issue 22): a few schools checked by requirement in the last months,
 * their acts numbered per district and year, an order on every failed item; some fixed, some open, some overdue.
 */
class DemoInspectionsTest {

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
        void someSchoolsHaveActsWithOrdersFixedOpenAndOverdue() {
            var dsl = db.dsl();
            int acts = dsl.fetchCount(SECURITY_CHECK, SECURITY_CHECK.ACT_NUMBER.isNotNull());
            assertThat(acts).isBetween(10, 18);
            // Numbered 1, 2, ... within each district and year, no number twice.
            assertThat(dsl.select(SECURITY_CHECK.ACT_DISTRICT_ID, SECURITY_CHECK.ACT_YEAR, DSL.count(), DSL.max(SECURITY_CHECK.ACT_NUMBER))
                    .from(SECURITY_CHECK).where(SECURITY_CHECK.ACT_NUMBER.isNotNull())
                    .groupBy(SECURITY_CHECK.ACT_DISTRICT_ID, SECURITY_CHECK.ACT_YEAR).fetch())
                    .allSatisfy(r -> assertThat(r.value3()).isEqualTo(r.value4()));
            int failed = dsl.fetchCount(INSPECTION_FINDING, INSPECTION_FINDING.RESULT.eq("NOT_MET"));
            assertThat(dsl.fetchCount(CORRECTION_ORDER)).isEqualTo(failed).isGreaterThanOrEqualTo(acts);
            assertThat(dsl.fetchCount(CORRECTION_ORDER, CORRECTION_ORDER.CLOSED_ON.isNotNull())).isPositive();
            assertThat(dsl.fetchCount(CORRECTION_ORDER, CORRECTION_ORDER.CLOSED_ON.isNull().and(CORRECTION_ORDER.DEADLINE.lt(TODAY))))
                    .isPositive();
            assertThat(dsl.fetchCount(CORRECTION_ORDER, CORRECTION_ORDER.CLOSED_ON.isNull().and(CORRECTION_ORDER.DEADLINE.ge(TODAY))))
                    .isPositive();
            assertThat(dsl.fetchCount(CORRECTION_ORDER, CORRECTION_ORDER.CLOSED_ON.gt(TODAY))).isZero();
        }
    }
}
