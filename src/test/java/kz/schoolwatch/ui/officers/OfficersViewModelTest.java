// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.officers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.OfficerSummary;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.persistence.OfficerRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.service.OfficerService;
import kz.schoolwatch.ui.common.InStepTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The officers' registry, the officer form and the handover against a real database, the background work in step. */
class OfficersViewModelTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ALMATY).toInstant(), ALMATY);

    @TempDir
    Path folder;

    private Database db;
    private TestRows rows;
    private final InStepTaskRunner tasks = new InStepTaskRunner();
    private OfficersViewModel model;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        rows = new TestRows(db);
        DataChanges changes = new DataChanges();
        model = new OfficersViewModel(new OfficerService(db, new OfficerRepository(db), changes, TestDatabases.head()),
                new LookupService(db, new LookupRepository(db), changes, TestDatabases.head()), tasks, changes, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private OfficerSummary row(String lastName) {
        return model.rows().stream().filter(r -> r.officer().lastName().equals(lastName)).findFirst().orElseThrow();
    }

    @Test
    void aNewOfficerIsSavedAndTheListFollowsTheChange() {
        rows.officer("Исин", "100001", 2);
        model.load();
        assertThat(model.rows()).hasSize(1);
        OfficerFormViewModel form = model.form(null);
        assertThat(form.isNew()).isTrue();
        assertThat(form.activeProperty().get()).isTrue();

        form.rankProperty().set(model.ranks().get(0));
        form.lastNameProperty().set("Сейткали");
        form.firstNameProperty().set("Айгерим");
        form.badgeProperty().set("777001");
        form.districtProperty().set(model.districts().get(1));
        form.save();

        assertThat(form.savedProperty().get()).isEqualTo(1);
        assertThat(form.errors()).isEmpty();
        assertThat(db.dsl().fetchOne("SELECT COUNT(*) FROM officer WHERE badge_number = '777001' AND last_name = 'Сейткали'")
                .get(0, Integer.class)).isEqualTo(1);
        // Read again because the save was published, not because anybody asked.
        assertThat(model.rows()).extracting(r -> r.officer().lastName()).containsExactlyInAnyOrder("Исин", "Сейткали");
    }

    @Test
    void aTakenBadgeIsShownNextToItsFieldAndNothingIsSaved() {
        rows.officer("Исин", "100001", 2);
        model.load();
        OfficerFormViewModel form = model.form(row("Исин").officer());
        assertThat(form.lastNameProperty().get()).isEqualTo("Исин");
        OfficerFormViewModel other = model.form(null);
        other.rankProperty().set(model.ranks().get(0));
        other.lastNameProperty().set("Сейткали");
        other.firstNameProperty().set("Айгерим");
        other.badgeProperty().set("100001");
        other.districtProperty().set(model.districts().get(0));
        other.save();

        assertThat(other.savedProperty().get()).isZero();
        assertThat(other.errors()).containsExactly(FieldError.of("badgeNumber", "officer.error.badgeTaken"));
        assertThat(Messages.russian().get(other.errors().get(0).messageKey()))
                .isEqualTo(Messages.russian().get("officer.error.badgeTaken")).isNotBlank();
        assertThat(rows.count("officer")).isEqualTo(1);
        assertThat(other.lastNameProperty().get()).isEqualTo("Сейткали");
    }

    @Test
    void aHandoverMovesEverySchoolFromTheChosenDay() {
        long isin = rows.officer("Исин", "100001", 2);
        rows.officer("Бекова", "100002", 2);
        long school = rows.school(125, 2);
        rows.assign(school, isin, TODAY.minusDays(100));
        model.load();
        model.selectedProperty().set(row("Исин"));
        assertThat(model.assignments()).hasSize(1);

        HandoverFormViewModel handover = model.handover(row("Исин"));
        assertThat(handover.dayProperty().get()).isEqualTo(TODAY);
        assertThat(handover.targets()).hasSize(1);
        handover.save();
        assertThat(handover.errors()).extracting(FieldError::field).containsExactly("toOfficer");
        assertThat(rows.count("school_assignment")).isEqualTo(1);

        handover.toProperty().set(handover.targets().get(0));
        handover.save();

        assertThat(handover.savedProperty().get()).isEqualTo(1);
        assertThat(db.dsl().fetchOne("SELECT COUNT(*) FROM school_assignment WHERE officer_id = " + isin + " AND assigned_to IS NULL")
                .get(0, Integer.class)).isZero();
        assertThat(rows.count("school_assignment")).isEqualTo(2);
        assertThat(row("Исин").currentSchools()).isZero();
        assertThat(row("Бекова").currentSchools()).isEqualTo(1);
    }
}
