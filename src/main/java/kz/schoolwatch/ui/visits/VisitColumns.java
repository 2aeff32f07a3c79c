// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.visits;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import kz.schoolwatch.domain.SchoolNames;
import kz.schoolwatch.domain.Visit;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Columns;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.Tables;

/** The columns of a visits table, shared by the visits screen and a school's card. */
final class VisitColumns {

    private VisitColumns() {
    }

    static void install(TableView<Visit> table, Messages messages, boolean withSchool) {
        TableColumn<Visit, String> when = Columns.unsorted(messages.get("visit.column.when"), 140, v -> Formats.dateTime(v.visitedAt()));
        TableColumn<Visit, String> school = Columns.unsorted(messages.get("visit.column.school"), 220,
                v -> SchoolNames.label(v.schoolNumber(), v.schoolName()));
        TableColumn<Visit, String> district = Columns.unsorted(messages.get("visit.column.district"), 120, Visit::districtName);
        TableColumn<Visit, String> officer = Columns.unsorted(messages.get("visit.column.officer"), 135, Visit::officerName);
        TableColumn<Visit, String> purpose = Columns.unsorted(messages.get("visit.column.purpose"), 190, Visit::purposeName);
        TableColumn<Visit, String> findings = Columns.unsorted(messages.get("visit.column.findings"), 220, Visit::findings);
        TableColumn<Visit, String> actions = Columns.unsorted(messages.get("visit.column.actions"), 220, Visit::agreedActions);
        // «04.12.2026 16:00» whole; the rest no narrower than a short school name, a district, an officer.
        Tables.width(when, 140, 140);
        Tables.width(school, 180, 220);
        Tables.width(district, 130, 130);
        Tables.width(officer, 142, 142);
        Tables.width(purpose, 130, 190);
        Tables.width(findings, 140, 220);
        Tables.width(actions, 140, 220);
        if (withSchool) {
            table.getColumns().setAll(List.of(when, school, district, officer, purpose, findings, actions));
            // Beside the form the list has room for who, where, when and why; the rest on request.
            Tables.hiddenAtFirst(List.of(district, findings, actions));
        } else {
            table.getColumns().setAll(List.of(when, officer, purpose, findings, actions));
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("visit.none")));
        Tables.fit(table);
    }

}
