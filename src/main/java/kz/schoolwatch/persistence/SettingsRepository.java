// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.APP_SETTING;

import java.util.Optional;

/** Key/value settings kept in the database, so they travel with its backups. */
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
}
