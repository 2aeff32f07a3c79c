// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.leisure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.LeisureAttendance;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.LeisureRepository;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.LeisureService;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.ui.common.InStepTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leisure centres and their monthly counts against a real database, with the background work run in step. */
class LeisureViewModelTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ALMATY).toInstant(), ALMATY);

    @TempDir
    Path folder;

    private Database db;
    private TestRows rows;
    private final InStepTaskRunner tasks = new InStepTaskRunner();
    private LeisureViewModel model;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        rows = new TestRows(db);
        DataChanges changes = new DataChanges();
        model = new LeisureViewModel(new LeisureService(db, new LeisureRepository(db), changes, TestDatabases.head()),
                new LookupService(db, new LookupRepository(db), changes, TestDatabases.head()), tasks, changes, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private LeisureAttendance attendanceOf(String centre) {
        return model.attendance().stream().filter(a -> a.centreName().equals(centre)).findFirst().orElseThrow();
    }

    @Test
    void aNewCentreWithItsClubsIsSavedAndListed() {
        model.load();
        assertThat(model.centres()).isEmpty();
        LeisureCentreFormViewModel form = model.centreForm(null);
        form.nameProperty().set("Центр «Жастар»");
        form.districtProperty().set(model.districts().get(0));
        form.clubsProperty().set("Бокс\nШахматы");
        form.save();

        assertThat(form.savedProperty().get()).isEqualTo(1);
        assertThat(rows.count("leisure_centre")).isEqualTo(1);
        assertThat(rows.count("leisure_club")).isEqualTo(2);
        // Read again because the save was published.
        assertThat(model.centres()).singleElement().satisfies(c -> assertThat(c.clubs()).containsExactly("Бокс", "Шахматы"));

        LeisureCentreFormViewModel edit = model.centreForm(model.centres().get(0));
        assertThat(edit.clubsProperty().get()).isEqualTo("Бокс\nШахматы");
        edit.nameProperty().set(" ");
        edit.save();
        assertThat(edit.errors()).extracting(FieldError::field).contains("name");
        assertThat(db.dsl().fetchOne("SELECT name FROM leisure_centre").get(0)).isEqualTo("Центр «Жастар»");
    }

    @Test
    void theMonthsCountsAreSavedAndACountThatIsNoNumberStaysNextToItsField() {
        rows.centre("Центр «Жастар»", 2);
        model.load();
        AttendanceCountsViewModel counts = model.counts();
        counts.centreProperty().set(attendanceOf("Центр «Жастар»"));
        assertThat(counts.teenagersProperty().get()).isEqualTo("0");

        counts.teenagersProperty().set("пять");
        counts.childrenProperty().set("3");
        counts.save();
        assertThat(counts.errors()).containsExactly(FieldError.of("teenagers", "validation.number"));
        assertThat(Messages.russian().get(counts.errors().get(0).messageKey())).isEqualTo(Messages.russian().get("validation.number"));
        assertThat(rows.count("leisure_attendance")).isZero();
        assertThat(counts.teenagersProperty().get()).isEqualTo("пять");

        counts.teenagersProperty().set("5");
        counts.save();
        assertThat(counts.errors()).isEmpty();
        assertThat(db.dsl().fetchOne("SELECT registered_teenagers FROM leisure_attendance WHERE period_month = DATE '2026-11-01'")
                .get(0)).isEqualTo(5);
        assertThat(model.totalTeenagersProperty().get()).isEqualTo(5);
        assertThat(model.totalChildrenProperty().get()).isEqualTo(3);

        // Another month starts with no counts.
        model.shiftMonth(-1);
        assertThat(model.totalTeenagersProperty().get()).isZero();
    }
}
