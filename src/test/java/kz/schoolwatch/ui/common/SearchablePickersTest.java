// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import kz.schoolwatch.ui.SceneFixture;
import kz.schoolwatch.ui.WorkDriver;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A school picker whose list of schools is read again while it is on screen, as after a school is archived. */
class SearchablePickersTest {

    private record School(long id, String label) {
    }

    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @AfterEach
    void hide() throws Exception {
        SceneFixture.hide(stage);
    }

    private static List<School> schools(int count, long skip) {
        List<School> all = new ArrayList<>();
        all.add(new School(0, "Все школы"));
        for (long id = 1; id <= count; id++) {
            if (id != skip) {
                all.add(new School(id, "№" + id));
            }
        }
        return all;
    }

    @Test
    void readingTheChoicesAgainWithOneFewerKeepsTheChoiceAndThrowsNothing() throws Exception {
        ObservableList<School> choices = FXCollections.observableArrayList(schools(201, -1));
        ObjectProperty<School> chosen = new SimpleObjectProperty<>(choices.get(150));
        AtomicReference<SearchableComboBox<School>> picker = new AtomicReference<>();
        stage = SceneFixture.show(() -> {
            SearchableComboBox<School> box = SearchablePickers.over(choices);
            box.valueProperty().bindBidirectional(chosen);
            picker.set(box);
            return new VBox(box);
        });
        WorkDriver.waitUntil(10, () -> picker.get().getSkin() != null);

        // What a view model does with the list it read again: fresh records, one school fewer, the choice kept.
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        robot.interact(() -> {
            try {
                School before = chosen.get();
                choices.setAll(schools(201, 7));
                Selections.keep(chosen, choices, s -> s.id() == before.id(), choices.get(0));
            } catch (RuntimeException e) {
                thrown.set(e);
            }
        });

        assertThat(thrown.get()).isNull();
        assertThat(picker.get().getItems()).hasSize(201).doesNotContain(new School(7, "№7"));
        assertThat(picker.get().getValue()).isEqualTo(new School(150, "№150"));
        assertThat(chosen.get()).isEqualTo(new School(150, "№150"));
    }
}
