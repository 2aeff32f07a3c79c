// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.requirements;

import java.util.List;
import java.util.concurrent.Callable;

import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import kz.schoolwatch.domain.RequirementSet;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.i18n.RequirementTexts;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.ValidationException;
import kz.schoolwatch.ui.common.FormDialog;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;
import kz.schoolwatch.ui.common.FormGrid;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * «Новая редакция»: a set of requirements from a day on, starting as a copy of the latest set's items, when a law
 * changes. The old set keeps judging the days before.
 */
final class NewEditionDialog {

    private final TextField name = new TextField();
    private final TextField source = new TextField();
    private final DatePicker validFrom;
    private final FormDialog dialog;
    private Long savedId;

    NewEditionDialog(Node owner, Messages messages, TaskRunner tasks, RequirementsViewModel model) {
        name.setId("editionName");
        source.setId("editionSource");
        validFrom = Formats.datePicker("editionValidFrom", messages);
        RequirementSet latest = model.latest();
        if (latest != null) {
            name.setText(RequirementTexts.name(latest, messages));
            source.setText(latest.legalSource());
        }
        FormErrors errors = new FormErrors(messages);
        GridPane grid = FormGrid.of(600, 100);
        grid.add(errors.register("name", new FormField(messages.get("requirement.set.name"), name)), 0, 0);
        grid.add(errors.register("legalSource", new FormField(messages.get("requirement.set.source"), source)), 0, 1);
        grid.add(errors.register("validFrom", new FormField(messages.get("requirement.set.validFrom"), validFrom)), 0, 2);
        FormGrid.fill(name, source);
        dialog = new FormDialog(owner, messages, messages.get("requirement.set.newEdition"), "edition", grid, errors, tasks,
                () -> read(model));
    }

    private Callable<?> read(RequirementsViewModel model) {
        if (Formats.hasUnreadableDate(validFrom)) {
            throw new ValidationException(List.of(FieldError.of("validFrom", "validation.date")));
        }
        Formats.commit(validFrom);
        Callable<Long> save = model.newEdition(name.getText(), source.getText(), validFrom.getValue());
        return () -> {
            savedId = save.call();
            return savedId;
        };
    }

    /** Shows the dialog; returns the new set's id, or null when cancelled. */
    Long showAndWait() {
        return Boolean.TRUE.equals(dialog.showAndWait().orElse(false)) ? savedId : null;
    }
}
