// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.APP_USER;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.persistence.jooq.tables.records.AppUserRecord;
import kz.schoolwatch.persistence.store.Database;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/** The accounts of the people who sign in. */
public final class AccountRepository {

    /**
     * Every column but the password hash, which only {@link #passwordHash} reads: on the server no account may
     * read the hashes (db/postgresql/V8), yet each reads its own row.
     */
    private static final List<Field<?>> ACCOUNT = Arrays.stream(APP_USER.fields())
            .filter(f -> !f.equals(APP_USER.PASSWORD_HASH)).toList();

    private final Database db;

    public AccountRepository(Database db) {
        this.db = db;
    }

    public List<UserAccount> all() {
        return db.read(dsl -> dsl.select(ACCOUNT).from(APP_USER).orderBy(APP_USER.LOGIN).fetch(AccountRepository::toAccount));
    }

    public Optional<UserAccount> byLogin(String login) {
        return db.read(dsl -> dsl.select(ACCOUNT).from(APP_USER).where(APP_USER.LOGIN.eq(login)).fetchOptional(AccountRepository::toAccount));
    }

    public Optional<UserAccount> byId(long id) {
        return db.read(dsl -> dsl.select(ACCOUNT).from(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional(AccountRepository::toAccount));
    }

    public Optional<String> passwordHash(String login) {
        return db.read(dsl -> dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.LOGIN.eq(login))
                .fetchOptional(APP_USER.PASSWORD_HASH));
    }

    public int countEnabledAdmins() {
        return db.read(dsl -> dsl.fetchCount(APP_USER, APP_USER.USER_ROLE.eq(Role.ADMIN.name()).and(APP_USER.ENABLED)));
    }

    public long insert(DSLContext dsl, AccountDraft d, String passwordHash, boolean mustChange) {
        return dsl.insertInto(APP_USER)
                .set(APP_USER.LOGIN, d.login())
                .set(APP_USER.FULL_NAME, d.fullName())
                .set(APP_USER.USER_ROLE, d.role().name())
                .set(APP_USER.OFFICER_ID, d.officerId())
                .set(APP_USER.DISTRICT_ID, d.districtId())
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.MUST_CHANGE_PASSWORD, mustChange)
                .returningResult(APP_USER.ID).fetchOne().value1();
    }

    /**
     * Changes an account's name, role, officer and district while it is still at the version its form opened, and
     * counts the version up; 0 rows when someone else changed or removed it meanwhile.
     */
    public int update(DSLContext dsl, long id, AccountDraft d) {
        return dsl.update(APP_USER)
                .set(APP_USER.FULL_NAME, d.fullName())
                .set(APP_USER.USER_ROLE, d.role().name())
                .set(APP_USER.OFFICER_ID, d.officerId())
                .set(APP_USER.DISTRICT_ID, d.districtId())
                .set(APP_USER.ROW_VERSION, APP_USER.ROW_VERSION.plus(1))
                .where(APP_USER.ID.eq(id)).and(APP_USER.ROW_VERSION.eq(d.version())).execute();
    }

    /**
     * The account as its form edits it, stored now, read inside the caller's transaction. Never the password
     * hash: the conflict dialog shows what this returns, and on the server nobody may read the hashes.
     */
    public Optional<AccountDraft> find(DSLContext dsl, long id) {
        return dsl.select(APP_USER.LOGIN, APP_USER.FULL_NAME, APP_USER.USER_ROLE, APP_USER.OFFICER_ID, APP_USER.DISTRICT_ID,
                        APP_USER.ROW_VERSION)
                .from(APP_USER).where(APP_USER.ID.eq(id))
                .fetchOptional(r -> new AccountDraft(r.value1(), r.value2(), Role.valueOf(r.value3()), r.value4(), r.value5(), r.value6()));
    }

    /** Enables or disables an account; a new version, so a form still open on the old one learns of it on saving. */
    public int setEnabled(DSLContext dsl, long id, boolean enabled) {
        return dsl.update(APP_USER).set(APP_USER.ENABLED, enabled).set(APP_USER.ROW_VERSION, APP_USER.ROW_VERSION.plus(1))
                .where(APP_USER.ID.eq(id)).execute();
    }

    public int setPassword(DSLContext dsl, String login, String hash, boolean mustChange) {
        return dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, hash).set(APP_USER.MUST_CHANGE_PASSWORD, mustChange)
                .where(APP_USER.LOGIN.eq(login)).execute();
    }

    public int setMustChangePassword(DSLContext dsl, String login, boolean mustChange) {
        return dsl.update(APP_USER).set(APP_USER.MUST_CHANGE_PASSWORD, mustChange).where(APP_USER.LOGIN.eq(login)).execute();
    }

    public void touchLogin(DSLContext dsl, String login, LocalDateTime at) {
        dsl.update(APP_USER).set(APP_USER.LAST_LOGIN_AT, at).where(APP_USER.LOGIN.eq(login)).execute();
    }

    private static UserAccount toAccount(Record record) {
        AppUserRecord r = record.into(APP_USER);
        return new UserAccount(r.getId(), r.getLogin(), r.getFullName(), Role.valueOf(r.getUserRole()), r.getOfficerId(),
                r.getDistrictId(), r.getEnabled(), r.getMustChangePassword(), r.getLastLoginAt(), r.getRowVersion());
    }
}
