// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.report;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.ReportScope;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * «Паспорта школ района (PDF)…» on the monthly summary's screen: the passports of the district chosen as the
 * summary's scope (a head of a district has only theirs), saved as one file with progress and cancel.
 */
final class DistrictPassportsBar extends HBox {

    DistrictPassportsBar(PassportExportViewModel exports, Messages messages, ObservableValue<ReportScope.Kind> kind,
                         ObservableValue<ReportScope> target) {
        super(10);
        setId("districtPassportsBar");
        setAlignment(Pos.CENTER_LEFT);
        Button save = new Button(messages.get("passport.district.button"), new FontIcon("mdi2f-file-pdf-box"));
        save.setId("districtPassportsSave");
        save.setMinWidth(Region.USE_PREF_SIZE);
        BooleanBinding noDistrict = Bindings.createBooleanBinding(
                () -> kind.getValue() != ReportScope.Kind.DISTRICT || target.getValue() == null, kind, target);
        save.disableProperty().bind(noDistrict.or(exports.exportingProperty()));
        save.setOnAction(e -> {
            ReportScope district = target.getValue();
            if (district != null && kind.getValue() == ReportScope.Kind.DISTRICT) {
                exports.saveDistrict(save, (int) district.id(), district.title());
            }
        });
        // A disabled button shows no tooltip of its own: the hint sits on a label beside it.
        Label hint = new Label(messages.get("passport.district.hint"));
        hint.getStyleClass().add("footnote");
        hint.visibleProperty().bind(noDistrict);
        hint.managedProperty().bind(noDistrict);

        ProgressBar progress = new ProgressBar();
        progress.setId("districtPassportsProgress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(exports.progressProperty());
        Button cancel = new Button(messages.get("passport.cancel"));
        cancel.setId("districtPassportsCancel");
        cancel.setOnAction(e -> exports.cancel());
        for (Node n : new Node[] {progress, cancel}) {
            n.visibleProperty().bind(exports.exportingProperty());
            n.managedProperty().bind(exports.exportingProperty());
        }
        Label status = new Label();
        status.setId("districtPassportsStatus");
        status.getStyleClass().add("footnote");
        status.setMinWidth(0);
        status.textProperty().bind(exports.statusProperty());
        status.setTooltip(new Tooltip());
        status.getTooltip().textProperty().bind(exports.statusProperty());
        getChildren().addAll(save, hint, progress, cancel, status);
    }
}
