// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Visit;
import kz.schoolwatch.domain.VisitDraft;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.persistence.ReferenceListRepository;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.VisitRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.service.ReferenceListService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.VisitService;
import kz.schoolwatch.ui.common.ConflictViewModel;
import kz.schoolwatch.ui.common.ConflictViewModel.Resolution;
import kz.schoolwatch.ui.common.ConflictViewModel.Row;
import kz.schoolwatch.ui.common.ConflictViewModel.Side;
import kz.schoolwatch.ui.common.FailureMessages;
import kz.schoolwatch.ui.common.InStepTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The visit form correcting a visit another officer saved meanwhile (issue 18): theirs and mine field by field, what
 * was typed kept, the merge saved over their version, or theirs shown. The other officer saves through a service of
 * their own, as on another PC.
 */
class VisitFormConflictTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).atZone(ALMATY).toInstant(), ALMATY);

    @TempDir
    Path folder;

    private Database db;
    private final InStepTaskRunner tasks = new InStepTaskRunner();
    private VisitService visits;
    private VisitService elsewhere;
    private VisitFormViewModel form;
    private long id;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        TestRows rows = new TestRows(db);
        long officer = rows.officer("Исин", "100001", 1);
        long school = rows.school(125, 1);
        DataChanges changes = new DataChanges();
        visits = new VisitService(db, new VisitRepository(db), changes, CLOCK, TestDatabases.head());
        elsewhere = new VisitService(db, new VisitRepository(db), new DataChanges(), CLOCK, TestDatabases.head());
        id = visits.create(new VisitDraft(officer, school, TODAY.atTime(9, 30), rows.firstPurposeId(), "Охрана на месте", null, 0));
        form = new VisitFormViewModel(visits, new LookupService(db, new LookupRepository(db), changes, TestDatabases.head()),
                new ReferenceListService(db, new ReferenceListRepository(db), changes, TestDatabases.head()),
                new SettingsService(new SettingsRepository(db), changes, TestDatabases.head()), tasks, CLOCK);
        form.loadChoices();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The form opens the visit; the other officer corrects the findings; the form types its own and saves. */
    private void refusedSave() {
        form.edit(visits.find(id).orElseThrow());
        VisitDraft theirs = visits.find(id).orElseThrow().toDraft();
        elsewhere.update(id, new VisitDraft(theirs.officerId(), theirs.schoolId(), theirs.visitedAt(), theirs.purposeId(),
                "Охранника нет", null, theirs.version()));
        form.findingsProperty().set("Турникет сломан");
        form.agreedActionsProperty().set("Сообщить директору");
        form.timeProperty().set("10:15");
        form.save();
    }

    @Test
    void aSaveOverAnotherOfficersCorrectionShowsBothAndKeepsWhatWasTyped() {
        refusedSave();

        assertThat(form.savedProperty().get()).isZero();
        assertThat(form.errors()).containsExactly(FieldError.of(FailureMessages.FORM, "conflict.changedMeanwhile"));
        ConflictViewModel<?> conflict = form.conflictProperty().get();
        assertThat(conflict.rows()).extracting(Row::component).containsExactly("visitedAt", "findings", "agreedActions");
        Row findings = conflict.rows().get(1);
        assertThat(findings.labelKey()).isEqualTo("visit.field.findings");
        assertThat(findings.text(Messages.russian(), Side.THEIRS)).isEqualTo("Охранника нет");
        assertThat(findings.text(Messages.russian(), Side.MINE)).isEqualTo("Турникет сломан");
        assertThat(findings.clash()).isTrue();
        assertThat(conflict.rows().get(0).text(Messages.russian(), Side.MINE)).isEqualTo("15.03.2026 10:15");
        assertThat(form.findingsProperty().get()).isEqualTo("Турникет сломан");
        assertThat(form.agreedActionsProperty().get()).isEqualTo("Сообщить директору");
        assertThat(form.editingProperty().get()).isEqualTo(id);
    }

    @Test
    void mergeSavesTheirFindingsWithMyTimeAndActions() {
        refusedSave();
        ConflictViewModel<?> conflict = form.conflictProperty().get();
        conflict.rows().get(1).choiceProperty().set(Side.THEIRS);

        conflict.resolve(Resolution.MERGE);

        assertThat(form.savedProperty().get()).isEqualTo(1);
        Visit stored = visits.find(id).orElseThrow();
        assertThat(stored.findings()).isEqualTo("Охранника нет");
        assertThat(stored.agreedActions()).isEqualTo("Сообщить директору");
        assertThat(stored.visitedAt()).isEqualTo(TODAY.atTime(10, 15));
        assertThat(stored.version()).isEqualTo(3);
    }

    @Test
    void keepTheirsShowsTheirVisitAndWritesNothing() {
        refusedSave();

        form.conflictProperty().get().resolve(Resolution.KEEP_THEIRS);

        assertThat(form.findingsProperty().get()).isEqualTo("Охранника нет");
        assertThat(form.agreedActionsProperty().get()).isEmpty();
        assertThat(form.timeProperty().get()).isEqualTo("09:30");
        assertThat(form.hasUnsavedInput()).isFalse();
        assertThat(visits.find(id).orElseThrow().version()).isEqualTo(2);
    }
}
