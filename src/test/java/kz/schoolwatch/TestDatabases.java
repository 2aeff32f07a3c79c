// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;

import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.persistence.CityStatsRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.DatabaseOpenException;
import kz.schoolwatch.persistence.store.H2Url;
import kz.schoolwatch.persistence.security.DatabaseKey;
import kz.schoolwatch.persistence.security.KeyRing;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.DemoCityService;

/**
 * Test databases: the same encrypted H2 files as the program's, opened with a fixed test key (or, in a folder
 * set up through the sign-in, with the key unwrapped by the test administrator's password).
 */
public final class TestDatabases {

    /**
     * The key of test folders without a key ring: fixed, so that a child JVM (crash harness, second copy) and its
     * parent open the same encrypted file. Only tests use it; the program's keys are random.
     */

    private static DatabaseKey fixedKey() {
        try {
            return DatabaseKey.of(MessageDigest.getInstance("SHA-256")
                    .digest("SchoolWatch test key".getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private TestDatabases() {
    }

    /** Opens (creating) the encrypted database of {@code folder}; changes are audited as the user "test". */
    public static Database open(Path folder) throws DatabaseOpenException {
        Database db = Database.open(folder, key(folder));
        db.setActor("test");
        return db;
    }

    /** Opens {@code folder}'s database and loads the demo city as it would be made on {@code clock}'s day. */
    public static Database openWithDemoCity(Path folder, Clock clock) throws DatabaseOpenException {
        Database db = open(folder);
        new DemoCityService(db, new CityStatsRepository(db), clock, admin())
                .loadIfEmpty(p -> { });
        return db;
    }

    /** The key of {@code folder}'s database. */
    public static DatabaseKey key(Path folder) {
        if (KeyRing.existsIn(folder)) {
            return KeyRing.load(folder).unwrap(TestSessions.ADMIN, TestSessions.PASSWORD.toCharArray())
                    .orElseThrow(() -> new IllegalStateException("the test administrator cannot open " + folder));
        }
        // A fresh copy each time: a session that closes wipes its key, and the next test must not inherit zeros.
        return fixedKey();
    }

    /** A plain JDBC connection to {@code folder}'s database (shares the open database inside this JVM). */
    public static Connection connect(Path folder) throws SQLException {
        return key(folder).dataSource(H2Url.forFolder(folder)).getConnection();
    }

    public static UserAccount account(Role role, Long officerId, Integer districtId) {
        return new UserAccount(1, role.name().toLowerCase(), "Test " + role, role, officerId, districtId, true, false, LocalDateTime.now());
    }

    /** A head of unit for the whole city: may do everything but accounts, settings and reference lists. */
    public static Access head() {
        return new Access(account(Role.HEAD, null, null), id -> null);
    }

    public static Access admin() {
        return new Access(account(Role.ADMIN, null, null), id -> null);
    }
}
