// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.ACCOUNT_SETTING;
import static kz.schoolwatch.persistence.jooq.Tables.APP_SETTING;

import java.util.Map;
import java.util.Optional;
import kz.schoolwatch.persistence.store.Database;

/**
 * Key/value settings kept in the database, so they travel with its backups: the program's own, and each account's
 * (its «Это я», its signature, its last save folder), which one officer's choice must not change for another.
 */
public final class SettingsRepository {

    private final Database db;

    public SettingsRepository(Database db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.read(dsl -> dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.eq(key)).fetchOptional(APP_SETTING.SETTING_VALUE));
    }

    /**
     * Inserts or replaces a setting, in its own durable transaction. INSERT … ON CONFLICT rather than MERGE:
     * PostgreSQL before 15 has no MERGE (jOOQ renders the upsert as MERGE for H2).
     */
    public void put(String key, String value) {
        db.write(cfg -> cfg.dsl().insertInto(APP_SETTING)
                .set(APP_SETTING.SETTING_KEY, key)
                .set(APP_SETTING.SETTING_VALUE, value)
                .onConflict(APP_SETTING.SETTING_KEY).doUpdate().set(APP_SETTING.SETTING_VALUE, value)
                .execute());
    }

    /** A setting of account {@code userId} alone. */
    public Optional<String> getForAccount(long userId, String key) {
        return db.read(dsl -> dsl.select(ACCOUNT_SETTING.SETTING_VALUE).from(ACCOUNT_SETTING)
                .where(ACCOUNT_SETTING.USER_ID.eq(userId)).and(ACCOUNT_SETTING.SETTING_KEY.eq(key))
                .fetchOptional(ACCOUNT_SETTING.SETTING_VALUE));
    }

    /** Inserts or replaces settings of account {@code userId}, all in one durable transaction. */
    public void putForAccount(long userId, Map<String, String> values) {
        db.write(cfg -> {
            for (var e : values.entrySet()) {
                cfg.dsl().insertInto(ACCOUNT_SETTING)
                        .set(ACCOUNT_SETTING.USER_ID, userId)
                        .set(ACCOUNT_SETTING.SETTING_KEY, e.getKey())
                        .set(ACCOUNT_SETTING.SETTING_VALUE, e.getValue())
                        .onConflict(ACCOUNT_SETTING.USER_ID, ACCOUNT_SETTING.SETTING_KEY)
                        .doUpdate().set(ACCOUNT_SETTING.SETTING_VALUE, e.getValue())
                        .execute();
            }
            return null;
        });
    }
}
