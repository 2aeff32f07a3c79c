// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import kz.schoolwatch.EngineCases;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.ReferenceItem;
import kz.schoolwatch.domain.ReferenceList;
import kz.schoolwatch.persistence.ReferenceListRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two administrators on the same entry of a list (issue 18): a rename over someone else's rename or retirement
 * is refused with the entry as stored now; a retirement of an entry renamed meanwhile is refused; an entry gone
 * is said to be gone. On both engines.
 */
class ReferenceListConflictsTest {

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

        private static final ReferenceList LIST = ReferenceList.OFFENCE_KIND;

        Cases(Engine engine) {
            super(engine);
        }

        @TempDir
        Path folder;

        private static ReferenceItem stored(ReferenceListService lists, int id) {
            return lists.all(LIST).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
        }

        @Test
        void aRenameOverSomeoneElsesRenameIsRefusedWithTheirName() throws Exception {
            try (Database db = databases.open(engine, folder)) {
                ReferenceListService lists = new ReferenceListService(db, new ReferenceListRepository(db), new DataChanges(),
                        TestDatabases.admin());
                int id = lists.add(LIST, "Мошенничество");
                ReferenceItem opened = stored(lists, id);
                assertThat(opened.version()).isEqualTo(1);
                lists.rename(LIST, id, "Мошенничество (в т.ч. в интернете)", opened.version());

                assertThatThrownBy(() -> lists.rename(LIST, id, "Мошенничество среди учащихся", opened.version()))
                        .isInstanceOfSatisfying(EditConflictException.class, e -> assertThat(e.current(ReferenceItem.class))
                                .isEqualTo(new ReferenceItem(id, "Мошенничество (в т.ч. в интернете)", opened.sortOrder(), true, 2)));
                assertThat(stored(lists, id).name()).isEqualTo("Мошенничество (в т.ч. в интернете)");

                // Retiring what the other administrator renamed since it was shown is refused too.
                assertThatThrownBy(() -> lists.setActive(LIST, id, false, opened.version()))
                        .isInstanceOfSatisfying(SaveFailedException.class, e ->
                                assertThat(e.messageKey()).isEqualTo("common.error.changedBeforeDelete"));
                assertThat(stored(lists, id).active()).isTrue();

                lists.setActive(LIST, id, false, 2);
                assertThat(stored(lists, id)).extracting(ReferenceItem::active, ReferenceItem::version).containsExactly(false, 3);
                // A rename made over the entry as it was before its retirement meets the retirement.
                assertThatThrownBy(() -> lists.rename(LIST, id, "Мошенничество", 2)).isInstanceOf(EditConflictException.class);
            }
        }

        @Test
        void anEntryGoneMeanwhileIsSaidToBeGone() throws Exception {
            try (Database db = databases.open(engine, folder)) {
                ReferenceListService lists = new ReferenceListService(db, new ReferenceListRepository(db), new DataChanges(),
                        TestDatabases.admin());
                int id = lists.add(LIST, "Самовольный уход с уроков группой");
                db.dsl().execute("DELETE FROM offence_kind WHERE id = ?", id);

                assertThatThrownBy(() -> lists.rename(LIST, id, "Самовольный уход с уроков (изменено)", 1))
                        .isInstanceOfSatisfying(SaveFailedException.class, e -> assertThat(e.messageKey()).isEqualTo("common.error.gone"));
                assertThatThrownBy(() -> lists.setActive(LIST, id, false, 1))
                        .isInstanceOfSatisfying(SaveFailedException.class, e -> assertThat(e.messageKey()).isEqualTo("common.error.gone"));
            }
        }
    }
}
