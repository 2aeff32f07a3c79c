// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Puts the audit triggers on every table. Done by the program at each opening rather than in a migration,
 * because a trigger names a Java class and the build's code generation migrates a database without it; doing
 * it at opening also covers tables that later migrations add.
 */
public final class AuditTriggers {

    private static final Set<String> NOT_AUDITED = Set.of("AUDIT_ENTRY", "flyway_schema_history");

    /** Each audited table's trigger is named this and the table's name. */
    static final String PREFIX = "AUDIT_";

    private AuditTriggers() {
    }

    /** Creates the missing triggers. DDL through JDBC: jOOQ's open-source edition cannot render CREATE TRIGGER. */
    public static void install(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", null, new String[] {"BASE TABLE", "TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        try (Statement st = c.createStatement()) {
            for (String table : tables) {
                if (!NOT_AUDITED.contains(table)) {
                    st.execute("CREATE TRIGGER IF NOT EXISTS \"" + PREFIX + table + "\" AFTER INSERT, UPDATE, DELETE ON \"" + table
                            + "\" FOR EACH ROW CALL '" + AuditTrigger.class.getName() + "'");
                }
            }
            if (tables.contains("AUDIT_ENTRY")) {
                st.execute("CREATE TRIGGER IF NOT EXISTS \"AUDIT_ENTRY_APPEND_ONLY\" BEFORE UPDATE, DELETE ON \"AUDIT_ENTRY\""
                        + " FOR EACH ROW CALL '" + AppendOnlyTrigger.class.getName() + "'");
            }
        }
    }
}
