// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.ReferenceItem;
import kz.schoolwatch.domain.ReferenceList;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.ReferenceListRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.ReferenceListService;
import kz.schoolwatch.ui.common.ConflictViewModel.Resolution;
import kz.schoolwatch.ui.common.ConflictViewModel.Side;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The list editor when another administrator renamed or retired the chosen entry after it was read (issue 18):
 * the comparison of names, theirs kept or the officer's saved over it, a retirement refused, the typing kept.
 */
class ReferenceListConflictViewModelTest {

    private static final Messages RU = Messages.russian();
    private static final ReferenceList LIST = ReferenceList.EVENT_TYPE;

    @TempDir
    Path folder;

    private Database db;
    private ReferenceListService service;
    private ReferenceListViewModel model;
    private ReferenceItem first;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        service = new ReferenceListService(db, new ReferenceListRepository(db), new DataChanges(), TestDatabases.admin());
        model = new ReferenceListViewModel(service, LIST, new InStepTaskRunner());
        model.load();
        first = model.items().get(0);
        model.selectedProperty().set(first);
        // Another administrator renames the same entry meanwhile.
        service.rename(LIST, first.id(), first.name() + " (их)", first.version());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ReferenceItem stored() {
        return service.all(LIST).stream().filter(i -> i.id() == first.id()).findFirst().orElseThrow();
    }

    @Test
    void aRenameOverTheirsShowsBothNamesAndMineIsSavedOverTheirs() {
        model.nameProperty().set(first.name() + " (моё)");
        model.rename();

        assertThat(model.errors()).containsExactly(FieldError.of("form", "conflict.changedMeanwhile"));
        assertThat(model.nameProperty().get()).isEqualTo(first.name() + " (моё)");
        ConflictViewModel<?> conflict = model.conflictProperty().get();
        assertThat(conflict.rows()).singleElement().satisfies(r -> {
            assertThat(r.text(RU, Side.THEIRS)).isEqualTo(first.name() + " (их)");
            assertThat(r.text(RU, Side.MINE)).isEqualTo(first.name() + " (моё)");
            assertThat(r.choiceProperty().get()).isEqualTo(Side.MINE);
        });

        conflict.resolve(Resolution.MERGE);

        assertThat(model.errors()).isEmpty();
        assertThat(stored()).extracting(ReferenceItem::name, ReferenceItem::version).containsExactly(first.name() + " (моё)", 3);
        assertThat(model.selectedProperty().get().version()).isEqualTo(3);
    }

    @Test
    void keepingTheirsShowsTheirName() {
        model.nameProperty().set(first.name() + " (моё)");
        model.rename();

        model.conflictProperty().get().resolve(Resolution.KEEP_THEIRS);

        assertThat(model.nameProperty().get()).isEqualTo(first.name() + " (их)");
        assertThat(model.selectedProperty().get().version()).isEqualTo(2);
        assertThat(stored().name()).isEqualTo(first.name() + " (их)");
    }

    @Test
    void retiringAnEntryRenamedMeanwhileIsRefusedAndTheListShowsTheirName() {
        model.toggleActive();

        assertThat(model.errors()).containsExactly(FieldError.of("form", "common.error.changedBeforeDelete"));
        assertThat(stored().active()).isTrue();
        assertThat(model.items()).extracting(ReferenceItem::name).contains(first.name() + " (их)");
        // Still chosen, as stored now: a second try retires it.
        assertThat(model.selectedProperty().get()).extracting(ReferenceItem::name, ReferenceItem::version)
                .containsExactly(first.name() + " (их)", 2);
        model.toggleActive();
        assertThat(stored().active()).isFalse();
    }
}
