// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.officers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Officer;
import kz.schoolwatch.domain.OfficerDraft;
import kz.schoolwatch.domain.OfficerSummary;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.AssignmentRepository;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.persistence.OfficerRepository;
import kz.schoolwatch.persistence.ReferenceRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.service.OfficerService;
import kz.schoolwatch.service.SchoolService;
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
 * The officer form and the handover when another officer saved meanwhile (issue 18): the form shows theirs and mine
 * field by field, keeps what was typed, and saves the merge over their version; the handover names the school that
 * changed and keeps its choices. The other officer works through services of their own, as on another PC.
 */
class OfficerFormConflictTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ALMATY).toInstant(), ALMATY);

    @TempDir
    Path folder;

    private Database db;
    private TestRows rows;
    private final InStepTaskRunner tasks = new InStepTaskRunner();
    private OfficersViewModel model;
    private OfficerService elsewhere;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        rows = new TestRows(db);
        DataChanges changes = new DataChanges();
        model = new OfficersViewModel(new OfficerService(db, new OfficerRepository(db), changes, TestDatabases.head()),
                new LookupService(db, new LookupRepository(db), changes, TestDatabases.head()), tasks, changes, CLOCK);
        elsewhere = new OfficerService(db, new OfficerRepository(db), new DataChanges(), TestDatabases.head());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private OfficerSummary row(String lastName) {
        return model.rows().stream().filter(r -> r.officer().lastName().equals(lastName)).findFirst().orElseThrow();
    }

    /** The other officer changes the phone and deactivates, while this form is open. */
    private void changedElsewhere(long id) {
        Officer o = elsewhere.find(id).orElseThrow();
        elsewhere.update(id, new OfficerDraft(o.rankId(), o.lastName(), o.firstName(), o.middleName(), o.badgeNumber(),
                o.districtId(), "+7 701 999 00 00", false, o.version()));
    }

    /** A form on Исин with the last name and the phone typed anew, saved into the other officer's change. */
    private OfficerFormViewModel refusedForm(long id) {
        model.load();
        OfficerFormViewModel form = model.form(row("Исин").officer());
        changedElsewhere(id);
        form.lastNameProperty().set("Исин-Серик");
        form.phoneProperty().set("+7 701 111 22 33");
        form.save();
        return form;
    }

    @Test
    void aSaveOverAnotherOfficersChangeShowsBothFieldByFieldAndKeepsWhatWasTyped() {
        long id = rows.officer("Исин", "100001", 2);
        OfficerFormViewModel form = refusedForm(id);

        assertThat(form.savedProperty().get()).isZero();
        assertThat(form.errors()).containsExactly(FieldError.of(FailureMessages.FORM, "conflict.changedMeanwhile"));
        ConflictViewModel<?> conflict = form.conflictProperty().get();
        assertThat(conflict).isNotNull();
        assertThat(conflict.rows()).extracting(Row::component).containsExactly("lastName", "phone", "active");
        assertThat(conflict.rows()).extracting(Row::labelKey)
                .containsExactly("officer.field.lastName", "officer.field.phone", "officer.field.active");
        Row phone = conflict.rows().get(1);
        Messages ru = Messages.russian();
        assertThat(phone.text(ru, Side.THEIRS)).isEqualTo("+7 701 999 00 00");
        assertThat(phone.text(ru, Side.MINE)).isEqualTo("+7 701 111 22 33");
        assertThat(phone.clash()).isTrue();
        assertThat(conflict.rows().get(2).text(ru, Side.THEIRS)).isEqualTo(ru.get("common.no"));
        assertThat(form.lastNameProperty().get()).isEqualTo("Исин-Серик");
        assertThat(form.phoneProperty().get()).isEqualTo("+7 701 111 22 33");
        assertThat(form.activeProperty().get()).isTrue();
        assertThat(db.dsl().fetchOne("SELECT last_name FROM officer WHERE id = " + id).get(0, String.class)).isEqualTo("Исин");
    }

    @Test
    void mergeSavesMyNameWithTheirPhoneAndDeactivationOverTheirVersion() {
        long id = rows.officer("Исин", "100001", 2);
        OfficerFormViewModel form = refusedForm(id);
        ConflictViewModel<?> conflict = form.conflictProperty().get();
        conflict.rows().stream().filter(r -> r.component().equals("phone")).findFirst().orElseThrow()
                .choiceProperty().set(Side.THEIRS);

        conflict.resolve(Resolution.MERGE);

        assertThat(form.savedProperty().get()).isEqualTo(1);
        assertThat(form.conflictProperty().get()).isNull();
        Officer stored = elsewhere.find(id).orElseThrow();
        assertThat(stored.lastName()).isEqualTo("Исин-Серик");
        assertThat(stored.phone()).isEqualTo("+7 701 999 00 00");
        assertThat(stored.active()).isFalse();
        assertThat(stored.version()).isEqualTo(3);
    }

    @Test
    void keepTheirsShowsTheirVersionAndWritesNothing() {
        long id = rows.officer("Исин", "100001", 2);
        OfficerFormViewModel form = refusedForm(id);

        form.conflictProperty().get().resolve(Resolution.KEEP_THEIRS);

        assertThat(form.lastNameProperty().get()).isEqualTo("Исин");
        assertThat(form.phoneProperty().get()).isEqualTo("+7 701 999 00 00");
        assertThat(form.activeProperty().get()).isFalse();
        assertThat(form.savedProperty().get()).isZero();
        assertThat(elsewhere.find(id).orElseThrow().version()).isEqualTo(2);
        // Their version is now what the form opened: a save from here goes through.
        form.save();
        assertThat(form.savedProperty().get()).isEqualTo(1);
    }

    @Test
    void aHandoverOfASchoolReassignedMeanwhileNamesItKeepsTheChoicesAndGoesThroughWhenPressedAgain() {
        long isin = rows.officer("Исин", "100001", 2);
        rows.officer("Бекова", "100002", 2);
        long third = rows.officer("Сейткали", "100003", 2);
        long a = rows.school(125, 2);
        long b = rows.school(174, 2);
        rows.assign(a, isin, TODAY.minusDays(100));
        rows.assign(b, isin, TODAY.minusDays(100));
        model.load();
        model.selectedProperty().set(row("Исин"));
        HandoverFormViewModel handover = model.handover(row("Исин"));
        handover.toProperty().set(handover.targets().stream().filter(t -> t.name().startsWith("Бекова")).findFirst().orElseThrow());
        new SchoolService(db, new SchoolRepository(db), new AssignmentRepository(db), new ReferenceRepository(db),
                new DataChanges(), CLOCK, TestDatabases.head()).assignOfficer(b, third, TODAY.minusDays(1));

        handover.save();

        assertThat(handover.savedProperty().get()).isZero();
        assertThat(handover.errors()).containsExactly(
                new FieldError(FailureMessages.FORM, "handover.error.changedMeanwhile", java.util.List.of("№ 174")));
        assertThat(Messages.russian().get("handover.error.changedMeanwhile", "№ 174")).contains("№ 174");
        assertThat(handover.toProperty().get().name()).startsWith("Бекова");
        assertThat(handover.dayProperty().get()).isEqualTo(TODAY);
        assertThat(rows.count("school_assignment")).isEqualTo(3);

        handover.save();

        assertThat(handover.savedProperty().get()).isEqualTo(1);
        assertThat(row("Бекова").currentSchools()).isEqualTo(1);
        assertThat(row("Сейткали").currentSchools()).isEqualTo(1);
        assertThat(row("Исин").currentSchools()).isZero();
    }
}
