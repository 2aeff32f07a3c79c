// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.offences;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Offence;
import kz.schoolwatch.domain.OffenceDraft;
import kz.schoolwatch.domain.OffenceLocation;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.persistence.OffenceRepository;
import kz.schoolwatch.persistence.ReferenceListRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.service.OffenceService;
import kz.schoolwatch.service.ReferenceListService;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.InStepTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offence form's model, its saves run in step against a real database, and the year's list following them. */
class OffenceFormViewModelTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final Clock MARCH = Clock.fixed(LocalDate.of(2026, 3, 15).atStartOfDay(ALMATY).toInstant(), ALMATY);
    private static final Messages MESSAGES = Messages.russian();

    @TempDir
    Path folder;

    private Database db;
    private TestRows rows;
    private final InStepTaskRunner tasks = new InStepTaskRunner();
    private OffenceService offences;
    private OffencesViewModel screen;
    private long school;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        rows = new TestRows(db);
        school = rows.school(125, 1);
        DataChanges changes = new DataChanges();
        offences = new OffenceService(db, new OffenceRepository(db), changes, MARCH, TestDatabases.head());
        screen = new OffencesViewModel(offences, new LookupService(db, new LookupRepository(db), changes, TestDatabases.head()),
                new ReferenceListService(db, new ReferenceListRepository(db), changes, TestDatabases.head()), tasks, MARCH);
        screen.follow(new ChangeFeed(changes, tasks));
        screen.loadChoices();
        screen.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static List<String> texts(List<FieldError> errors, String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(e -> MESSAGES.get(e.messageKey(), e.args().toArray())).toList();
    }

    @Test
    void aNewOffenceIsSavedAndTheYearsListAndCountsFollow() {
        OffenceFormViewModel form = screen.form(null);
        assertThat(form.isEditing()).isFalse();
        assertThat(form.dateProperty().get()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(form.onGroundsProperty().get()).isFalse();

        form.dateProperty().set(LocalDate.of(2026, 3, 2));
        form.schoolProperty().set(form.schools().get(0));
        form.kindProperty().set(form.kinds().get(0));
        form.onGroundsProperty().set(true);
        form.descriptionProperty().set("драка у ворот");
        form.camerasHelpedProperty().set(true);
        form.save();

        assertThat(form.errors()).isEmpty();
        assertThat(form.savedProperty().get()).isEqualTo(1);
        assertThat(rows.count("offence")).isEqualTo(1);
        Offence saved = screen.list().rows().get(0);
        assertThat(saved.schoolId()).isEqualTo(school);
        assertThat(saved.occurredOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(saved.location()).isEqualTo(OffenceLocation.GROUNDS);
        assertThat(saved.description()).isEqualTo("драка у ворот");
        assertThat(saved.camerasHelped()).isTrue();
        assertThat(screen.counts()).hasSize(1);
        assertThat(screen.counts().get(0).month(2)).isEqualTo(1);
    }

    @Test
    void missingFieldsAndAFutureDateAreRefusedNextToTheirFieldsAndNothingIsWritten() {
        OffenceFormViewModel form = screen.form(null);
        form.dateProperty().set(LocalDate.of(2026, 3, 16));
        form.descriptionProperty().set("ещё не было");

        form.save();

        assertThat(texts(form.errors(), "school")).containsExactly(MESSAGES.get("validation.required"));
        assertThat(texts(form.errors(), "kind")).containsExactly(MESSAGES.get("validation.required"));
        assertThat(texts(form.errors(), "occurredOn")).containsExactly(MESSAGES.get("offence.error.future"));
        assertThat(form.savedProperty().get()).isZero();
        assertThat(form.savingProperty().get()).isFalse();
        assertThat(form.descriptionProperty().get()).isEqualTo("ещё не было");
        assertThat(rows.count("offence")).isZero();
    }

    @Test
    void anOffenceBeingCorrectedKeepsItsFieldsAndSavesTheCorrection() {
        int kind = screen.kinds().get(0).id();
        long id = offences.save(null, new OffenceDraft(LocalDate.of(2026, 1, 20), school, kind, OffenceLocation.INSIDE, "кража", false));
        Offence offence = screen.list().rows().get(0);
        assertThat(offence.id()).isEqualTo(id);

        OffenceFormViewModel form = screen.form(offence);
        assertThat(form.isEditing()).isTrue();
        assertThat(form.schoolProperty().get().id()).isEqualTo(school);
        assertThat(form.kindProperty().get().id()).isEqualTo(kind);
        assertThat(form.descriptionProperty().get()).isEqualTo("кража");

        form.camerasHelpedProperty().set(true);
        form.save();

        assertThat(form.errors()).isEmpty();
        assertThat(rows.count("offence")).isEqualTo(1);
        assertThat(screen.list().rows()).singleElement().satisfies(o -> {
            assertThat(o.camerasHelped()).isTrue();
            assertThat(o.description()).isEqualTo("кража");
            assertThat(o.occurredOn()).isEqualTo(LocalDate.of(2026, 1, 20));
        });
    }
}
