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

class ReferenceListServiceTest {

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

        @TempDir
        Path folder;

        @Test
        void purposesAreAddedRenamedAndRetiredButNeverDuplicated() throws Exception {
            try (Database db = databases.open(engine, folder)) {
                ReferenceListService lists = new ReferenceListService(db, new ReferenceListRepository(db), new DataChanges(), TestDatabases.admin());
                assertThat(lists.active(ReferenceList.VISIT_PURPOSE)).extracting(ReferenceItem::name)
                        .startsWith("Плановая проверка", "Профилактическая беседа");

                int id = lists.add(ReferenceList.VISIT_PURPOSE, "  Проверка школьного автобуса ");
                assertThat(lists.active(ReferenceList.VISIT_PURPOSE)).last().isEqualTo(new ReferenceItem(id, "Проверка школьного автобуса", 8, true, 1));

                assertThatThrownBy(() -> lists.add(ReferenceList.VISIT_PURPOSE, "Плановая проверка"))
                        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                                .containsExactly(FieldError.of("name", "reference.error.duplicate")));
                assertThatThrownBy(() -> lists.add(ReferenceList.EVENT_TYPE, " "))
                        .isInstanceOf(ValidationException.class);

                lists.rename(ReferenceList.VISIT_PURPOSE, id, "Проверка подвоза учащихся", 1);
                lists.setActive(ReferenceList.VISIT_PURPOSE, id, false, 2);
                assertThat(lists.active(ReferenceList.VISIT_PURPOSE)).extracting(ReferenceItem::id).doesNotContain(id);
                assertThat(lists.all(ReferenceList.VISIT_PURPOSE)).contains(new ReferenceItem(id, "Проверка подвоза учащихся", 8, false, 3));

                int kind = lists.add(ReferenceList.OFFENCE_KIND, "Мошенничество");
                assertThat(lists.active(ReferenceList.OFFENCE_KIND)).extracting(ReferenceItem::id).contains(kind);
            }
        }
    }
}
