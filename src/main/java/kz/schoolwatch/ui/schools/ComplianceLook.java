// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import kz.schoolwatch.domain.ComplianceStatus;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * How a compliance status looks wherever it is shown: an icon of its own shape (a tick, a cross, a question mark)
 * beside its word, and its colour, so that it reads without telling colours apart.
 */
final class ComplianceLook {

    private static final PseudoClass SUCCESS = PseudoClass.getPseudoClass("success");
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private ComplianceLook() {
    }

    static FontIcon icon(ComplianceStatus status) {
        FontIcon icon = new FontIcon(switch (status) {
            case MET -> "mdi2c-check-circle-outline";
            case NOT_MET -> "mdi2c-close-circle-outline";
            case UNKNOWN -> "mdi2h-help-circle-outline";
        });
        icon.getStyleClass().add("compliance-icon");
        return icon;
    }

    /** Marks {@code node} met (green), not met (red) or unknown (orange); null clears it. */
    static void tone(Node node, ComplianceStatus status) {
        node.pseudoClassStateChanged(SUCCESS, status == ComplianceStatus.MET);
        node.pseudoClassStateChanged(DANGER, status == ComplianceStatus.NOT_MET);
        node.pseudoClassStateChanged(WARNING, status == ComplianceStatus.UNKNOWN);
        if (!node.getStyleClass().contains("compliance")) {
            node.getStyleClass().add("compliance");
        }
    }
}
