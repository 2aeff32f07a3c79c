// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.ReferenceItem;
import kz.schoolwatch.domain.ReferenceList;
import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.i18n.ReferenceNames;
import kz.schoolwatch.persistence.report.MonthlySummaryRepository;
import kz.schoolwatch.persistence.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shipped reference rows read from a fresh database in the language spoken; a unit's own rows as stored. */
class ReferenceNamesDatabaseTest {

    @TempDir
    Path folder;

    private Database db;
    private final Messages messages = Messages.of(Language.KAZAKH);

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        db.write(cfg -> cfg.dsl().insertInto(DISTRICT, DISTRICT.NAME, DISTRICT.SORT_ORDER).values("Новый район", 9).execute());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void shippedDistrictsShowInKazakhAndEnglishAndAUnitsOwnKeepsItsName() {
        LookupRepository lookups = new LookupRepository(db, ReferenceNames.in(messages));

        assertThat(lookups.districts()).extracting(Lookup::name)
                .contains("Алмалы ауданы", "Әуезов ауданы", "Түрксіб ауданы", "Новый район")
                .doesNotContain("Алмалинский");

        messages.switchTo(Language.ENGLISH);
        List<String> english = lookups.districts().stream().map(Lookup::name).toList();
        assertThat(english).contains("Almaly district", "Zhetysu district", "Новый район");
        // Ordered as English sorts the shown names: Zhetysu comes last of the shipped ones, not fifth.
        assertThat(english.indexOf("Zhetysu district")).isGreaterThan(english.indexOf("Turksib district"));
        assertThat(lookups.ranks()).extracting(Lookup::name).startsWith("police private").contains("police captain");
    }

    @Test
    void nothingStoredChanges() {
        new LookupRepository(db, ReferenceNames.in(messages)).districts();

        List<String> stored = db.read(dsl -> dsl.select(DISTRICT.NAME).from(DISTRICT).fetch(DISTRICT.NAME));
        assertThat(stored)
                .contains("Алмалинский", "Новый район").doesNotContain("Алмалы ауданы");
        assertThat(new LookupRepository(db).districts()).extracting(Lookup::name).contains("Алмалинский");
    }

    @Test
    void aRenamedShippedEntryKeepsTheNameItWasGiven() {
        messages.switchTo(Language.ENGLISH);
        ReferenceListRepository lists = new ReferenceListRepository(db, ReferenceNames.in(messages));
        ReferenceItem theft = lists.items(ReferenceList.OFFENCE_KIND, false).stream()
                .filter(i -> i.name().equals("Theft")).findFirst().orElseThrow();

        db.write(cfg -> lists.rename(cfg.dsl(), ReferenceList.OFFENCE_KIND, theft.id(), "Кража имущества", theft.version()));

        assertThat(lists.items(ReferenceList.OFFENCE_KIND, false)).extracting(ReferenceItem::name)
                .contains("Кража имущества", "Hooliganism").doesNotContain("Theft");
    }

    @Test
    void theMonthlySummaryFindsADistrictByItsNameInAnyLanguage() {
        MonthlySummaryRepository summaries = new MonthlySummaryRepository(db, ReferenceNames.in(messages));

        assertThat(summaries.districtByName("Almaly district")).hasValueSatisfying(d -> assertThat(d.title()).isEqualTo("Алмалы ауданы"));
        assertThat(summaries.districtByName("алмалинский")).isPresent();
        assertThat(summaries.districtByName("новый район")).hasValueSatisfying(d -> assertThat(d.title()).isEqualTo("Новый район"));
    }
}
