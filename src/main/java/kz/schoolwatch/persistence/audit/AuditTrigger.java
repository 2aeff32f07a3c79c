// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.h2.api.Trigger;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Records each inserted, updated or deleted row of a table in the audit trail, inside the same transaction as
 * the change: a change and its audit entry are committed together or not at all. Installed on every table by
 * {@link AuditTriggers}. An update records only the columns that changed, before and after.
 */
public final class AuditTrigger implements Trigger {

    /** Columns whose values never go into the trail: password hashes, and photos (issue 22), too big to copy. */
    private static final Set<String> HIDDEN = Set.of("password_hash", "picture", "thumbnail");

    private String table;
    private List<String> columns;
    private List<Integer> keyColumns;

    private String schema;

    /**
     * Remembers the table; its columns are read at the first change. H2 re-creates the trigger on a temporary copy
     * of the table while a migration adds a column ({@code SCHOOL_COPY_3_0}), so the table's name is taken from
     * the trigger's ({@code AUDIT_<table>}, {@link AuditTriggers}) without such a suffix, and its columns are read
     * once the copy has become the table.
     */
    @Override
    public void init(Connection conn, String schema, String trigger, String table, boolean before, int type) {
        String named = trigger.startsWith(AuditTriggers.PREFIX) ? trigger.substring(AuditTriggers.PREFIX.length()) : table;
        this.table = named.toLowerCase(Locale.ROOT).replaceFirst("_copy_\\d+_\\d+$", "");
        this.schema = schema;
    }

    private void readColumns(Connection conn) throws SQLException {
        String name = table.toUpperCase(Locale.ROOT);
        List<String> names = new ArrayList<>();
        try (ResultSet rs = conn.getMetaData().getColumns(null, schema, name, null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        List<Integer> keys = new ArrayList<>();
        try (ResultSet rs = conn.getMetaData().getPrimaryKeys(null, schema, name)) {
            while (rs.next()) {
                keys.add(names.indexOf(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)));
            }
        }
        this.columns = names;
        this.keyColumns = keys.isEmpty() ? List.of(0) : keys;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) {
        if (AuditContext.bulk()) {
            return;
        }
        if (columns == null) {
            try {
                readColumns(conn);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the columns of " + table + " for its audit trail", e);
            }
        }
        String action = oldRow == null ? "CREATE" : newRow == null ? "DELETE" : "UPDATE";
        Object[] row = newRow != null ? newRow : oldRow;
        String before = oldRow == null ? null : json(oldRow, newRow);
        String after = newRow == null ? null : json(newRow, oldRow);
        var dsl = DSL.using(conn, SQLDialect.H2, new Settings().withRenderSchema(false).withExecuteLogging(false));
        AuditLog.append(dsl, AuditLog.Entry.of(AuditContext.actor(), action, table, key(row), before, after, null));
    }

    private String key(Object[] row) {
        StringBuilder b = new StringBuilder();
        for (int i : keyColumns) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(row[i]);
        }
        return b.toString();
    }

    /** The row's values as JSON; when {@code other} is given (an update), only the columns that differ from it. */
    private String json(Object[] row, Object[] other) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < columns.size() && i < row.length; i++) {
            if (other != null && Objects.equals(row[i], other[i])) {
                continue;
            }
            if (b.length() > 1) {
                b.append(',');
            }
            String name = columns.get(i);
            quote(b, name).append(':');
            Object v = row[i];
            if (HIDDEN.contains(name)) {
                quote(b, "***");
            } else if (v == null) {
                b.append("null");
            } else if (v instanceof Number || v instanceof Boolean) {
                b.append(v);
            } else {
                quote(b, v.toString());
            }
        }
        return b.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"');
    }
}
