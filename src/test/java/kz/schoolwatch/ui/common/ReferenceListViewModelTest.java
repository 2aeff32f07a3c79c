// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.ReferenceItem;
import kz.schoolwatch.domain.ReferenceList;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.ReferenceListRepository;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.ReferenceListService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference-list editor's model, run in step against a real database. */
class ReferenceListViewModelTest {

    private static final Messages RU = Messages.russian();
    private static final ReferenceList LIST = ReferenceList.VISIT_PURPOSE;

    @TempDir
    Path folder;

    private Database db;
    private ReferenceListService service;
    private ReferenceListViewModel model;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        service = new ReferenceListService(db, new ReferenceListRepository(db), new DataChanges(), TestDatabases.admin());
        model = new ReferenceListViewModel(service, LIST, new InStepTaskRunner());
        model.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anAddedEntryIsStoredListedAndChosen() {
        int before = service.all(LIST).size();
        assertThat(model.items()).hasSize(before);
        model.nameProperty().set("  Беседа с классным руководителем ");
        model.add();

        assertThat(model.errors()).isEmpty();
        assertThat(service.all(LIST)).hasSize(before + 1).extracting(ReferenceItem::name).contains("Беседа с классным руководителем");
        assertThat(model.selectedProperty().get().name()).isEqualTo("Беседа с классным руководителем");
        assertThat(model.nameProperty().get()).isEqualTo("Беседа с классным руководителем");
    }

    @Test
    void aBlankNameIsRefusedAtTheFieldAndNothingIsStored() {
        int before = service.all(LIST).size();
        model.nameProperty().set("   ");
        model.add();

        assertThat(model.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("name");
            assertThat(RU.get(e.messageKey())).isEqualTo(RU.get("validation.required"));
        });
        assertThat(service.all(LIST)).hasSize(before);
    }

    @Test
    void theChosenEntryIsRenamedAndRetiredButNeverDeleted() {
        ReferenceItem first = model.items().get(0);
        model.selectedProperty().set(first);
        assertThat(model.nameProperty().get()).isEqualTo(first.name());
        model.nameProperty().set("Плановое посещение (новое название)");
        model.rename();
        ReferenceItem renamed = model.selectedProperty().get();
        assertThat(renamed.id()).isEqualTo(first.id());
        model.toggleActive();

        ReferenceItem stored = service.all(LIST).stream().filter(i -> i.id() == first.id()).findFirst().orElseThrow();
        assertThat(stored.name()).isEqualTo("Плановое посещение (новое название)");
        assertThat(stored.active()).isFalse();
        assertThat(model.errors()).isEmpty();
    }

    @Test
    void aNameAlreadyInTheListIsRefusedAtTheField() {
        String taken = model.items().get(0).name();
        model.nameProperty().set(taken);
        model.add();

        assertThat(model.errors()).extracting(FieldError::field).containsExactly("name");
        assertThat(RU.get(model.errors().get(0).messageKey())).isEqualTo(RU.get("reference.error.duplicate"));
    }

    @Test
    void aShippedEntryShownInKazakhIsNotStoredInKazakhByARenameThatChangesNothing() {
        Messages kazakh = Messages.of(kz.schoolwatch.i18n.Language.KAZAKH);
        ReferenceListService shown = new ReferenceListService(db,
                new ReferenceListRepository(db, kz.schoolwatch.i18n.ReferenceNames.in(kazakh)), new DataChanges(), TestDatabases.admin());
        ReferenceListViewModel inKazakh = new ReferenceListViewModel(shown, LIST, new InStepTaskRunner());
        inKazakh.load();
        ReferenceItem first = inKazakh.items().get(0);
        assertThat(first.name()).isEqualTo("Жоспарлы тексеру");

        inKazakh.selectedProperty().set(first);
        inKazakh.rename();

        assertThat(service.all(LIST)).extracting(ReferenceItem::name).contains("Плановая проверка").doesNotContain("Жоспарлы тексеру");
    }
}
