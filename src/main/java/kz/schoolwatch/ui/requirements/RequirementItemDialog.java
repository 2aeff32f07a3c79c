// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.requirements;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.RequirementItem;
import kz.schoolwatch.domain.RequirementRule;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.i18n.RequirementTexts;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.ValidationException;
import kz.schoolwatch.ui.common.EnumConverter;
import kz.schoolwatch.ui.common.FormDialog;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;
import kz.schoolwatch.ui.common.FormGrid;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * Adds or changes one requirement: its text and source, the rule and its figure, and the schools it applies to.
 * The errors appear next to the fields; the dialog closes once the save has committed.
 */
final class RequirementItemDialog {

    private final TextField title = new TextField();
    private final TextField source = new TextField();
    private final ComboBox<RequirementRule> rule = new ComboBox<>();
    private final TextField threshold = new TextField();
    private final TextField pupilsOver = new TextField();
    private final CheckBox regionalCentre = new CheckBox();
    private final Map<SchoolType, CheckBox> types = new EnumMap<>(SchoolType.class);
    private final FormDialog dialog;
    private final Messages messages;
    private Long savedId;

    /** {@code item} null adds one to {@code setId}. */
    RequirementItemDialog(Node owner, Messages messages, TaskRunner tasks, RequirementsViewModel model, long setId,
                          RequirementItem item) {
        this.messages = messages;
        title.setId("requirementTitle");
        source.setId("requirementSource");
        rule.setId("requirementRule");
        threshold.setId("requirementThreshold");
        pupilsOver.setId("requirementPupilsOver");
        regionalCentre.setId("requirementRegionalCentre");
        regionalCentre.setText(messages.get("requirement.field.regionalCentre"));
        rule.getItems().setAll(RequirementRule.values());
        rule.setConverter(new EnumConverter<>(messages, "requirement.rule", RequirementRule.class));
        threshold.disableProperty().bind(rule.valueProperty().map(r -> !r.needsThreshold()).orElse(true));
        FlowPane typeBoxes = new FlowPane(12, 4);
        for (SchoolType t : SchoolType.values()) {
            CheckBox box = new CheckBox(RequirementLabels.type(t, messages));
            box.setId("requirementType_" + t.name());
            types.put(t, box);
            typeBoxes.getChildren().add(box);
        }
        if (item != null) {
            title.setText(RequirementTexts.title(item, messages));
            source.setText(item.legalSource());
            rule.setValue(item.rule());
            threshold.setText(item.threshold() == null ? "" : item.threshold().toString());
            pupilsOver.setText(item.pupilsOver() == null ? "" : item.pupilsOver().toString());
            regionalCentre.setSelected(item.inRegionalCentre());
            item.schoolTypes().forEach(t -> types.get(t).setSelected(true));
        }

        FormErrors errors = new FormErrors(messages);
        GridPane grid = FormGrid.of(640, 50, 50);
        grid.add(errors.register("title", new FormField(messages.get("requirement.field.title"), title)), 0, 0, 2, 1);
        grid.add(errors.register("legalSource", new FormField(messages.get("requirement.field.source"), source)), 0, 1, 2, 1);
        grid.add(errors.register("rule", new FormField(messages.get("requirement.field.rule"), rule)), 0, 2);
        grid.add(errors.register("threshold", new FormField(messages.get("requirement.field.threshold"), threshold)), 1, 2);
        grid.add(errors.register("pupilsOver", new FormField(messages.get("requirement.field.pupilsOver"), pupilsOver)), 0, 3);
        VBox centre = new VBox(regionalCentre);
        centre.setPadding(new Insets(22, 0, 0, 0));
        grid.add(centre, 1, 3);
        grid.add(new FormField(messages.get("requirement.field.types"), typeBoxes, types.get(SchoolType.GENERAL)), 0, 4, 2, 1);
        FormGrid.fill(title, source, rule, threshold, pupilsOver);

        String caption = messages.get(item == null ? "requirement.item.add" : "requirement.item.edit");
        dialog = new FormDialog(owner, messages, caption, "requirementItem", grid, errors, tasks, () -> read(model, setId, item));
    }

    /** Reads the form on the FX thread into the save; a figure that is not a number is refused next to its field. */
    private Callable<?> read(RequirementsViewModel model, long setId, RequirementItem item) {
        List<FieldError> wrong = new ArrayList<>();
        Integer figure = number("threshold", threshold.getText(), wrong);
        Integer over = number("pupilsOver", pupilsOver.getText(), wrong);
        if (!wrong.isEmpty()) {
            throw new ValidationException(wrong);
        }
        Set<SchoolType> chosen = EnumSet.noneOf(SchoolType.class);
        types.forEach((t, box) -> {
            if (box.isSelected()) {
                chosen.add(t);
            }
        });
        String typedTitle = title.getText();
        // A shipped item's text left as shown (in the user's language) keeps its stored Russian text and its code.
        String storedTitle = item != null && typedTitle != null && typedTitle.strip().equals(RequirementTexts.title(item, messages))
                ? item.title() : typedTitle;
        RequirementItem mine = new RequirementItem(item == null ? null : item.id(), setId, item == null ? 0 : item.position(),
                item == null ? null : item.code(), storedTitle, source.getText(), rule.getValue(), figure, over,
                regionalCentre.isSelected(), chosen, item == null ? 0 : item.version());
        Callable<Long> save = model.saveItem(mine);
        return () -> {
            savedId = save.call();
            return savedId;
        };
    }

    private static Integer number(String field, String text, List<FieldError> wrong) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            wrong.add(FieldError.of(field, "validation.number"));
            return null;
        }
    }

    /** Shows the dialog; returns the saved item's id, or null when cancelled. */
    Long showAndWait() {
        return Boolean.TRUE.equals(dialog.showAndWait().orElse(false)) ? savedId : null;
    }
}
