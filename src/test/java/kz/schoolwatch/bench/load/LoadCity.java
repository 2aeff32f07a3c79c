// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench.load;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.EVENT_TYPE;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.persistence.CityStatsRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.DatabaseOpenException;
import kz.schoolwatch.persistence.store.ServerAddress;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.DemoCityService;

/**
 * The unit's server as the load run finds it: the demo city (201 schools, their cameras, a year of visits) in a
 * database the server's owner made, a pool of schools every head edits (their pupils set to 0 and their cameras'
 * notes emptied, so every later change is a count the stored records must show), and a login of the server for
 * each officer, in its role's group, as the administrator makes it: the server's row-level security then treats
 * the officer as it treats a real one, and its audit trigger records the login as the actor.
 */
final class LoadCity implements AutoCloseable {

    static final String PASSWORD = "Zamer-2026-nagruzka";

    /** One officer's account on the server. */
    record Account(String login, Role role, Long officerId, Integer districtId) {

        UserAccount user() {
            return new UserAccount(0, login, "Замер " + login, role, officerId, districtId, true, false, null);
        }
    }

    private final ServerAddress address;
    private final Database owner;
    private final List<Long> schoolPool;
    private final Map<Long, Long> cameras;
    private final int purposeId;
    private final int eventTypeId;

    private LoadCity(ServerAddress address, Database owner, int pooled) {
        this.address = address;
        this.owner = owner;
        new DemoCityService(owner, new CityStatsRepository(owner), Clock.systemDefaultZone(), TestDatabases.admin()).loadIfEmpty(p -> { });
        schoolPool = owner.read(dsl -> dsl.select(SCHOOL.ID).from(SCHOOL).where(SCHOOL.ARCHIVED_ON.isNull())
                .orderBy(SCHOOL.SCHOOL_NUMBER).limit(pooled).fetch(SCHOOL.ID));
        owner.write(cfg -> cfg.dsl().update(SCHOOL).set(SCHOOL.PUPILS, 0).where(SCHOOL.ID.in(schoolPool)).execute());
        owner.write(cfg -> cfg.dsl().update(CAMERA).setNull(CAMERA.NOTE).where(CAMERA.SCHOOL_ID.in(schoolPool)).execute());
        cameras = new LinkedHashMap<>(owner.read(dsl -> dsl.select(CAMERA.ID, CAMERA.SCHOOL_ID).from(CAMERA)
                .where(CAMERA.SCHOOL_ID.in(schoolPool)).orderBy(CAMERA.ID).fetchMap(CAMERA.ID, CAMERA.SCHOOL_ID)));
        purposeId = new TestRows(owner).firstPurposeId();
        eventTypeId = owner.read(dsl -> dsl.select(EVENT_TYPE.ID).from(EVENT_TYPE).orderBy(EVENT_TYPE.ID).limit(1).fetchSingle(EVENT_TYPE.ID));
    }

    /**
     * The demo city on the migrated, empty database at {@code address}, which {@code ownerLogin} owns (the server's
     * superuser, trusted without a password, as zonky's server trusts it).
     */
    static LoadCity prepare(ServerAddress address, String ownerLogin, int pooledSchools) throws DatabaseOpenException {
        Database owner = Database.connect(address, ownerLogin, new char[0]);
        owner.setActor("bench");
        return new LoadCity(address, owner, pooledSchools);
    }

    /** The server's owner: it reads the figures and the audit trail in the end. */
    Database owner() {
        return owner;
    }

    List<Long> schoolPool() {
        return schoolPool;
    }

    /** The pooled schools' cameras: camera id to its school. */
    Map<Long, Long> cameras() {
        return cameras;
    }

    int purposeId() {
        return purposeId;
    }

    int eventTypeId() {
        return eventTypeId;
    }

    /** The open schools of {@code district}, where its inspectors go. */
    List<Long> schoolsOf(int district) {
        return owner.read(dsl -> dsl.select(SCHOOL.ID).from(SCHOOL).where(SCHOOL.DISTRICT_ID.eq(district))
                .and(SCHOOL.ARCHIVED_ON.isNull()).orderBy(SCHOOL.ID).fetch(SCHOOL.ID));
    }

    /** The districts, in their order. */
    List<Integer> districts() {
        return owner.read(dsl -> dsl.fetch("SELECT id FROM district ORDER BY sort_order").getValues(0, Integer.class));
    }

    /** A new officer of {@code district} for the {@code n}-th inspector. */
    long officer(int n, int district) {
        return new TestRows(owner).officer("Замеров-" + n, String.valueOf(990_000 + n), district);
    }

    /**
     * A login of the server named {@code name} (unique on the server), in the group of {@code role}, and its
     * account; the server checks the password.
     */
    Account account(String name, Role role, Long officerId, Integer districtId) {
        String login = (name + "_" + address.database()).toLowerCase();
        owner.dsl().execute("CREATE ROLE " + login + " LOGIN PASSWORD '" + PASSWORD + "' IN ROLE schoolwatch_" + role.name().toLowerCase());
        owner.write(cfg -> cfg.dsl().execute("INSERT INTO app_user (login, full_name, user_role, officer_id, district_id, password_hash)"
                + " VALUES (?, ?, ?, ?, ?, 'server')", login, "Замер " + name, role.name(), officerId, districtId));
        return new Account(login, role, officerId, districtId);
    }

    /** The PC of {@code account}: a connection pool of its own to the server, signed in with the account's login. */
    Database connect(Account account) throws DatabaseOpenException {
        Database db = Database.connect(address, account.login(), PASSWORD.toCharArray());
        db.setActor(account.login());
        return db;
    }

    /** What the account may do, as the signed-in program asks before each change. */
    Access access(Account account, Database db) {
        return new Access(account.user(), new SchoolRepository(db)::districtOf);
    }

    @Override
    public void close() {
        owner.close();
    }
}
