// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.offences;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Offence;
import kz.schoolwatch.domain.OffenceDraft;
import kz.schoolwatch.domain.OffenceLocation;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.persistence.OffenceRepository;
import kz.schoolwatch.persistence.ReferenceListRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.service.OffenceService;
import kz.schoolwatch.service.ReferenceListService;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.ConflictViewModel;
import kz.schoolwatch.ui.common.ConflictViewModel.Resolution;
import kz.schoolwatch.ui.common.ConflictViewModel.Row;
import kz.schoolwatch.ui.common.ConflictViewModel.Side;
import kz.schoolwatch.ui.common.InStepTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offence form when another officer corrected or deleted the offence after it was opened (issue 18): the
 * comparison field by field, their version kept or the merge saved over it, and nothing typed lost.
 */
class OffenceFormConflictTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final Clock MARCH = Clock.fixed(LocalDate.of(2026, 3, 15).atStartOfDay(ALMATY).toInstant(), ALMATY);
    private static final Messages RU = Messages.russian();

    @TempDir
    Path folder;

    private Database db;
    private final InStepTaskRunner tasks = new InStepTaskRunner();
    private OffenceService offences;
    private OffencesViewModel screen;
    private long school;
    private long id;
    private int kind;
    private int otherKind;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        school = new TestRows(db).school(125, 1);
        DataChanges changes = new DataChanges();
        offences = new OffenceService(db, new OffenceRepository(db), changes, MARCH, TestDatabases.head());
        screen = new OffencesViewModel(offences, new LookupService(db, new LookupRepository(db), changes, TestDatabases.head()),
                new ReferenceListService(db, new ReferenceListRepository(db), changes, TestDatabases.head()), tasks, MARCH);
        screen.follow(new ChangeFeed(changes, tasks));
        screen.loadChoices();
        kind = screen.kinds().get(0).id();
        otherKind = screen.kinds().get(1).id();
        id = offences.save(null, new OffenceDraft(LocalDate.of(2026, 3, 2), school, kind, OffenceLocation.INSIDE, "кража", false));
        screen.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The form opened on the offence, then another officer's correction of the kind and the cameras. */
    private OffenceFormViewModel openedThenChangedElsewhere() {
        OffenceFormViewModel form = screen.form(screen.list().rows().get(0));
        offences.save(id, new OffenceDraft(LocalDate.of(2026, 3, 2), school, otherKind, OffenceLocation.INSIDE, "кража", true, 1));
        return form;
    }

    private Offence stored() {
        return new OffenceRepository(db).page(null, null, null, 0, 10).rows().get(0);
    }

    @Test
    void aSaveOverTheirCorrectionShowsBothAndTheMergeIsSavedOverTheirVersion() {
        OffenceFormViewModel form = openedThenChangedElsewhere();
        form.descriptionProperty().set("кража телефона");
        form.camerasHelpedProperty().set(false);
        form.save();

        assertThat(form.savedProperty().get()).isZero();
        assertThat(form.errors()).containsExactly(FieldError.of("form", "conflict.changedMeanwhile"));
        assertThat(form.descriptionProperty().get()).isEqualTo("кража телефона");
        ConflictViewModel<?> conflict = form.conflictProperty().get();
        assertThat(conflict.rows()).extracting(Row::component).containsExactly("kindId", "description", "camerasHelped");
        Row kindRow = conflict.rows().get(0);
        assertThat(kindRow.text(RU, Side.THEIRS)).isEqualTo(screen.kinds().get(1).name());
        assertThat(kindRow.text(RU, null)).isEqualTo(screen.kinds().get(0).name());
        assertThat(conflict.rows().get(2).text(RU, Side.THEIRS)).isEqualTo(RU.get("common.yes"));

        conflict.resolve(Resolution.MERGE);

        assertThat(form.savedProperty().get()).isEqualTo(1);
        assertThat(stored()).extracting(Offence::kindId, Offence::camerasHelped, Offence::description, Offence::version)
                .containsExactly(otherKind, true, "кража телефона", 3);
    }

    @Test
    void keepingTheirsShowsTheirVersionAndALaterSaveGoesOverIt() {
        OffenceFormViewModel form = openedThenChangedElsewhere();
        form.descriptionProperty().set("кража телефона");
        form.save();

        form.conflictProperty().get().resolve(Resolution.KEEP_THEIRS);

        assertThat(form.kindProperty().get().id()).isEqualTo(otherKind);
        assertThat(form.camerasHelpedProperty().get()).isTrue();
        assertThat(form.descriptionProperty().get()).isEqualTo("кража");
        assertThat(stored().version()).isEqualTo(2);
        form.onGroundsProperty().set(true);
        form.save();
        assertThat(form.errors()).isEmpty();
        assertThat(stored()).extracting(Offence::location, Offence::kindId, Offence::version)
                .containsExactly(OffenceLocation.GROUNDS, otherKind, 3);
    }

    @Test
    void anOffenceDeletedMeanwhileIsSaidToBeGoneAndTheTypingStays() {
        OffenceFormViewModel form = screen.form(screen.list().rows().get(0));
        offences.delete(id, 1);
        form.descriptionProperty().set("кража телефона у гардероба");
        form.save();

        assertThat(form.errors()).containsExactly(FieldError.of("form", "common.error.gone"));
        assertThat(form.conflictProperty().get()).isNull();
        assertThat(form.descriptionProperty().get()).isEqualTo("кража телефона у гардероба");
    }

    @Test
    void deletingAnOffenceCorrectedMeanwhileIsRefusedAndTheListShowsTheCorrection() {
        Offence shown = screen.list().rows().get(0);
        offences.save(id, new OffenceDraft(LocalDate.of(2026, 3, 2), school, otherKind, OffenceLocation.INSIDE, "кража", true, 1));

        screen.delete(shown);

        assertThat(screen.refusalProperty().get()).isEqualTo(FieldError.of("form", "common.error.changedBeforeDelete"));
        assertThat(screen.failureProperty().get()).isNull();
        assertThat(screen.list().rows()).singleElement().extracting(Offence::kindId).isEqualTo(otherKind);
        screen.delete(screen.list().rows().get(0));
        assertThat(screen.list().rows()).isEmpty();
    }
}
