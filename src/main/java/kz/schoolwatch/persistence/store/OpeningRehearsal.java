// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import kz.schoolwatch.persistence.AccountRepository;
import kz.schoolwatch.persistence.CityStatsRepository;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import kz.schoolwatch.logging.ErrorSummary;
import kz.schoolwatch.persistence.audit.AuditLog;
import kz.schoolwatch.persistence.audit.AuditTriggers;
import kz.schoolwatch.persistence.security.DatabaseKey;
import kz.schoolwatch.persistence.security.KeyDerivation;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.tools.DeleteDbFiles;
import org.h2.tools.RunScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A dress rehearsal of signing in, run while the sign-in form waits for a password: the key derivation, then
 * H2's engine and cipher, the migrations' DDL, the audit triggers, an audited write and the first reads through
 * jOOQ, on a throwaway encrypted database in memory under a random key that holds nobody's data. A fresh JVM
 * runs all of that slowly the first time (class loading, interpreted code); rehearsed, the real sign-in that
 * follows runs compiled code. Nothing of it touches the data folder, and it gives way as soon as the real
 * sign-in begins, so on a two-core PC it never competes with it for long.
 */
public final class OpeningRehearsal {

    private static final Logger LOG = LoggerFactory.getLogger(OpeningRehearsal.class);
    private static final String ACTOR = "rehearsal";

    private OpeningRehearsal() {
    }

    /**
     * Runs the rehearsal step by step, stopping before the next step once {@code stop} is true.
     *
     * @return whether every step ran (false when stopped early or when a step failed)
     */
    public static boolean run(BooleanSupplier stop) {
        if (stop.getAsBoolean()) {
            return false;
        }
        try {
            KeyDerivation.rehearse();
        } catch (RuntimeException e) {
            LOG.debug("Key derivation rehearsal failed: {}", ErrorSummary.of(e));
        }
        String name = "rehearsal-" + UUID.randomUUID();
        JdbcConnectionPool pool;
        try (DatabaseKey key = DatabaseKey.random()) {
            pool = JdbcConnectionPool.create(key.dataSource("jdbc:h2:memFS:" + name + H2Url.flags() + H2Url.RUNTIME_FLAGS));
        }
        Database db = new Database(Path.of(name), null, pool);
        try {
            if (stop.getAsBoolean() || !createSchema(pool, stop)) {
                return false;
            }
            db.setActor(ACTOR);
            new AccountRepository(db).byLogin(ACTOR);
            db.write(cfg -> {
                AuditLog.append(cfg.dsl(), AuditLog.Entry.of(ACTOR, "LOGIN", "session", ACTOR, null, null, null));
                return null;
            });
            if (stop.getAsBoolean()) {
                return false;
            }
            new CityStatsRepository(db).cityTotals();
            return true;
        } catch (SQLException | IOException | RuntimeException e) {
            // Only a rehearsal: the real opening reports its own errors.
            LOG.debug("Sign-in rehearsal stopped: {}", ErrorSummary.of(e));
            return false;
        } finally {
            // A plain shutdown: Database.close() may compact, which H2 does not support over an encrypted memFS file.
            try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
                st.execute("SHUTDOWN");
            } catch (SQLException e) {
                LOG.debug("Sign-in rehearsal's database did not shut down: {}", ErrorSummary.of(e));
            }
            pool.dispose();
            DeleteDbFiles.execute("memFS:", name, true);
        }
    }

    /** The schema from the bundled migrations, by H2's own script runner; false when told to stop half-way. */
    private static boolean createSchema(JdbcConnectionPool pool, BooleanSupplier stop) throws SQLException, IOException {
        try (Connection c = pool.getConnection()) {
            for (String script : migrationScripts()) {
                if (stop.getAsBoolean()) {
                    return false;
                }
                try (Reader sql = new InputStreamReader(OpeningRehearsal.class.getResourceAsStream(script), StandardCharsets.UTF_8)) {
                    RunScript.execute(c, sql);
                }
            }
            AuditTriggers.install(c);
        }
        return true;
    }

    /**
     * H2's migrations' resource names in version order, listed from the jar (or the classes folder in development)
     * the way Flyway finds them: those both engines run and H2's own. Flyway itself is not rehearsed: a current
     * database never runs it.
     */
    static List<String> migrationScripts() throws IOException {
        List<String> scripts = new ArrayList<>();
        for (String folder : Engine.H2.migrationFolders()) {
            scripts.addAll(scriptsIn(folder));
        }
        scripts.sort(Comparator.comparingInt(OpeningRehearsal::version));
        return scripts;
    }

    private static List<String> scriptsIn(String resourceFolder) throws IOException {
        URI folder;
        try {
            folder = OpeningRehearsal.class.getResource(resourceFolder).toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if ("jar".equals(folder.getScheme())) {
            try (FileSystem jar = FileSystems.newFileSystem(folder, Map.of())) {
                return scriptsIn(jar.getPath(resourceFolder), resourceFolder);
            }
        }
        return scriptsIn(Path.of(folder), resourceFolder);
    }

    private static List<String> scriptsIn(Path folder, String resourceFolder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> resourceFolder + "/" + n)
                    .toList();
        }
    }

    private static int version(String script) {
        String name = script.substring(script.lastIndexOf('/') + 1);
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
