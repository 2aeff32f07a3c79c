// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.security.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session's services name shipped rows in the language spoken, and a switch makes the screens read again. */
class ReferenceNamesSwitchTest {

    @TempDir
    Path folder;

    @Test
    void aSwitchOfLanguageRenamesShippedRowsAndAsksTheScreensToReadAgain() throws Exception {
        Messages messages = Messages.of(Language.KAZAKH);
        List<DataChanges.Topic> published = new ArrayList<>();
        try (AppContext context = new AppContext(new SignedIn(TestDatabases.open(folder), TestDatabases.key(folder),
                TestDatabases.account(Role.HEAD, null, null)), messages, Clock.systemDefaultZone())) {
            context.changes().subscribe(published::add);
            assertThat(context.lookups().districts()).extracting(Lookup::name).contains("Алмалы ауданы");

            messages.switchTo(Language.ENGLISH);

            assertThat(published).contains(DataChanges.Topic.SCHOOLS, DataChanges.Topic.REFERENCE)
                    .doesNotContain(DataChanges.Topic.AUDIT);
            assertThat(context.lookups().districts()).extracting(Lookup::name).contains("Almaly district");
        }
        published.clear();
        messages.switchTo(Language.RUSSIAN);
        assertThat(published).as("a closed session no longer listens").isEmpty();
    }
}
