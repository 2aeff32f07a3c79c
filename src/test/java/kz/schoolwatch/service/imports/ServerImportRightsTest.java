// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import static kz.schoolwatch.persistence.jooq.Tables.OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import kz.schoolwatch.domain.ImportAction;
import kz.schoolwatch.domain.ImportKind;
import kz.schoolwatch.domain.ImportOptions;
import kz.schoolwatch.domain.ImportRow;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.AccountRepository;
import kz.schoolwatch.persistence.OfficerRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.PostgresServer;
import kz.schoolwatch.persistence.store.ServerAddress;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.sheets.SheetProgress;
import kz.schoolwatch.sheets.SheetTable;
import org.junit.jupiter.api.Test;

/**
 * On the unit's server the accounts' own login roles write the import (db/postgresql V15): the administrator the
 * whole city's schools and officers, a head the own district's, each remembering the mapping.
 */
class ServerImportRightsTest {

    private static final char[] PASSWORD = "Import-parol-1".toCharArray();

    @Test
    void theAdministratorAndAHeadImportThroughTheirOwnLogins() throws Exception {
        ServerAddress address = PostgresServer.newDatabase();
        String admin = "adm_" + address.database();
        String head = "head_" + address.database();
        try (Database owner = PostgresServer.connect(address)) {
            new TestRows(owner).school(12, 2);
            new TestRows(owner).officer("Исин", "100123", 2);
            account(owner, admin, "ADMIN", null);
            account(owner, head, "HEAD", 2);
        }
        PostgresServer.checkPasswordsOf(admin, head);

        SheetTable schools = ImportServiceTest.table("schools.xlsx", List.of("№ школы", "Наименование", "Район"), List.of(
                List.of("12", "Гимназия № 12", "Алмалинский"), List.of("40", "Школа № 40", "Медеуский")));
        SheetTable officers = ImportServiceTest.table("officers.xlsx", List.of("Жетон №", "Фамилия", "Имя", "Звание", "Район", "Телефон"),
                List.of(List.of("100123", "Исин", "Тимур", "капитан", "Алмалинский", "+7 701 123 45 67"),
                        List.of("100124", "Ахметова", "Алия", "майор", "Медеуский", "")));
        try (Database db = Database.connect(address, admin, PASSWORD)) {
            ImportService imports = service(db, admin);
            assertThat(write(imports, schools, ImportKind.SCHOOLS)).containsExactly(ImportAction.UPDATE, ImportAction.NEW);
            assertThat(write(imports, officers, ImportKind.OFFICERS)).containsExactly(ImportAction.UPDATE, ImportAction.NEW);
            assertThat(write(imports, officers, ImportKind.OFFICERS)).containsOnly(ImportAction.UNCHANGED);
        }
        SheetTable own = ImportServiceTest.table("own.xlsx", List.of("Номер школы", "Название", "Район"), List.of(
                List.of("41", "Школа № 41", "Алмалинский"), List.of("42", "Школа № 42", "Медеуский")));
        try (Database db = Database.connect(address, head, PASSWORD)) {
            ImportService imports = service(db, head);
            assertThat(write(imports, own, ImportKind.SCHOOLS)).containsExactly(ImportAction.NEW, ImportAction.ERROR);
            assertThat(new SettingsRepository(db).get(RememberedMappings.key(ImportKind.SCHOOLS, own.header()))).isPresent();
        }
        try (Database owner = PostgresServer.connect(address)) {
            assertThat(owner.dsl().fetchCount(SCHOOL)).isEqualTo(3);
            assertThat(owner.dsl().fetchOne(SCHOOL, SCHOOL.SCHOOL_NUMBER.eq(12)).getName()).isEqualTo("Гимназия № 12");
            assertThat(owner.dsl().fetchCount(OFFICER)).isEqualTo(2);
        }
    }

    private static void account(Database owner, String login, String role, Integer district) {
        owner.write(cfg -> cfg.dsl().execute("INSERT INTO app_user (login, full_name, user_role, district_id, password_hash)"
                + " VALUES (?, 'Тест', ?, ?, 'server-login')", login, role, district));
        owner.write(cfg -> cfg.dsl().execute("SELECT schoolwatch_set_login_password(?, ?)", login,
                org.postgresql.util.PasswordUtil.encodeScramSha256(PASSWORD.clone())));
    }

    private static ImportService service(Database db, String login) {
        db.setActor(login);
        UserAccount me = new AccountRepository(db).byLogin(login).orElseThrow();
        return new ImportService(db, new SchoolRepository(db), new OfficerRepository(db), new SettingsRepository(db),
                new DataChanges(), Clock.systemDefaultZone(), new Access(me, id -> null), Messages.russian());
    }

    private static List<ImportAction> write(ImportService imports, SheetTable table, ImportKind kind) {
        ImportPreview preview = imports.preview(table, imports.propose(kind, table.header()), ImportOptions.DEFAULT, SheetProgress.NONE);
        imports.write(preview, SheetProgress.NONE);
        return preview.rows().stream().map(ImportRow::action).toList();
    }
}
