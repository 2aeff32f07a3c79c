// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.util.List;

/**
 * Why an item is not met or unknown, as a bundle key and its arguments ("compliance.reason.noEntranceCamera",
 * 2 → «нет камеры у входа №2»), so each screen and report says it in the user's language.
 */
public record ComplianceReason(String key, List<Object> args) {

    public ComplianceReason {
        args = List.copyOf(args);
    }

    public static ComplianceReason of(String key, Object... args) {
        return new ComplianceReason(key, List.of(args));
    }
}
