// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.util.OptionalLong;

/**
 * The result of walking the audit trail's hash chain.
 *
 * @param checked     entries checked
 * @param firstBroken the id of the first entry whose link does not hold, if any
 */
public record AuditChainCheck(long checked, OptionalLong firstBroken) {

    public boolean intact() {
        return firstBroken.isEmpty();
    }
}
