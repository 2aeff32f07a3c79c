// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Makes the fixture of one schema version (see {@link SchemaFixtures}) when asked, from the project folder:
 * {@code mvn -B -q test -Dtest=SchemaFixtureGenerator -Dfixture.version=4 -Dsurefire.failIfNoSpecifiedTests=false}.
 * Skipped in every other run.
 */
class SchemaFixtureGenerator {

    @Test
    @EnabledIfSystemProperty(named = "fixture.version", matches = "\\d+")
    void writesTheFixtureOfTheAskedVersion() throws Exception {
        Path written = SchemaFixtures.generate(Integer.parseInt(System.getProperty("fixture.version")));
        assertThat(Files.size(written)).isPositive();
    }
}
