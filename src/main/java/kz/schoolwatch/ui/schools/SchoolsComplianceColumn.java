// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import kz.schoolwatch.domain.ComplianceStatus;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.i18n.ComplianceTexts;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Tables;

/**
 * The Schools list's column «Соответствие»: each school's compliance of today as an icon and a short mark («да», the
 * number of requirements not met, «н/д»), the status in full in its tooltip; sorted by it, the schools with most gaps come last (first when descending).
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
        Tables.width(column, 68, 76);
        Tables.header(column, messages.get("schools.col.compliance.short"), messages.get("schools.col.compliance"));
        // Its cells give their own tooltips (the gaps), not the text cut short.
        column.getProperties().put(Tables.TOOLTIPS_WHEN_CUT, Boolean.TRUE);
        return column;
    }

    /** What the tooltip says of a school's mark: the gaps, or the items it could not be judged on, or that all are met. */
    String tooltip(SchoolsCompliance.Mark mark) {
        String detail = switch (mark.status()) {
            case NOT_MET -> messages.get("schools.compliance.notMet", mark.notMet());
            case UNKNOWN -> messages.get("schools.compliance.unknown", mark.unknown());
            case MET -> messages.get("schools.compliance.met");
        };
        return texts.status(mark.status()) + " — " + detail;
    }

    private final class MarkCell extends TableCell<SchoolRow, SchoolsCompliance.Mark> {
        @Override
        protected void updateItem(SchoolsCompliance.Mark item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null;
            // At a laptop's width the list has room for a short mark only («да», the number of gaps, «н/д»); the icon's
            // shape tells the status too, and the tooltip says it in full.
            setText(blank ? null : item.status() == ComplianceStatus.NOT_MET ? Integer.toString(item.notMet())
                    : messages.of("schools.compliance.short", item.status()));
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
