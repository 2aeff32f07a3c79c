// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.requirements;

import java.util.stream.Collectors;

import kz.schoolwatch.domain.RequirementItem;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.i18n.Messages;

/** How an item's reach and rule read in the table: «все школы», «более 300 учащихся», the school types. */
final class RequirementLabels {

    private RequirementLabels() {
    }

    static String appliesTo(RequirementItem item, Messages messages) {
        String pupils;
        if (item.pupilsOver() == null) {
            pupils = item.inRegionalCentre() ? messages.get("requirement.applies.regionalCentre") : messages.get("requirement.applies.all");
        } else if (item.inRegionalCentre()) {
            pupils = messages.get("requirement.applies.overAndCentre", item.pupilsOver());
        } else {
            pupils = messages.get("requirement.applies.over", item.pupilsOver());
        }
        if (item.schoolTypes().isEmpty()) {
            return pupils;
        }
        String types = item.schoolTypes().stream().sorted().map(t -> messages.of("school.type", t))
                .collect(Collectors.joining(", "));
        return pupils + "; " + types;
    }

    static String rule(RequirementItem item, Messages messages) {
        return messages.of("requirement.rule", item.rule());
    }

    static String figure(RequirementItem item) {
        return item.threshold() == null ? "" : Integer.toString(item.threshold());
    }

    static String type(SchoolType type, Messages messages) {
        return messages.of("school.type", type);
    }
}
