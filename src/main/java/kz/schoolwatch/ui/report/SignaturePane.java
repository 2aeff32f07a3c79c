// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.report;

import javafx.beans.binding.Bindings;
import javafx.scene.control.TitledPane;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.SignatureForm;
import kz.schoolwatch.ui.common.SignatureViewModel;

/**
 * «Подпись под сводкой» on the summary screen: folded to one line that says who signs, opened to change the rank
 * and the name with the same form as the Settings screen's «Моя подпись под сводкой». Each officer signs their
 * own summaries.
 */
final class SignaturePane extends TitledPane {

    SignaturePane(SignatureViewModel model, Messages messages) {
        setId("signaturePane");
        setExpanded(false);
        setAnimated(false);
        textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("report.signature.summary", (model.rankProperty().get() + " " + model.nameProperty().get()).strip()),
                model.rankProperty(), model.nameProperty()));
        setContent(new SignatureForm(model, messages));
    }
}
