// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/**
 * Rows read again after another PC's save change on screen only where they changed, so a table keeps the row the
 * officer selected (and a form bound to it what is typed) when the change was elsewhere.
 */
class RowsTest {

    private record Centre(long id, String name, int teenagers) {
    }

    private final ObservableList<Centre> shown = FXCollections.observableArrayList(
            new Centre(1, "Жастар", 4), new Centre(2, "Арман", 0), new Centre(3, "Достық", 7));
    private final List<String> changes = new ArrayList<>();

    RowsTest() {
        shown.addListener((ListChangeListener<Centre>) c -> {
            while (c.next()) {
                if (c.wasReplaced()) {
                    changes.add("replaced " + c.getFrom() + ".." + c.getTo());
                } else if (c.wasAdded()) {
                    changes.add("added " + c.getFrom());
                } else if (c.wasRemoved()) {
                    changes.add("removed " + c.getFrom());
                }
            }
        });
    }

    @Test
    void rowsThatStayedTheSameAreLeftAloneAndAChangedOneIsPutBackInItsPlace() {
        Rows.update(shown, List.of(new Centre(1, "Жастар", 4), new Centre(2, "Арман", 5), new Centre(3, "Достық", 7)), Centre::id);

        assertThat(changes).containsExactly("removed 1", "added 1");
        assertThat(shown).extracting(Centre::teenagers).containsExactly(4, 5, 7);
    }

    @Test
    void nothingChangedFiresNothing() {
        Rows.update(shown, List.copyOf(shown), Centre::id);

        assertThat(changes).isEmpty();
    }

    @Test
    void aNewRowIsInsertedWhereItBelongsAndAGoneOneRemoved() {
        Centre jastar = shown.get(0);
        Centre dostyq = shown.get(2);
        Rows.update(shown, List.of(new Centre(4, "Алатау", 1), jastar, dostyq), Centre::id);

        assertThat(changes).containsExactly("removed 1", "added 0");
        assertThat(shown).extracting(Centre::id).containsExactly(4L, 1L, 3L);
        assertThat(shown.get(1)).isSameAs(jastar);
    }

    @Test
    void aMovedRowEndsUpInItsNewPlace() {
        Rows.update(shown, List.of(new Centre(2, "Арман", 0), new Centre(3, "Достық", 7), new Centre(1, "Жастар", 4)), Centre::id);

        assertThat(shown).extracting(Centre::id).containsExactly(2L, 3L, 1L);
    }

    @Test
    void aListMostlyNewIsPutOnAtOnce() {
        List<Centre> many = IntStream.range(0, Rows.MANY + 10).mapToObj(i -> new Centre(100 + i, "Центр " + i, i)).toList();

        Rows.update(shown, many, Centre::id);

        assertThat(changes).containsExactly("replaced 0.." + many.size());
        assertThat(shown).containsExactlyElementsOf(many);
    }
}
