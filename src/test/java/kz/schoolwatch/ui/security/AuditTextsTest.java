// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import kz.schoolwatch.Texts;
import kz.schoolwatch.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The audit screen reads the trail's stored English codes in Russian, and leaves an unknown code as it is. */
class AuditTextsTest {

    private final Messages messages = Messages.russian();

    @Test
    void storedCodesReadInTheUsersLanguage() {
        assertThat(AuditTexts.detail(messages, "exit")).isEqualTo(Texts.of("audit.detail.exit"));
        assertThat(AuditTexts.detail(messages, "idle or by hand")).isEqualTo(Texts.of("audit.detail.idle_or_by_hand"));
        assertThat(AuditTexts.detail(messages, "existing database encrypted"))
                .isEqualTo(Texts.of("audit.detail.existing_database_encrypted"));
        assertThat(AuditTexts.detail(messages, "5 failed attempts")).isEqualTo(Texts.of("audit.detail.failedAttempts", 5));
        assertThat(AuditTexts.subject(messages, "demo city")).isEqualTo(Texts.of("audit.subject.demo_city"));
        assertThat(AuditTexts.subject(messages, "generated school_visit"))
                .isEqualTo(Texts.of("audit.subject.generatedRows", Texts.of("audit.subject.school_visit")));
        assertThat(AuditTexts.subject(messages, "school_visit")).isEqualTo(Texts.of("audit.subject.school_visit"));
    }

    @Test
    void aCodeTheBundleDoesNotKnowShowsAsWritten() {
        assertThat(AuditTexts.detail(messages, "to sw-server.unit.local:5432/schoolwatch"))
                .isEqualTo("to sw-server.unit.local:5432/schoolwatch");
        assertThat(AuditTexts.detail(messages, null)).isEmpty();
        assertThat(AuditTexts.subject(messages, "generated")).isEqualTo("generated");
    }

    @Test
    void detailsWithFiguresAndNamesReadInTheUsersLanguage() {
        Messages english = Messages.of(kz.schoolwatch.i18n.Language.ENGLISH);
        assertThat(AuditTexts.detail(english, "intact, 1200 entries")).isEqualTo("Trail intact, entries checked: 1,200");
        assertThat(AuditTexts.detail(english, "broken at entry 17")).isEqualTo("Chain broken at entry No. 17");
        assertThat(AuditTexts.detail(english, "42 entries to audit.csv")).isEqualTo("Entries exported: 42, file audit.csv");
        assertThat(AuditTexts.detail(english, "to sw:5432/schoolwatch as owner")).isEqualTo("To server sw:5432/schoolwatch, owner owner");
        assertThat(AuditTexts.detail(messages, "server sw:5432/schoolwatch")).isEqualTo(Texts.of("audit.detail.server", "sw:5432/schoolwatch"));
        assertThat(AuditTexts.detail(english, "cameras from sheet Лист1: created 3, updated 1, unchanged 0, errors 2, cameras added 5, removed 1"))
                .isEqualTo(english.get("import.kind.cameras") + ", sheet “Лист1”: added 3, updated 1, unchanged 0, errors 2; cameras added 5, removed 1");
        assertThat(AuditTexts.detail(english, "schools from sheet S: created 1, updated 0, unchanged 4, errors 0"))
                .isEqualTo(english.get("import.kind.schools") + ", sheet “S”: added 1, updated 0, unchanged 4, errors 0");
        assertThat(AuditTexts.detail(english, "account disabled")).isEqualTo("account disabled");
        assertThat(AuditTexts.detail(messages, "account disabled")).isEqualTo(Texts.of("audit.detail.account_disabled"));
    }
}
