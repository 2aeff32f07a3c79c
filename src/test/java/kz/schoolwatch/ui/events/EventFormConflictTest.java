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
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.OutreachEvent;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.EventRepository;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.persistence.ReferenceListRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.EventService;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.service.ReferenceListService;
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
 * The event form correcting an event another officer saved meanwhile (issue 18): the partners show as one joined
 * text of names, in any order the same, and merge as a whole; counts merge field by field.
 */
class EventFormConflictTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final Clock MARCH = Clock.fixed(LocalDate.of(2026, 3, 15).atStartOfDay(ALMATY).toInstant(), ALMATY);

    @TempDir
    Path folder;

    private Database db;
    private final InStepTaskRunner tasks = new InStepTaskRunner();
    private EventService events;
    private EventService elsewhere;
    private EventsViewModel screen;
    private Lookup kerege;
    private Lookup zhastar;
    private long id;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        TestRows rows = new TestRows(db);
        long school = rows.school(125, 1);
        long officer = rows.officer("Исин", "100001", 1);
        DataChanges changes = new DataChanges();
        LookupService lookups = new LookupService(db, new LookupRepository(db), changes, TestDatabases.head());
        events = new EventService(db, new EventRepository(db), changes, TestDatabases.head());
        elsewhere = new EventService(db, new EventRepository(db), new DataChanges(), TestDatabases.head());
        kerege = lookups.addPartner("ОО «Кереге»");
        zhastar = lookups.addPartner("ОО «Жастар»");
        id = events.create(new EventDraft(1, "Родительский час", LocalDate.of(2026, 3, 12), school, null, 120, 80, null,
                List.of(kerege.id()), List.of(officer), 0));
        screen = new EventsViewModel(events, lookups,
                new ReferenceListService(db, new ReferenceListRepository(db), changes, TestDatabases.head()), tasks, MARCH);
        screen.loadChoices();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The form opens the event; the other officer adds a partner; the form changes the counts and the partners. */
    private EventFormViewModel refusedForm() {
        EventFormViewModel form = screen.form(events.find(id).orElseThrow(), null);
        EventDraft d = events.find(id).orElseThrow().toDraft();
        elsewhere.update(id, new EventDraft(d.typeId(), d.title(), d.heldOn(), d.schoolId(), d.centreId(), d.pupils(), d.parents(),
                d.notes(), List.of(zhastar.id(), kerege.id()), d.officerIds(), d.version()));
        form.pupilsProperty().set("150");
        form.checkedPartners().setAll(form.partners().stream().filter(p -> p.id() == zhastar.id()).toList());
        form.save();
        return form;
    }

    @Test
    void partnersShowAsOneJoinedTextOfNamesBesideTheCountsAndTheTypingStays() {
        EventFormViewModel form = refusedForm();

        assertThat(form.savedProperty().get()).isZero();
        ConflictViewModel<?> conflict = form.conflictProperty().get();
        assertThat(conflict.rows()).extracting(Row::component).containsExactly("pupils", "partnerIds");
        Row partners = conflict.rows().get(1);
        assertThat(partners.labelKey()).isEqualTo("event.field.partners");
        assertThat(partners.text(Messages.russian(), Side.THEIRS)).isEqualTo("ОО «Жастар», ОО «Кереге»");
        assertThat(partners.text(Messages.russian(), Side.MINE)).isEqualTo("ОО «Жастар»");
        assertThat(partners.text(Messages.russian(), null)).isEqualTo("ОО «Кереге»");
        assertThat(conflict.rows().get(0).changedByThem()).isFalse();
        assertThat(form.pupilsProperty().get()).isEqualTo("150");
        assertThat(form.checkedPartners()).extracting(Lookup::id).containsExactly(zhastar.id());
    }

    @Test
    void mergeKeepsTheirPartnersAsAWholeAndMyCount() {
        EventFormViewModel form = refusedForm();
        ConflictViewModel<?> conflict = form.conflictProperty().get();
        conflict.rows().get(1).choiceProperty().set(Side.THEIRS);

        conflict.resolve(Resolution.MERGE);

        assertThat(form.savedProperty().get()).isEqualTo(1);
        OutreachEvent stored = events.find(id).orElseThrow();
        assertThat(stored.pupils()).isEqualTo(150);
        assertThat(stored.partners()).extracting(Lookup::id).containsExactlyInAnyOrder(kerege.id(), zhastar.id());
        assertThat(stored.version()).isEqualTo(3);
    }

    @Test
    void keepTheirsShowsTheirPartnersAndCounts() {
        EventFormViewModel form = refusedForm();

        form.conflictProperty().get().resolve(Resolution.KEEP_THEIRS);

        assertThat(form.pupilsProperty().get()).isEqualTo("120");
        assertThat(form.checkedPartners()).extracting(Lookup::id).containsExactlyInAnyOrder(kerege.id(), zhastar.id());
        assertThat(events.find(id).orElseThrow().version()).isEqualTo(2);
    }
}
