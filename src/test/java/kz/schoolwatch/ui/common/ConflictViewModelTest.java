// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.ConflictViewModel.Resolution;
import kz.schoolwatch.ui.common.ConflictViewModel.Row;
import kz.schoolwatch.ui.common.ConflictViewModel.Side;
import org.junit.jupiter.api.Test;

/** The three sides of a save that met someone else's change, field by field, and what each choice saves. */
class ConflictViewModelTest {

    /** A record shaped like the forms' own: an id, fields, the version last. */
    record Card(Long id, String name, String phone, SchoolType type, Integer pupils, LocalDate closedOn, int version) {
    }

    private static final ConflictFields<Card> FIELDS = ConflictFields.of(Card.class)
            .add("name", "school.field.name", Card::name)
            .add("phone", "school.field.phone", Card::phone)
            .add("type", "school.field.type", Card::type, ConflictFields.named("school.type"))
            .add("pupils", "school.field.pupils", Card::pupils)
            .add("closedOn", "school.field.archivedOn", Card::closedOn);

    private static final Card BASE = new Card(7L, "Школа №7", "+7 727 000 00 01", SchoolType.GENERAL, 500, null, 3);

    private final List<Card> shown = new ArrayList<>();
    private final List<Card> saved = new ArrayList<>();

    private ConflictViewModel<Card> conflict(Card theirs, Card mine) {
        return new ConflictViewModel<>(FIELDS, BASE, theirs, mine, shown::add, saved::add);
    }

    @Test
    void listsOnlyTheFieldsEitherSideChangedAndMarksTheClash() {
        Card theirs = new Card(7L, "Школа-гимназия №7", "+7 727 000 00 01", SchoolType.SCHOOL_GYMNASIUM, 500, null, 4);
        Card mine = new Card(7L, "Школа №7 им. Абая", "+7 727 999 99 99", SchoolType.GENERAL, 500, null, 3);

        List<Row> rows = conflict(theirs, mine).rows();

        assertThat(rows).extracting(Row::component).containsExactly("name", "phone", "type");
        Row name = rows.get(0);
        assertThat(name.clash()).isTrue();
        assertThat(name.choiceProperty().get()).isEqualTo(Side.MINE);
        Row phone = rows.get(1);
        assertThat(phone.changedByMe()).isTrue();
        assertThat(phone.changedByThem()).isFalse();
        assertThat(phone.choiceProperty().get()).isEqualTo(Side.MINE);
        Row type = rows.get(2);
        assertThat(type.changedByThem()).isTrue();
        assertThat(type.choiceProperty().get()).isEqualTo(Side.THEIRS);
        assertThat(type.text(Messages.russian(), Side.THEIRS)).isEqualTo("Школа-гимназия");
        assertThat(type.text(Messages.russian(), null)).isEqualTo("Общеобразовательная школа");
    }

    @Test
    void blankAndMissingTextAndSpacesAroundAreNoChange() {
        Card base = new Card(7L, "Школа №7", null, SchoolType.GENERAL, 500, null, 3);
        Card theirs = new Card(7L, "Школа №7", null, SchoolType.GENERAL, 501, null, 4);
        Card mine = new Card(7L, "  Школа №7 ", "  ", SchoolType.GENERAL, 500, null, 3);

        ConflictViewModel<Card> model = new ConflictViewModel<>(FIELDS, base, theirs, mine, shown::add, saved::add);

        assertThat(model.rows()).extracting(Row::component).containsExactly("pupils");
        assertThat(model.hasClash()).isFalse();
    }

    @Test
    void mergeTakesEachChosenSideAndAlwaysTheirVersion() {
        Card theirs = new Card(7L, "Школа-гимназия №7", "+7 727 000 00 01", SchoolType.SCHOOL_GYMNASIUM, 500,
                LocalDate.of(2026, 12, 5), 4);
        Card mine = new Card(7L, "Школа №7 им. Абая", "+7 727 999 99 99", SchoolType.GENERAL, 510, null, 3);
        ConflictViewModel<Card> model = conflict(theirs, mine);
        model.rows().get(0).choiceProperty().set(Side.THEIRS);

        model.resolve(Resolution.MERGE);

        assertThat(saved).containsExactly(new Card(7L, "Школа-гимназия №7", "+7 727 999 99 99", SchoolType.SCHOOL_GYMNASIUM,
                510, LocalDate.of(2026, 12, 5), 4));
        assertThat(shown).isEmpty();
    }

    @Test
    void applyMineSavesEveryTypedFieldOverTheirVersion() {
        Card theirs = new Card(7L, "Школа-гимназия №7", "+7 727 000 00 01", SchoolType.SCHOOL_GYMNASIUM, 500, null, 4);
        Card mine = new Card(7L, "Школа №7 им. Абая", "+7 727 000 00 01", SchoolType.GENERAL, 500, null, 3);

        conflict(theirs, mine).resolve(Resolution.APPLY_MINE);

        assertThat(saved).containsExactly(new Card(7L, "Школа №7 им. Абая", "+7 727 000 00 01", SchoolType.GENERAL, 500, null, 4));
    }

    @Test
    void keepTheirsShowsTheirsAndSavesNothing() {
        Card theirs = new Card(7L, "Школа-гимназия №7", "+7 727 000 00 01", SchoolType.GENERAL, 500, null, 4);
        Card mine = new Card(7L, "Школа №7 им. Абая", "+7 727 000 00 01", SchoolType.GENERAL, 500, null, 3);

        conflict(theirs, mine).resolve(Resolution.KEEP_THEIRS);

        assertThat(shown).containsExactly(theirs);
        assertThat(saved).isEmpty();
    }

    @Test
    void aFieldNamedWrongIsCaughtWhenTheFormIsBuilt() {
        assertThatThrownBy(() -> ConflictFields.of(Card.class).add("title", "school.field.name", Card::name))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
