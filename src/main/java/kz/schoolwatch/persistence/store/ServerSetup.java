// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import kz.schoolwatch.persistence.jooq.Tables;

/**
 * Sets up SchoolWatch's database on the unit's PostgreSQL server, or brings it up to date after a program update
 * ({@code schoolwatch server-setup}): as a superuser it makes the owner login and the database if they are
 * missing; as the owner it runs the migrations (tables, audit triggers, group roles, rights); then it makes the
 * first administrator's account and login role. Each step is skipped when already done, so running it again is
 * safe and is how a newer program's migrations reach the server.
 */
public final class ServerSetup {

    /** The owner's login unless told otherwise. */
    public static final String DEFAULT_OWNER = "schoolwatch_owner";

    /** Names this command puts into SQL: plain lower-case identifiers, as the logins of accounts are. */
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,39}");
    private static final List<String> GROUPS = List.of("schoolwatch_inspector", "schoolwatch_head", "schoolwatch_admin");

    /** What a run did, step by step, for the command's output. */
    public enum Step { OWNER_CREATED, DATABASE_CREATED, MIGRATED, ADMIN_CREATED, ADMIN_LOGIN_CREATED }

    /**
     * The first administrator, made if no account of that login exists yet. An administrator's account that
     * exists without a login role (moved from a PC) gets its login role and this password.
     *
     * @param login    the account's login (lower case), also its login role's name
     * @param fullName the name the accounts screen shows
     * @param password its password; the server keeps only its SCRAM verifier
     */
    public record Admin(String login, String fullName, char[] password) {
    }

    private ServerSetup() {
    }

    /** Whether {@code name} may be a database, owner or account name for this command. */
    public static boolean isPlainName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /**
     * Runs the set-up on {@code address}'s server.
     *
     * @param superuser a superuser's login (it makes roles and the database, and hands the schema over)
     * @param owner     the owner's login; {@code ownerPassword} is the one it gets if it is made now, else its own
     * @param admin     the first administrator, or null for none
     * @return the steps done, in order (none when everything was already in place)
     * @throws DatabaseOpenException when the server cannot be reached, refuses a login, or a newer SchoolWatch
     *                               migrated the database
     */
    public static List<Step> run(ServerAddress address, String superuser, char[] superPassword, String owner,
                                 char[] ownerPassword, Admin admin) throws DatabaseOpenException, SQLException {
        for (String name : new String[] {address.database(), owner, admin == null ? owner : admin.login()}) {
            if (!isPlainName(name)) {
                throw new IllegalArgumentException("not a plain lower-case name: " + name);
            }
        }
        List<Step> done = new ArrayList<>();
        ownerAndDatabase(address, superuser, superPassword, owner, ownerPassword, done);
        int before;
        try (Connection c = connect(address, superuser, superPassword); Statement st = c.createStatement()) {
            // The owner decides who may make objects in the schema (V8 takes that right from everybody else).
            st.execute("ALTER SCHEMA public OWNER TO " + owner);
            before = schemaVersion(st);
        }
        try (Database db = Database.connect(address, owner, ownerPassword)) {
            if (before < Engine.POSTGRESQL.schemaVersion()) {
                done.add(Step.MIGRATED);
            }
            if (admin != null) {
                administrator(db, admin, done);
            }
        }
        return done;
    }

    /** As the superuser: the owner login, the group roles the owner may grant, and the database. */
    private static void ownerAndDatabase(ServerAddress address, String superuser, char[] superPassword, String owner,
                                         char[] ownerPassword, List<Step> done) throws SQLException {
        ServerAddress maintenance = new ServerAddress(address.host(), address.port(), "postgres");
        try (Connection c = connect(maintenance, superuser, superPassword); Statement st = c.createStatement()) {
            if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", owner)) {
                st.execute("CREATE ROLE " + owner + " LOGIN CREATEROLE PASSWORD '" + verifier(ownerPassword) + "'");
                done.add(Step.OWNER_CREATED);
            }
            // The groups are the cluster's: made here once, and the owner may put accounts into them.
            for (String group : GROUPS) {
                if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", group)) {
                    st.execute("CREATE ROLE " + group + " NOLOGIN");
                }
                st.execute("GRANT " + group + " TO " + owner + " WITH ADMIN OPTION");
            }
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", address.database())) {
                st.execute("CREATE DATABASE " + address.database() + " OWNER " + owner + " ENCODING 'UTF8' TEMPLATE template0");
                done.add(Step.DATABASE_CREATED);
            }
        }
    }

    /**
     * As the owner: the first administrator's account and login role; or, for an administrator's account that
     * exists without a login role (moved from a PC), its login role.
     */
    private static void administrator(Database db, Admin admin, List<Step> done) {
        String role = db.read(dsl -> dsl.select(Tables.APP_USER.USER_ROLE).from(Tables.APP_USER)
                .where(Tables.APP_USER.LOGIN.eq(admin.login())).fetchOne(Tables.APP_USER.USER_ROLE));
        if (role != null && !role.equals("ADMIN")) {
            throw new IllegalArgumentException("the account " + admin.login() + " exists and is not an administrator's");
        }
        if (role != null && hasLogin(db, admin.login())) {
            return;
        }
        db.write(cfg -> {
            if (role == null) {
                cfg.dsl().insertInto(Tables.APP_USER)
                        .set(Tables.APP_USER.LOGIN, admin.login())
                        .set(Tables.APP_USER.FULL_NAME, admin.fullName())
                        .set(Tables.APP_USER.USER_ROLE, "ADMIN")
                        .set(Tables.APP_USER.PASSWORD_HASH, ServerLogins.PASSWORD_MARKER)
                        .execute();
            }
            ServerLogins.setPassword(cfg.dsl(), admin.login(), admin.password());
            return null;
        });
        done.add(role == null ? Step.ADMIN_CREATED : Step.ADMIN_LOGIN_CREATED);
    }

    private static boolean hasLogin(Database db, String login) {
        return db.read(dsl -> dsl.fetchExists(dsl.selectOne().from("pg_roles").where("rolname = ?", login)));
    }

    /** The schema version Flyway recorded in the database, 0 for a new one. */
    private static int schemaVersion(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT to_regclass('public.flyway_schema_history') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return 0;
            }
        }
        try (ResultSet rs = st.executeQuery("SELECT coalesce(max(split_part(\"version\", '.', 1)::INT), 0)"
                + " FROM flyway_schema_history WHERE success AND \"version\" IS NOT NULL")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Connection connect(ServerAddress address, String login, char[] password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", login);
        p.setProperty("password", new String(password));
        p.setProperty("ApplicationName", "SchoolWatch server-setup");
        return DriverManager.getConnection(address.jdbcUrl(), p);
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String verifier(char[] password) {
        String v = PostgresDriver.scramVerifier(password);
        if (!v.matches("[A-Za-z0-9+/=$:-]+")) {
            throw new IllegalStateException("unexpected characters in a SCRAM verifier");
        }
        return v;
    }
}
