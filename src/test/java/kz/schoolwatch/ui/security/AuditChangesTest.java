// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import kz.schoolwatch.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The audit trail's «Было» and «Стало» read as a person reads them, from the JSON the audit trigger stores. */
class AuditChangesTest {

    private final AuditChanges changes = new AuditChanges(Messages.russian());

    @Test
    void fieldsAreNamedInRussianAndValuesWrittenOut() {
        assertThat(changes.line("{\"id\":7,\"name\":\"Школа № 12\",\"pupils\":1200,\"school_number\":1012,\"archived_on\":\"2026-06-15\"}"))
                .isEqualTo("Название: Школа № 12; Учеников: 1\u00a0200; Номер школы: 1012; Убрана из списка: 15.06.2026");
        assertThat(changes.line("{\"status\":\"FAULTY\",\"placement\":\"OUTDOOR\",\"connected_to_cou\":true,\"note\":null}"))
                .isEqualTo("Состояние: Неисправна; Размещение: Наружная; Подключена к ЦОУ: да; Примечание: —");
        assertThat(changes.line("{\"created_at\":\"2026-11-26 09:05:00\",\"password_hash\":\"***\",\"user_role\":\"INSPECTOR\"}"))
                .isEqualTo("Создано: 26.11.2026 09:05; Пароль: ***; Роль: " + Messages.russian().get("account.role.inspector"));
    }

    @Test
    void theTooltipPutsEachFieldOnItsOwnLineAndKeepsLineBreaksThatTheTableLineDrops() {
        String json = "{\"title\":\"Лучшая \\\"семья\\\"\",\"notes\":\"первая строка\\nвторая\"}";
        assertThat(changes.line(json)).isEqualTo("Тема: Лучшая \"семья\"; Примечания: первая строка вторая");
        assertThat(changes.lines(json)).isEqualTo("Тема: Лучшая \"семья\"\nПримечания: первая строка\nвторая");
    }

    @Test
    void anUnknownColumnKeepsItsNameAndAnythingButAnObjectIsShownAsItIs() {
        assertThat(changes.line("{\"new_column\":\"x\",\"ratio\":0.5}")).isEqualTo("new column: x; ratio: 0.5");
        assertThat(changes.line("existing database encrypted")).isEqualTo("existing database encrypted");
        assertThat(changes.line("{\"broken\":")).isEqualTo("{\"broken\":");
        assertThat(changes.line(null)).isEmpty();
        assertThat(changes.line("{}")).isEmpty();
    }
}
