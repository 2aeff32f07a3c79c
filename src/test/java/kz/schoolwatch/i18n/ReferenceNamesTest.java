// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.schoolwatch.i18n.ReferenceNames.Shipped;
import org.junit.jupiter.api.Test;

class ReferenceNamesTest {

    private final Messages messages = Messages.of(Language.KAZAKH);
    private final ReferenceNames names = ReferenceNames.in(messages);

    @Test
    void aShippedDistrictShowsInTheLanguageSpoken() {
        assertThat(names.district("Алмалинский")).isEqualTo("Алмалы ауданы");
        assertThat(names.district("Ауэзовский")).isEqualTo("Әуезов ауданы");
        messages.switchTo(Language.ENGLISH);
        assertThat(names.district("Алмалинский")).isEqualTo("Almaly district");
        messages.switchTo(Language.RUSSIAN);
        assertThat(names.district("Алмалинский")).isEqualTo("Алмалинский");
    }

    @Test
    void everyShippedListIsNamed() {
        messages.switchTo(Language.ENGLISH);
        assertThat(names.rank("капитан полиции")).isEqualTo("police captain");
        assertThat(names.shown(Shipped.VISIT_PURPOSE, "Плановая проверка")).isEqualTo("Scheduled check");
        assertThat(names.shown(Shipped.EVENT_TYPE, "«Родительский час»")).isEqualTo("“Parents’ Hour”");
        assertThat(names.shown(Shipped.OFFENCE_KIND, "Кража")).isEqualTo("Theft");
        assertThat(names.shown(Shipped.PARTNER, "Кризисный центр «Забота»")).isEqualTo("Zabota crisis centre");
    }

    @Test
    void aRowAUnitAddedOrRenamedKeepsItsName() {
        assertThat(names.district("Новый район")).isEqualTo("Новый район");
        assertThat(names.district("Алмалинский р-н")).isEqualTo("Алмалинский р-н");
        assertThat(names.shown(Shipped.OFFENCE_KIND, null)).isNull();
        assertThat(ReferenceNames.code(Shipped.DISTRICT, "Новый район")).isEmpty();
    }

    @Test
    void storedNamesShowAsTheyAreWhenAskedTo() {
        assertThat(ReferenceNames.asStored().district("Алмалинский")).isEqualTo("Алмалинский");
    }

    @Test
    void aNameInAnyLanguageReadsAsTheStoredOne() {
        assertThat(ReferenceNames.seededName(Shipped.DISTRICT, "Almaly district")).contains("Алмалинский");
        assertThat(ReferenceNames.seededName(Shipped.DISTRICT, " түрксіб ауданы ")).contains("Турксибский");
        assertThat(ReferenceNames.seededName(Shipped.RANK, "Police Major")).contains("майор полиции");
        assertThat(ReferenceNames.seededName(Shipped.DISTRICT, "Алмалинский")).contains("Алмалинский");
        assertThat(ReferenceNames.seededName(Shipped.DISTRICT, "Karaganda")).isEmpty();
    }

    @Test
    void sortingFollowsTheShownName() {
        messages.switchTo(Language.ENGLISH);
        List<String> shown = new ArrayList<>(List.of("Жетысуский", "Алатауский", "Турксибский").stream().map(names::district).toList());
        shown.sort(names.byShownName(s -> s));
        assertThat(shown).containsExactly("Alatau district", "Turksib district", "Zhetysu district");
    }

    /** The Russian texts are the seeded names: a row is known by them, so they must not drift from the seed. */
    @Test
    void theRussianNamesAreExactlyTheSeededOnes() throws IOException {
        String seed = Files.readString(Path.of("db/common/V2__reference_data.sql"));
        Messages russian = Messages.russian();
        for (Shipped list : Shipped.values()) {
            List<String> keys = Collections.list(russian.bundle().getKeys()).stream()
                    .filter(k -> k.startsWith(list.prefix() + ".")).toList();
            assertThat(keys).as(list.name()).isNotEmpty();
            for (String key : keys) {
                assertThat(seed).as(key).contains("('" + russian.get(key) + "'");
                for (Language language : Language.values()) {
                    assertThat(Messages.of(language).bundle().containsKey(key)).as(language + " " + key).isTrue();
                }
            }
        }
    }

    @Test
    void everySeededRowHasAName() throws IOException {
        String seed = Files.readString(Path.of("db/common/V2__reference_data.sql"));
        Matcher districts = Pattern.compile("\\('([^']+)', \\d+\\)").matcher(seed.substring(seed.indexOf("INSERT INTO district"),
                seed.indexOf("INSERT INTO partner")));
        int seen = 0;
        while (districts.find()) {
            seen++;
            String name = districts.group(1);
            assertThat(ReferenceNames.code(Shipped.DISTRICT, name)
                    .or(() -> ReferenceNames.code(Shipped.RANK, name))
                    .or(() -> ReferenceNames.code(Shipped.VISIT_PURPOSE, name))
                    .or(() -> ReferenceNames.code(Shipped.EVENT_TYPE, name))).as(name).isPresent();
        }
        assertThat(seen).isEqualTo(8 + 14 + 7 + 8);
    }
}
