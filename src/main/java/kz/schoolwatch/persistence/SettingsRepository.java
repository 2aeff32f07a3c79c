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

    /** Inserts or replaces a setting, in its own durable transaction. */
    public void put(String key, String value) {
        db.write(cfg -> cfg.dsl().mergeInto(APP_SETTING)
                .using(cfg.dsl().selectOne())
                .on(APP_SETTING.SETTING_KEY.eq(key))
                .whenMatchedThenUpdate().set(APP_SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE).values(key, value)
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
                cfg.dsl().mergeInto(ACCOUNT_SETTING)
                        .using(cfg.dsl().selectOne())
                        .on(ACCOUNT_SETTING.USER_ID.eq(userId)).and(ACCOUNT_SETTING.SETTING_KEY.eq(e.getKey()))
                        .whenMatchedThenUpdate().set(ACCOUNT_SETTING.SETTING_VALUE, e.getValue())
                        .whenNotMatchedThenInsert(ACCOUNT_SETTING.USER_ID, ACCOUNT_SETTING.SETTING_KEY, ACCOUNT_SETTING.SETTING_VALUE)
                        .values(userId, e.getKey(), e.getValue())
                        .execute();
            }
            return null;
        });
    }
}
