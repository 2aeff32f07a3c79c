// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.leisure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.LeisureAttendance;
import kz.schoolwatch.domain.LeisureCentre;
import kz.schoolwatch.domain.LeisureCentreDraft;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.LeisureRepository;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.LeisureService;
import kz.schoolwatch.service.LookupService;
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
 * A leisure centre's form and its month's counts when another officer saved them after they were opened
 * (issue 18): the comparison, their version kept or the merge saved over it, and the typing kept meanwhile.
 */
class LeisureConflictViewModelTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 1);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ALMATY).toInstant(), ALMATY);
    private static final Messages RU = Messages.russian();

    @TempDir
    Path folder;

    private Database db;
    private final InStepTaskRunner tasks = new InStepTaskRunner();
    private LeisureService leisure;
    private LeisureViewModel model;
    private long centre;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        DataChanges changes = new DataChanges();
        leisure = new LeisureService(db, new LeisureRepository(db), changes, TestDatabases.head());
        model = new LeisureViewModel(leisure, new LookupService(db, new LookupRepository(db), changes, TestDatabases.head()),
                tasks, changes, CLOCK);
        centre = leisure.save(null, new LeisureCentreDraft("Центр «Жастар»", 1, "ул. Абая, 1", List.of("Бокс")));
        model.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private LeisureCentre storedCentre() {
        return leisure.centres().get(0);
    }

    private LeisureAttendance storedCounts() {
        return leisure.attendance(NOVEMBER).get(0);
    }

    @Test
    void aCentreSavedOverTheirChangeShowsBothAndTheMergeIsStored() {
        LeisureCentreFormViewModel form = model.centreForm(model.centres().get(0));
        leisure.save(centre, new LeisureCentreDraft("Центр «Жастар»", 2, "ул. Абая, 1", List.of("Бокс", "Шахматы"), 1));
        form.addressProperty().set("ул. Абая, 15");
        form.save();

        assertThat(form.errors()).containsExactly(FieldError.of("form", "conflict.changedMeanwhile"));
        assertThat(form.addressProperty().get()).isEqualTo("ул. Абая, 15");
        ConflictViewModel<?> conflict = form.conflictProperty().get();
        assertThat(conflict.rows()).extracting(Row::component).containsExactly("districtId", "address", "clubs");
        Row district = conflict.rows().get(0);
        assertThat(district.text(RU, Side.THEIRS)).isEqualTo(model.districts().stream().filter(d -> d.id() == 2)
                .findFirst().orElseThrow().name());
        assertThat(conflict.rows().get(2).text(RU, Side.THEIRS)).isEqualTo("Бокс, Шахматы");

        conflict.resolve(Resolution.MERGE);

        assertThat(form.savedProperty().get()).isEqualTo(1);
        assertThat(storedCentre()).extracting(LeisureCentre::districtId, LeisureCentre::address, LeisureCentre::clubs,
                LeisureCentre::version).containsExactly(2, "ул. Абая, 15", List.of("Бокс", "Шахматы"), 3);
    }

    @Test
    void keepingTheirCentreShowsItInTheForm() {
        LeisureCentreFormViewModel form = model.centreForm(model.centres().get(0));
        leisure.save(centre, new LeisureCentreDraft("Центр досуга «Жастар»", 1, "ул. Абая, 1", List.of("Бокс"), 1));
        form.nameProperty().set("Центр «Жастар» (филиал)");
        form.save();

        form.conflictProperty().get().resolve(Resolution.KEEP_THEIRS);

        assertThat(form.nameProperty().get()).isEqualTo("Центр досуга «Жастар»");
        assertThat(storedCentre().name()).isEqualTo("Центр досуга «Жастар»");
        assertThat(form.savedProperty().get()).isZero();
    }

    @Test
    void aCentreDeletedMeanwhileIsSaidToBeGoneAndTheTypingStays() {
        LeisureCentreFormViewModel form = model.centreForm(model.centres().get(0));
        db.dsl().execute("DELETE FROM leisure_centre WHERE id = ?", centre);
        form.nameProperty().set("Центр «Жастар-2»");
        form.save();

        assertThat(form.errors()).containsExactly(FieldError.of("form", "common.error.gone"));
        assertThat(form.nameProperty().get()).isEqualTo("Центр «Жастар-2»");
    }

    @Test
    void countsCorrectedMeanwhileAreComparedAndTheMergeIsStored() {
        leisure.putAttendance(centre, NOVEMBER, 10, 4, 0);
        AttendanceCountsViewModel counts = model.counts();
        counts.centreProperty().set(model.attendance().get(0));
        leisure.putAttendance(centre, NOVEMBER, 12, 4, 1);
        counts.childrenProperty().set("6");
        counts.save();

        assertThat(counts.errors()).containsExactly(FieldError.of("form", "conflict.changedMeanwhile"));
        assertThat(counts.childrenProperty().get()).isEqualTo("6");
        ConflictViewModel<?> conflict = counts.conflictProperty().get();
        assertThat(conflict.rows()).extracting(Row::component).containsExactly("registeredTeenagers", "troubledFamilyChildren");
        assertThat(conflict.rows().get(0).text(RU, Side.THEIRS)).isEqualTo("12");
        assertThat(conflict.rows().get(1).text(RU, Side.MINE)).isEqualTo("6");

        conflict.resolve(Resolution.MERGE);

        assertThat(storedCounts()).extracting(LeisureAttendance::registeredTeenagers, LeisureAttendance::troubledFamilyChildren,
                LeisureAttendance::version).containsExactly(12, 6, 3);
        // The form follows its own save: a second correction goes over it, not against it.
        counts.teenagersProperty().set("13");
        counts.save();
        assertThat(counts.errors()).isEmpty();
        assertThat(storedCounts().registeredTeenagers()).isEqualTo(13);
    }

    @Test
    void keepingTheirCountsShowsThem() {
        leisure.putAttendance(centre, NOVEMBER, 10, 4, 0);
        AttendanceCountsViewModel counts = model.counts();
        counts.centreProperty().set(model.attendance().get(0));
        leisure.putAttendance(centre, NOVEMBER, 12, 5, 1);
        counts.teenagersProperty().set("11");
        counts.save();

        counts.conflictProperty().get().resolve(Resolution.KEEP_THEIRS);

        assertThat(counts.teenagersProperty().get()).isEqualTo("12");
        assertThat(counts.childrenProperty().get()).isEqualTo("5");
        assertThat(storedCounts().version()).isEqualTo(2);
    }

    @Test
    void aFirstEntryRacingAnotherIsToldNextToTheFieldAndKeepsTheTyping() {
        AttendanceCountsViewModel counts = model.counts();
        counts.centreProperty().set(model.attendance().get(0));
        leisure.putAttendance(centre, NOVEMBER, 10, 4, 0);
        counts.teenagersProperty().set("9");
        counts.childrenProperty().set("2");
        counts.save();

        assertThat(counts.errors()).containsExactly(FieldError.of("teenagers", "leisure.error.countsEnteredMeanwhile"));
        assertThat(counts.teenagersProperty().get()).isEqualTo("9");
        assertThat(storedCounts()).extracting(LeisureAttendance::registeredTeenagers, LeisureAttendance::troubledFamilyChildren)
                .containsExactly(10, 4);
    }
}
