// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.EventDraft;
import kz.schoolwatch.domain.EventFilter;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.OutreachEvent;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.EventRepository;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.persistence.ReferenceListRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.EventService;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.service.ReferenceListService;
import kz.schoolwatch.ui.common.InStepTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event form's model, its saves run in step against a real database. */
class EventFormViewModelTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final Clock MARCH = Clock.fixed(LocalDate.of(2026, 3, 15).atStartOfDay(ALMATY).toInstant(), ALMATY);
    private static final Messages MESSAGES = Messages.russian();

    @TempDir
    Path folder;

    private Database db;
    private TestRows rows;
    private final InStepTaskRunner tasks = new InStepTaskRunner();
    private EventService events;
    private EventsViewModel screen;
    private long school;
    private long officer;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        rows = new TestRows(db);
        school = rows.school(125, 1);
        rows.centre("Центр досуга «Жастар»", 3);
        officer = rows.officer("Исин", "100001", 1);
        DataChanges changes = new DataChanges();
        events = new EventService(db, new EventRepository(db), changes, TestDatabases.head());
        screen = new EventsViewModel(events, new LookupService(db, new LookupRepository(db), changes, TestDatabases.head()),
                new ReferenceListService(db, new ReferenceListRepository(db), changes, TestDatabases.head()), tasks, MARCH);
        screen.loadChoices();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static String text(FieldError e) {
        return MESSAGES.get(e.messageKey(), e.args().toArray());
    }

    private List<OutreachEvent> saved() {
        return events.page(new EventFilter(null, null, null, null, null, null), 0, 10).rows();
    }

    @Test
    void aNewEventAtTheCardsSchoolIsSavedWithAPartnerAddedOnTheFormAndTheOfficersPresent() {
        EventFormViewModel form = screen.form(null, school);
        assertThat(form.schoolProperty().get().id()).isEqualTo(school);
        assertThat(form.dateProperty().get()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(form.isEditing()).isFalse();

        form.typeProperty().set(form.types().get(0));
        form.titleProperty().set("Родительский час");
        form.pupilsProperty().set("120");
        form.parentsProperty().set("80");
        form.checkedOfficers().setAll(form.officers().stream().filter(o -> o.id() == officer).toList());
        form.newPartnerProperty().set("ОО «Кереге»");
        form.addPartner();
        assertThat(form.partners()).extracting(Lookup::name).contains("ОО «Кереге»");
        assertThat(form.checkedPartners()).extracting(Lookup::name).containsExactly("ОО «Кереге»");
        assertThat(form.newPartnerProperty().get()).isEmpty();

        form.save();

        assertThat(form.errors()).isEmpty();
        assertThat(form.savedProperty().get()).isEqualTo(1);
        assertThat(form.savingProperty().get()).isFalse();
        OutreachEvent e = saved().get(0);
        assertThat(e.schoolId()).isEqualTo(school);
        assertThat(e.title()).isEqualTo("Родительский час");
        assertThat(e.pupils()).isEqualTo(120);
        assertThat(e.parents()).isEqualTo(80);
        assertThat(e.partners()).extracting(Lookup::name).containsExactly("ОО «Кереге»");
        assertThat(e.officers()).extracting(Lookup::id).containsExactly(officer);
    }

    @Test
    void countsThatAreNotNumbersAreRefusedNextToTheirFieldsBeforeTheDatabase() {
        EventFormViewModel form = screen.form(null, school);
        form.typeProperty().set(form.types().get(0));
        form.pupilsProperty().set("много");
        form.parentsProperty().set("5");
        int ran = tasks.ran();

        form.save();

        assertThat(form.errors()).extracting(FieldError::field).containsExactly("pupils");
        assertThat(text(form.errors().get(0))).isEqualTo(MESSAGES.get("validation.number"));
        assertThat(tasks.ran()).as("nothing sent to the database").isEqualTo(ran);
        assertThat(rows.count("outreach_event")).isZero();
        assertThat(form.pupilsProperty().get()).isEqualTo("много");
    }

    @Test
    void theServicesRefusalsComeBackFieldByFieldAndTheInputStays() {
        EventFormViewModel form = screen.form(null, null);
        form.titleProperty().set("Без типа и места");

        form.save();

        assertThat(form.errors()).extracting(FieldError::field).contains("type", "place");
        assertThat(form.errors()).filteredOn(e -> e.field().equals("type")).extracting(EventFormViewModelTest::text)
                .containsExactly(MESSAGES.get("validation.required"));
        assertThat(form.savedProperty().get()).isZero();
        assertThat(form.savingProperty().get()).isFalse();
        assertThat(form.titleProperty().get()).isEqualTo("Без типа и места");
        assertThat(rows.count("outreach_event")).isZero();

        form.newPartnerProperty().set(" ");
        form.addPartner();
        assertThat(text(form.partnerErrorProperty().get())).isEqualTo(MESSAGES.get("validation.required"));
        form.newPartnerProperty().set("ОО «Кереге»");
        assertThat(form.partnerErrorProperty().get()).as("typing clears the partner's error").isNull();
    }

    @Test
    void anEventBeingCorrectedKeepsItsPlaceAndPeopleAndSavesTheCorrection() {
        long centre = screen.centres().get(0).id();
        long id = events.create(new EventDraft(6, "Лучшая семья", LocalDate.of(2026, 3, 8), null, centre, 40, 25, "заметка",
                List.of(), List.of(officer), 0));
        EventFormViewModel form = screen.form(events.find(id).orElseThrow(), null);
        assertThat(form.isEditing()).isTrue();
        assertThat(form.atCentreProperty().get()).isTrue();
        assertThat(form.centreProperty().get().id()).isEqualTo(centre);
        assertThat(form.typeProperty().get().id()).isEqualTo(6);
        assertThat(form.checkedOfficers()).extracting(Lookup::id).containsExactly(officer);
        assertThat(form.pupilsProperty().get()).isEqualTo("40");

        form.pupilsProperty().set("45");
        form.save();

        assertThat(form.errors()).isEmpty();
        assertThat(saved()).hasSize(1);
        OutreachEvent e = events.find(id).orElseThrow();
        assertThat(e.pupils()).isEqualTo(45);
        assertThat(e.centreId()).isEqualTo(centre);
        assertThat(e.officers()).extracting(Lookup::id).containsExactly(officer);
        assertThat(e.notes()).isEqualTo("заметка");
    }
}
