// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import kz.schoolwatch.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class EditBarTest {

    @Test
    void buttonsKeepTheirIdsAndActOnTheSelectionOnlyWhileThereIsOne() throws Exception {
        FxToolkit.registerPrimaryStage();
        Messages messages = Messages.russian();
        SimpleObjectProperty<String> selected = new SimpleObjectProperty<>();
        List<String> done = new ArrayList<>();
        Button[] b = new Button[3];
        FxToolkit.setupFixture(() -> {
            EditBar<String> bar = new EditBar<>(messages, selected);
            b[0] = bar.add("thingNew", "common.edit", "mdi2p-plus", () -> done.add("new"));
            b[1] = bar.edit("thingEdit", item -> done.add("edit " + item));
            b[2] = bar.delete("thingDelete", item -> done.add("delete " + item));
        });
        assertThat(b[0].getId()).isEqualTo("thingNew");
        assertThat(b[1].getId()).isEqualTo("thingEdit");
        assertThat(b[1].getText()).isEqualTo(messages.get("common.edit"));
        assertThat(b[2].getText()).isEqualTo(messages.get("common.delete"));
        assertThat(b[0].isDisable()).isFalse();
        assertThat(b[1].isDisable()).isTrue();
        assertThat(b[2].isDisable()).isTrue();

        FxToolkit.setupFixture(() -> selected.set("A"));
        assertThat(b[1].isDisable()).isFalse();
        FxToolkit.setupFixture(() -> {
            b[0].fire();
            b[1].fire();
            b[2].fire();
        });
        assertThat(done).containsExactly("new", "edit A", "delete A");
    }
}
