// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import kz.schoolwatch.EngineCases;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.RequirementItem;
import kz.schoolwatch.domain.RequirementRule;
import kz.schoolwatch.domain.RequirementSet;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.i18n.RequirementTexts;
import kz.schoolwatch.persistence.RequirementRepository;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The requirement sets as the administrator edits them, on both engines (issue 21). */
class RequirementServiceTest {

    @Nested
    class OnH2 extends Cases {
        OnH2() {
            super(Engine.H2);
        }
    }

    @Nested
    class OnPostgreSql extends Cases {
        OnPostgreSql() {
            super(Engine.POSTGRESQL);
        }
    }

    abstract static class Cases extends EngineCases {

        Cases(Engine engine) {
            super(engine);
        }

        private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

        @TempDir
        Path folder;

        private Database db;
        private RequirementService service;
        private RequirementRepository repository;
        private DataChanges changes;

        @BeforeEach
        void open() throws Exception {
            db = databases.open(engine, folder);
            changes = new DataChanges();
            service = new RequirementService(db, changes, TestDatabases.admin(), clock());
            repository = new RequirementRepository(db);
        }

        private static Clock clock() {
            return Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Almaty")).toInstant(), ZoneId.of("Asia/Almaty"));
        }

        private RequirementSet shipped() {
            return service.sets().get(0);
        }

        private RequirementItem item(String code) {
            return shipped().items().stream().filter(i -> code.equals(i.code())).findFirst().orElseThrow();
        }

        private static RequirementItem withThreshold(RequirementItem i, Integer threshold) {
            return new RequirementItem(i.id(), i.setId(), i.position(), i.code(), i.title(), i.legalSource(), i.rule(), threshold,
                    i.pupilsOver(), i.inRegionalCentre(), i.schoolTypes(), i.version());
        }

        @Test
        void theShippedSetIsValidFromTheDecreeOnAndReadsInTheUsersLanguage() {
            List<RequirementSet> sets = service.sets();
            assertThat(sets).hasSize(1);
            RequirementSet set = sets.get(0);
            assertThat(set.validFrom()).isEqualTo(LocalDate.of(2021, 5, 6));
            assertThat(set.items()).extracting(RequirementItem::code).containsExactly("VIDEO", "WARNING", "ACCESS", "ENTRANCES",
                    "FLOORS", "GROUNDS", "ARCHIVE", "IN_ORDER", "COU", "PANIC", "GUARD", "TURNSTILES");
            assertThat(item("ARCHIVE").threshold()).isEqualTo(30);
            assertThat(item("GUARD").pupilsOver()).isEqualTo(700);
            assertThat(item("GUARD").inRegionalCentre()).isTrue();
            assertThat(repository.validOn(LocalDate.of(2021, 5, 5))).isEmpty();
            assertThat(repository.validOn(TODAY)).map(RequirementSet::id).contains(set.id());

            Messages ru = Messages.of(Language.RUSSIAN);
            for (RequirementItem i : set.items()) {
                assertThat(RequirementTexts.title(i, ru)).as(i.code()).isEqualTo(i.title());
            }
            assertThat(RequirementTexts.title(item("ARCHIVE"), Messages.of(Language.ENGLISH))).isEqualTo("Recordings kept at least 30 days");
            assertThat(RequirementTexts.name(set, Messages.of(Language.ENGLISH))).isEqualTo("Anti-terrorist protection of schools");
        }

        @Test
        void anItemChangedByTheAdministratorShowsAsTyped() {
            RequirementItem video = item("VIDEO");
            service.saveItem(new RequirementItem(video.id(), video.setId(), video.position(), video.code(), "Видеонаблюдение по периметру",
                    video.legalSource(), video.rule(), null, null, false, Set.of(SchoolType.LYCEUM), video.version()));
            RequirementItem now = item("VIDEO");
            assertThat(RequirementTexts.title(now, Messages.of(Language.ENGLISH))).isEqualTo("Видеонаблюдение по периметру");
            assertThat(now.schoolTypes()).containsExactly(SchoolType.LYCEUM);
            assertThat(now.version()).isEqualTo(video.version() + 1);
        }

