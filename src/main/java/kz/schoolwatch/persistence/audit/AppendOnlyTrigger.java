// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** Refuses any UPDATE or DELETE of the audit trail: entries are only ever added. */
public final class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("The audit trail is append-only", "42000", 90_999);
    }
}
