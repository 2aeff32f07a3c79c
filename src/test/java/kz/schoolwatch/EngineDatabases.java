// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import kz.schoolwatch.persistence.CityStatsRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.DatabaseOpenException;
import kz.schoolwatch.persistence.store.Engine;
import kz.schoolwatch.persistence.store.PostgresServer;
import kz.schoolwatch.service.DemoCityService;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fresh databases on either engine, for tests that run on both: an encrypted H2 file in a test's folder, or a new
 * database on the test JVM's one PostgreSQL server ({@link PostgresServer}). Closes what it opened after each
 * test, or after the class when registered {@link #perClass()} in a static field:
 *
 * <pre>
 * &#64;RegisterExtension final EngineDatabases databases = EngineDatabases.perTest();
 *
 * &#64;ParameterizedTest &#64;EnumSource(Engine.class)
 * void figures(Engine engine, &#64;TempDir Path folder) throws Exception {
 *     Database db = databases.open(engine, folder);
 * </pre>
 */
public final class EngineDatabases implements AfterEachCallback, AfterAllCallback {

    private final boolean perClass;
    private final List<Database> open = new ArrayList<>();
    private int opened;

    private EngineDatabases(boolean perClass) {
        this.perClass = perClass;
    }

    /** Closes each test's databases after it (register in an instance field). */
    public static EngineDatabases perTest() {
        return new EngineDatabases(false);
    }

    /** Closes the databases after the whole class (register in a static field; open them in {@code @BeforeAll}). */
    public static EngineDatabases perClass() {
        return new EngineDatabases(true);
    }

    /**
     * A new, empty, migrated database on {@code engine}, its changes audited as the user "test". An H2 file goes
     * into a new folder under {@code folder}; the server's database is named by the server.
     */
    public synchronized Database open(Engine engine, Path folder) throws DatabaseOpenException {
        Database db = switch (engine) {
            case H2 -> TestDatabases.open(folder.resolve("h2-" + opened++));
            case POSTGRESQL -> PostgresServer.connectToNewDatabase();
        };
        open.add(db);
        return db;
    }

    /** {@link #open} with the demo city loaded into it, as it would be made on {@code clock}'s day. */
    public Database openWithDemoCity(Engine engine, Path folder, Clock clock) throws DatabaseOpenException {
        Database db = open(engine, folder);
        new DemoCityService(db, new CityStatsRepository(db), clock, TestDatabases.admin()).loadIfEmpty(p -> { });
        return db;
    }

    /**
     * A plain JDBC connection to {@code db}, for checks written as obvious SQL; closing it gives it back. Names in
     * such SQL are unquoted, so each engine folds them its own way, as the migrations' names were.
     */
    public static Connection connect(Database db) {
        return db.dsl().configuration().connectionProvider().acquire();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            closeAll();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        closeAll();
    }

    private synchronized void closeAll() {
        for (Database db : open) {
            db.close();
        }
        open.clear();
    }
}