        @Test
        void refusesAnItemWithoutItsTextsOrFigureNextToTheFields() {
            RequirementItem blank = new RequirementItem(null, shipped().id(), 0, null, " ", "", RequirementRule.ARCHIVE_DAYS, null, -1,
                    false, Set.of(), 0);
            assertThatThrownBy(() -> service.saveItem(blank)).isInstanceOfSatisfying(ValidationException.class, e ->
                    assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("title", "legalSource", "pupilsOver", "threshold"));
            assertThatThrownBy(() -> service.saveItem(withThreshold(item("ARCHIVE"), 0))).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors()).extracting(FieldError::messageKey).containsExactly("validation.range"));
            RequirementItem noRule = new RequirementItem(null, shipped().id(), 0, null, "Т", "И", null, null, null, false, Set.of(), 0);
            assertThatThrownBy(() -> service.saveItem(noRule)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("rule"));
            assertThat(shipped().items()).hasSize(12);
        }

        @Test
        void addsMovesAndDeletesItemsCheckingTheVersionShown() {
            long id = service.saveItem(new RequirementItem(null, shipped().id(), 0, null, "Металлодетектор на входе", "Приказ",
                    RequirementRule.ACCESS_CONTROL, 99, 1000, false, Set.of(), 0));
            RequirementItem added = shipped().items().get(12);
            assertThat(added.id()).isEqualTo(id);
            assertThat(added.threshold()).as("a figure only where the rule needs one").isNull();

            service.moveItem(added, true);
            List<RequirementItem> moved = shipped().items();
            assertThat(moved.get(11).id()).isEqualTo(id);
            assertThat(moved.get(12).code()).isEqualTo("TURNSTILES");
            service.moveItem(moved.get(0), true);
            assertThat(shipped().items().get(0).code()).isEqualTo("VIDEO");

            RequirementItem archive = item("ARCHIVE");
            service.saveItem(withThreshold(archive, 60));
            assertThatThrownBy(() -> service.saveItem(withThreshold(archive, 90))).isInstanceOf(EditConflictException.class);
            assertThat(item("ARCHIVE").threshold()).isEqualTo(60);

            assertThatThrownBy(() -> service.deleteItem(archive)).isInstanceOf(SaveFailedException.class);
            service.deleteItem(item("ARCHIVE"));
            assertThat(shipped().items()).extracting(RequirementItem::code).doesNotContain("ARCHIVE").hasSize(12);
        }

        @Test
        void aNewEditionCopiesTheItemsAndLeavesTheOldSetForPastDates() {
            RequirementSet old = shipped();
            assertThatThrownBy(() -> service.newEdition("", " ", null)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("name", "legalSource", "validFrom"));
            assertThatThrownBy(() -> service.newEdition("Редакция 2021", "Закон", LocalDate.of(2021, 5, 6)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::messageKey)
                            .containsExactly("requirement.error.validFromAfter"));

            LocalDate day = LocalDate.of(2027, 1, 1);
            long id = service.newEdition("Требования 2027", "Постановление № 1", day);
            RequirementSet next = service.sets().get(1);
            assertThat(next.id()).isEqualTo(id);
            assertThat(next.items()).extracting(RequirementItem::code).isEqualTo(old.items().stream().map(RequirementItem::code).toList());
            assertThat(next.items()).extracting(RequirementItem::title).isEqualTo(old.items().stream().map(RequirementItem::title).toList());

            service.saveItem(withThreshold(next.items().get(6), 90));
            assertThat(repository.validOn(LocalDate.of(2026, 12, 31)).orElseThrow().items().get(6).threshold()).isEqualTo(30);
            assertThat(repository.validOn(day).orElseThrow().items().get(6).threshold()).isEqualTo(90);

            // The old set has judged past dates: it stays. The new one, not yet in force, may go.
            assertThatThrownBy(() -> service.deleteSet(old)).isInstanceOfSatisfying(SaveFailedException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("requirement.error.setInForce"));
            service.deleteSet(service.sets().get(1));
            assertThat(service.sets()).hasSize(1);
            assertThat(shipped().items()).hasSize(12);
        }

        @Test
        void onlyTheAdministratorEditsRequirements() {
            RequirementService asHead = new RequirementService(db, changes, TestDatabases.head(), clock());
            assertThatThrownBy(() -> asHead.saveItem(withThreshold(item("ARCHIVE"), 7))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> asHead.newEdition("А", "Б", LocalDate.of(2030, 1, 1))).isInstanceOf(AccessDeniedException.class);
            SettingsService settings = new SettingsService(new SettingsRepository(db), changes, TestDatabases.admin());
            assertThat(settings.regionalCentre()).isTrue();
            settings.setRegionalCentre(false);
            assertThat(settings.regionalCentre()).isFalse();
        }
    }
}
