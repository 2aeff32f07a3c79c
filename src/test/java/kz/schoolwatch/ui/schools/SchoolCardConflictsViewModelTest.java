// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Camera;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.CheckItem;
import kz.schoolwatch.domain.CheckResult;
import kz.schoolwatch.domain.SecurityCheck;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.AssignmentRepository;
import kz.schoolwatch.persistence.CameraRepository;
import kz.schoolwatch.persistence.CameraStatsRepository;
import kz.schoolwatch.persistence.EquipmentRepository;
import kz.schoolwatch.persistence.ReferenceRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.SecurityCheckRepository;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.VisitRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.CameraService;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.EquipmentService;
import kz.schoolwatch.service.SaveFailedException;
import kz.schoolwatch.service.SchoolService;
import kz.schoolwatch.service.SecurityCheckService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.VisitService;
import kz.schoolwatch.ui.common.ConflictViewModel;
import kz.schoolwatch.ui.common.ConflictViewModel.Resolution;
import kz.schoolwatch.ui.common.InStepTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two cards of one school open at once (two windows on this PC; another PC's saves arrive the same way): the
 * conflict dialog's rows and choices, refusals that keep what was typed, and the open card following saves.
 */
class SchoolCardConflictsViewModelTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ALMATY).toInstant(), ALMATY);
    private static final Messages MESSAGES = Messages.russian();

    @TempDir
    Path folder;

    private Database db;
    private TestRows rows;
    private final InStepTaskRunner tasks = new InStepTaskRunner();
    private SchoolCardServices services;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        rows = new TestRows(db);
        DataChanges changes = new DataChanges();
        SchoolService schools = new SchoolService(db, new SchoolRepository(db), new AssignmentRepository(db), new ReferenceRepository(db),
                changes, CLOCK, TestDatabases.head());
        services = new SchoolCardServices(schools,
                new CameraService(db, new CameraRepository(db), new CameraStatsRepository(db), new SchoolRepository(db), changes, CLOCK,
                        TestDatabases.head()),
                new EquipmentService(db, new EquipmentRepository(db), changes, TestDatabases.head()),
                new SecurityCheckService(db, new SecurityCheckRepository(db), changes, CLOCK, TestDatabases.head()),
                new SettingsService(new SettingsRepository(db), changes, TestDatabases.head()),
                new VisitService(db, new VisitRepository(db), changes, CLOCK, TestDatabases.head()),
                changes, tasks, MESSAGES, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SchoolCardViewModel card(long schoolId) {
        SchoolCardViewModel card = new SchoolCardViewModel(services, schoolId);
        card.load();
        return card;
    }

    private Object column(String sql) {
        return db.dsl().fetchOne(sql).get(0);
    }

    /** A school that has a check, so removing it archives it. */
    private long schoolWithHistory(int number) {
        long id = rows.school(number, 2);
        long officer = rows.officer("Исин", "B" + number, 2);
        Map<CheckItem, CheckResult> ok = new EnumMap<>(CheckItem.class);
        for (CheckItem item : CheckItem.values()) {
            ok.put(item, CheckResult.OK);
        }
        services.checks().record(new SecurityCheck(null, id, officer, null, TODAY.minusDays(3), ok, null));
        return id;
    }

    @Test
    void detailsSavedInTwoCardsMeetTheConflictAndTheMergeKeepsBoth() {
        long id = rows.school(125, 2);
        SchoolCardViewModel first = card(id);
        SchoolCardViewModel second = card(id);
        SchoolCardViewModel idle = card(id);

        second.details().phoneProperty().set("+7 727 300 40 50");
        first.details().nameProperty().set("Школа-лицей №125");
        first.details().save();
        // The card with nothing typed follows; the one with typing keeps it.
        assertThat(idle.details().nameProperty().get()).isEqualTo("Школа-лицей №125");
        assertThat(idle.schoolProperty().get().name()).isEqualTo("Школа-лицей №125");
        assertThat(second.details().nameProperty().get()).isEqualTo("КГУ «Общеобразовательная школа №125»");
        assertThat(second.details().phoneProperty().get()).isEqualTo("+7 727 300 40 50");

        second.details().save();

        ConflictViewModel<?> conflict = second.details().conflictProperty().get();
        assertThat(conflict).isNotNull();
        assertThat(conflict.rows()).extracting(ConflictViewModel.Row::component).containsExactly("name", "phone");
        assertThat(conflict.rows().get(0).choiceProperty().get()).isEqualTo(ConflictViewModel.Side.THEIRS);
        assertThat(conflict.rows().get(1).choiceProperty().get()).isEqualTo(ConflictViewModel.Side.MINE);
        assertThat(conflict.hasClash()).isFalse();
        assertThat(second.details().outcomeProperty().get().failure()).isNotNull();
        assertThat(column("SELECT phone FROM school WHERE id = " + id)).isNull();

        conflict.resolve(Resolution.MERGE);

        assertThat(column("SELECT name FROM school WHERE id = " + id)).isEqualTo("Школа-лицей №125");
        assertThat(column("SELECT phone FROM school WHERE id = " + id)).isEqualTo("+7 727 300 40 50");
        assertThat(second.details().outcomeProperty().get().isSaved()).isTrue();
        assertThat(second.details().nameProperty().get()).isEqualTo("Школа-лицей №125");
        assertThat(second.details().hasUnsavedInput()).isFalse();
        assertThat(first.details().phoneProperty().get()).isEqualTo("+7 727 300 40 50");
        // The refused save alone failed: every read after a save elsewhere went through.
        assertThat(tasks.failed()).isEqualTo(1);
    }

    @Test
    void theArchiveDayIsTheirsToReadNotAChoiceToUndo() {
        long id = schoolWithHistory(126);
        SchoolCardViewModel first = card(id);
        SchoolCardViewModel second = card(id);

        second.details().directorProperty().set("Ахметова А. С.");
        first.remove();
        assertThat(second.schoolProperty().get().isArchived()).isTrue();
        second.details().save();

        ConflictViewModel<?> conflict = second.details().conflictProperty().get();
        ConflictViewModel.Row archived = conflict.rows().stream().filter(r -> r.component().equals("archivedOn")).findFirst().orElseThrow();
        assertThat(archived.choosable()).isFalse();
        assertThat(archived.text(MESSAGES, ConflictViewModel.Side.THEIRS)).isEqualTo("26.11.2026");
        conflict.resolve(Resolution.APPLY_MINE);
        assertThat(column("SELECT director_name FROM school WHERE id = " + id)).isEqualTo("Ахметова А. С.");
        assertThat(column("SELECT archived_on FROM school WHERE id = " + id)).isNotNull();
    }

    @Test
    void equipmentKeepTheirsShowsTheirsAndWritesNothing() {
        long id = rows.school(127, 2);
        SchoolCardViewModel first = card(id);
        SchoolCardViewModel second = card(id);

        second.equipment().accessProperty().set(true);
        first.equipment().panicProperty().set(true);
        first.equipment().save();
        assertThat(second.equipment().accessProperty().get()).isTrue();
        assertThat(second.equipment().panicProperty().get()).isFalse();
        second.equipment().save();

        ConflictViewModel<?> conflict = second.equipment().conflictProperty().get();
        assertThat(conflict.rows()).extracting(ConflictViewModel.Row::component).containsExactly("panicButton", "accessControl");
        assertThat(conflict.rows().get(0).labelKey()).isEqualTo("equipment.panic");
        assertThat(conflict.rows().get(0).text(MESSAGES, ConflictViewModel.Side.THEIRS)).isEqualTo(MESSAGES.get("common.yes"));
        conflict.resolve(Resolution.KEEP_THEIRS);

        assertThat(second.equipment().panicProperty().get()).isTrue();
        assertThat(second.equipment().accessProperty().get()).isFalse();
        assertThat(second.equipment().hasUnsavedInput()).isFalse();
        assertThat(column("SELECT access_control FROM school_equipment WHERE school_id = " + id)).isEqualTo(false);

        // Theirs is now what the form opened: the next save goes over it.
        second.equipment().detectorProperty().set(true);
        second.equipment().save();
        assertThat(second.equipment().outcomeProperty().get().isSaved()).isTrue();
        assertThat(column("SELECT metal_detector FROM school_equipment WHERE school_id = " + id)).isEqualTo(true);
        assertThat(column("SELECT panic_button FROM school_equipment WHERE school_id = " + id)).isEqualTo(true);
    }

    @Test
    void aCameraEditedInTwoFormsMergesTheirStatusWithMyNote() {
        long id = rows.school(128, 2);
        SchoolCardViewModel card = card(id);
        services.cameras().addMany(id, 1, 0, CameraStatus.WORKING, null, false);
        Camera listed = card.cameras().cameras().get(0);
        CameraFormViewModel theirs = card.cameras().form(listed);
        CameraFormViewModel mine = card.cameras().form(listed);

        theirs.statusProperty().set(CameraStatus.FAULTY);
        theirs.save();
        mine.noteProperty().set("у ворот, смотрит на парковку");
        mine.save();

        assertThat(mine.savedIdProperty().get()).isNull();
        ConflictViewModel<?> conflict = mine.conflictProperty().get();
        assertThat(conflict.rows()).extracting(ConflictViewModel.Row::component).containsExactly("status", "note");
        assertThat(conflict.rows().get(0).text(MESSAGES, ConflictViewModel.Side.THEIRS)).isEqualTo(MESSAGES.get("camera.status.faulty"));
        conflict.resolve(Resolution.MERGE);

        assertThat(mine.savedIdProperty().get()).isEqualTo(listed.id());
        assertThat(column("SELECT status FROM camera WHERE id = " + listed.id())).isEqualTo("FAULTY");
        assertThat(column("SELECT note FROM camera WHERE id = " + listed.id())).isEqualTo("у ворот, смотрит на парковку");
        assertThat(card.cameras().cameras().get(0).note()).isEqualTo("у ворот, смотрит на парковку");
    }

    @Test
    void workAtASchoolArchivedMeanwhileIsRefusedAndTheTypingStays() {
        long id = schoolWithHistory(129);
        SchoolCardViewModel first = card(id);
        SchoolCardViewModel second = card(id);
        CameraFormViewModel camera = second.cameras().form(null);
        camera.noteProperty().set("новая у входа");
        second.equipment().guardCompanyProperty().set("ТОО «Кузет-Алматы»");
        second.cameras().outdoorProperty().set("3");

        first.remove();
        assertThat(second.schoolProperty().get().isArchived()).isTrue();
        camera.save();
        second.equipment().save();
        second.cameras().addMany();

        for (CardFormViewModel form : new CardFormViewModel[] {camera, second.equipment(), second.cameras()}) {
            assertThat(form.outcomeProperty().get().failure()).isInstanceOfSatisfying(SaveFailedException.class,
                    f -> assertThat(MESSAGES.get(f.messageKey(), f.args().toArray())).startsWith("Школа №129 в архиве"));
            assertThat(form.conflictProperty().get()).isNull();
        }
        assertThat(camera.savedIdProperty().get()).isNull();
        assertThat(camera.noteProperty().get()).isEqualTo("новая у входа");
        assertThat(second.equipment().guardCompanyProperty().get()).isEqualTo("ТОО «Кузет-Алматы»");
        assertThat(second.cameras().outdoorProperty().get()).isEqualTo("3");
        assertThat(rows.count("camera")).isZero();
        assertThat(rows.count("school_equipment")).isZero();
    }

    @Test
    void aCardOfASchoolDeletedMeanwhileSaysSoAndAClosedCardNoLongerFollows() {
        long id = rows.school(130, 2);
        rows.officer("Сериков", "B130", 2);
        SchoolCardViewModel first = card(id);
        SchoolCardViewModel second = card(id);
        SchoolCardViewModel closed = card(id);
        closed.unfollow();

        first.details().nameProperty().set("Школа №130 им. Абая");
        first.details().save();
        assertThat(second.schoolProperty().get().name()).isEqualTo("Школа №130 им. Абая");
        assertThat(closed.schoolProperty().get().name()).isEqualTo("КГУ «Общеобразовательная школа №130»");

        second.officer().officerProperty().set(second.officer().officers().get(0));
        first.remove();
        assertThat(first.deletedProperty().get()).isTrue();
        assertThat(second.messageProperty().get()).isEqualTo("school.card.goneMeanwhile");
        second.officer().assign();
        assertThat(second.officer().outcomeProperty().get().failure()).isInstanceOfSatisfying(SaveFailedException.class,
                f -> assertThat(f.messageKey()).isEqualTo("school.error.goneMeanwhile"));
        assertThat(second.officer().officerProperty().get()).isNotNull();
    }
}
