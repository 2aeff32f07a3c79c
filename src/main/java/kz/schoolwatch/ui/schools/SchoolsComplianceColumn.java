// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.i18n.ComplianceTexts;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Tables;

/**
 * The Schools list's column «Соответствие»: each school's compliance of today as an icon and a word, the number of
 * requirements not met in its tooltip; sorted by it, the schools with most gaps come last (first when descending).
 */
final class SchoolsComplianceColumn {

    private final SchoolsViewModel model;
    private final Messages messages;
    private final ComplianceTexts texts;

    SchoolsComplianceColumn(SchoolsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.texts = new ComplianceTexts(messages);
    }

    TableColumn<SchoolRow, SchoolsCompliance.Mark> column() {
        TableColumn<SchoolRow, SchoolsCompliance.Mark> column = new TableColumn<>(messages.get("schools.col.compliance"));
        column.setId("schoolsColCompliance");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(model.complianceProperty().get().of(c.getValue().id())));
        column.setCellFactory(c -> new MarkCell());
        Tables.width(column, 140, 150);
        // Its cells give their own tooltips (the gaps), not the text cut short.
        column.getProperties().put(Tables.TOOLTIPS_WHEN_CUT, Boolean.TRUE);
        return column;
    }

    /** What the tooltip says of a school's mark: the gaps, or the items it could not be judged on, or that all are met. */
    String tooltip(SchoolsCompliance.Mark mark) {
        return switch (mark.status()) {
            case NOT_MET -> messages.get("schools.compliance.notMet", mark.notMet());
            case UNKNOWN -> messages.get("schools.compliance.unknown", mark.unknown());
            case MET -> messages.get("schools.compliance.met");
        };
    }

    private final class MarkCell extends TableCell<SchoolRow, SchoolsCompliance.Mark> {
        @Override
        protected void updateItem(SchoolsCompliance.Mark item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null;
            setText(blank ? null : texts.status(item.status()));
            setGraphic(blank ? null : ComplianceLook.icon(item.status()));
            ComplianceLook.tone(this, blank ? null : item.status());
            if (blank) {
                setTooltip(null);
            } else {
                Tooltip tip = new Tooltip(tooltip(item));
                tip.setShowDelay(Duration.millis(400));
                setTooltip(tip);
            }
        }
    }
}
