// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.WorkDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The language switched while the program runs, as an officer does it: the screen on show and a half-filled form
 * stay, every text changes at once, the account keeps its choice for its next sign-in and the PC for its sign-in form.
 */
class LanguageSwitchUiTest {

    private static final Messages ENGLISH = Messages.of(Language.ENGLISH);
    private static final Messages RUSSIAN = Messages.russian();
    private static final String FINDINGS = "Охранник спал на посту, ворота открыты";

    @RegisterExtension
    final RunningApp app = RunningApp.notStarted();

    private String text(String id) {
        return app.lookup(id).queryAs(Labeled.class).getText();
    }

    @Test
    void switchingKeepsTheScreenAndTheHalfFilledFormAndEveryTextChangesAtOnce() throws Exception {
        app.withDemoCity(true).startAs(TestSessions.HEAD);
        app.clickOn("#navVisits");
        WorkDriver.waitUntil(20, () -> app.exists("#visitFindings"));
        app.clickOn("#visitFindings").write(FINDINGS);
        assertThat(text("#navVisits")).isEqualTo(RUSSIAN.get("nav.visits"));

        app.clickOn("#languageEn");
        WorkDriver.waitUntil(10, () -> text("#navVisits").equals(ENGLISH.get("nav.visits")));
        assertThat(text("#navDashboard")).isEqualTo(ENGLISH.get("nav.dashboard"));
        assertThat(text("#userSignOut")).isEqualTo(ENGLISH.get("session.signOut"));
        assertThat(app.stage().getTitle()).isEqualTo(ENGLISH.get("app.title"));
        // Still on the visits screen, its form built again in English over what was typed (the form sits in a
        // scroll pane, which shows its content from the next pulse on).
        WorkDriver.waitUntil(10, () -> app.exists("#visitFindings"));
        assertThat(app.lookup("#visitFindings").queryAs(TextInputControl.class).getText()).isEqualTo(FINDINGS);
        assertThat(app.lookup("#visitFindings").queryAs(TextInputControl.class).isVisible()).isTrue();
        assertThat(app.lookup(".button").queryAllAs(Button.class).stream().filter(Button::isVisible)
                .map(Button::getText).anyMatch(t -> t != null && t.matches(".*\\p{IsCyrillic}.*")
                        && !t.equals(FINDINGS))).as("a visible button still in Russian").isFalse();

        // Kept for the account and for this PC.
        WorkDriver.waitUntil(10, () -> storedLanguage(TestSessions.HEAD).equals("en"));
        assertThat(Files.readString(app.folder().resolve("language"), StandardCharsets.UTF_8)).isEqualTo("en");

        // The settings offer it too, and back in Russian the form still holds the text.
        app.clickOn("#navSettings");
        WorkDriver.waitUntil(10, () -> app.exists("#settingsLanguageSection"));
        app.clickOn("#settingsLanguage #languageRu");
        WorkDriver.waitUntil(10, () -> text("#navVisits").equals(RUSSIAN.get("nav.visits")));
        assertThat(app.exists("#settingsLanguageSection")).isTrue();
        app.clickOn("#navVisits");
        WorkDriver.waitUntil(10, () -> app.exists("#visitFindings"));
        assertThat(app.lookup("#visitFindings").queryAs(TextInputControl.class).getText()).isEqualTo(FINDINGS);
    }

    @Test
    void aLanguagePickedOnTheSignInFormIsTheAccountsAndEachAccountGetsItsOwnBack() throws Exception {
        app.withDemoCity(true).startAs(TestSessions.HEAD);
        app.clickOn("#languageEn");
        WorkDriver.waitUntil(10, () -> storedLanguage(TestSessions.HEAD).equals("en"));

        // The sign-in form speaks the PC's last language; Russian picked there goes with the inspector who signs in.
        app.clickOn("#userSignOut");
        WorkDriver.waitUntil(60, () -> app.exists("#signInSubmit"));
        assertThat(text("#signInSubmit")).isEqualTo(ENGLISH.get(submitKey()));
        app.clickOn("#languageRu");
        WorkDriver.waitUntil(10, () -> text("#signInSubmit").equals(RUSSIAN.get(submitKey())));
        app.clickOn("#signInLogin").write("ins");
        app.clickOn("#languageEn");
        WorkDriver.waitUntil(10, () -> text("#signInSubmit").equals(ENGLISH.get(submitKey())));
        // The sign-in form, built again, keeps what was typed.
        assertThat(app.lookup("#signInLogin").queryAs(TextInputControl.class).getText()).isEqualTo("ins");
        app.lookup("#signInLogin").queryAs(TextInputControl.class).clear();
        app.clickOn("#languageRu");
        WorkDriver.waitUntil(10, () -> text("#signInSubmit").equals(RUSSIAN.get(submitKey())));
        TestSessions.signIn(app, TestSessions.INSPECTOR);
        WorkDriver.waitUntil(60, () -> app.exists("#navDashboard"));
        WorkDriver.waitUntil(10, () -> storedLanguage(TestSessions.INSPECTOR).equals("ru"));
        assertThat(text("#navDashboard")).isEqualTo(RUSSIAN.get("nav.dashboard"));

        // The head signs in again on the Russian form and gets English, the head's own.
        app.clickOn("#userSignOut");
        WorkDriver.waitUntil(60, () -> app.exists("#signInSubmit"));
        TestSessions.signIn(app, TestSessions.HEAD);
        WorkDriver.waitUntil(60, () -> app.exists("#navDashboard")
                && text("#navDashboard").equals(ENGLISH.get("nav.dashboard")));
        assertThat(storedLanguage(TestSessions.HEAD)).isEqualTo("en");
    }

    @Test
    void anOpenSchoolCardSwitchesTooAndKeepsItsTabAndWhatWasTyped() throws Exception {
        app.withDemoCity(true).startAs(TestSessions.HEAD);
        app.clickOn("#navSchools");
        WorkDriver.waitUntil(30, () -> app.lookup("#schoolsTable").queryTableView().getItems().size() > 100);
        List<Window> before = List.copyOf(Window.getWindows());
        app.clickOn(app.lookup(".table-row-cell").nth(0).queryAs(Node.class));
        app.clickOn("#schoolsOpen");
        WorkDriver.waitUntil(20, () -> card(before) != null && card(before).getScene().lookup("#schoolName") != null
                && !((TextField) card(before).getScene().lookup("#schoolName")).getText().isEmpty());
        Window card = card(before);
        TextField name = (TextField) card.getScene().lookup("#schoolName");
        app.interact(() -> name.setText(name.getText() + " (правка)"));
        String typed = name.getText();
        app.interact(() -> ((TabPane) card.getScene().lookup("#schoolCardTabs")).getSelectionModel().select(0));

        app.interact(() -> app.stage().toFront());
        app.clickOn("#languageEn");
        WorkDriver.waitUntil(10, () -> tabText(card, 0).equals(ENGLISH.get("school.tab.details")));
        assertThat(tabText(card, 1)).isEqualTo(ENGLISH.get("school.tab.cameras"));
        assertThat(((Labeled) card.getScene().lookup("#schoolClose")).getText().replace("_", ""))
                .isEqualTo(ENGLISH.get("common.close"));
        // The data tab, built again in English, still holds the unsaved name.
        assertThat(((TextField) card.getScene().lookup("#schoolName")).getText()).isEqualTo(typed);
        assertThat(((Labeled) card.getScene().lookup("#schoolSave")).getText().replace("_", ""))
                .isEqualTo(ENGLISH.get("common.save"));
    }

    private static Window card(List<Window> before) {
        return Window.getWindows().stream().filter(w -> w.isShowing() && !before.contains(w)).reduce((a, b) -> b)
                .orElse(null);
    }

    private static String tabText(Window card, int index) {
        return ((TabPane) card.getScene().lookup("#schoolCardTabs")).getTabs().get(index).getText();
    }

    private static String submitKey() {
        return "signin.submit";
    }

    private String storedLanguage(String login) {
        try (Connection c = TestDatabases.connect(app.folder());
             PreparedStatement q = c.prepareStatement("SELECT s.setting_value FROM account_setting s JOIN app_user u"
                     + " ON u.id = s.user_id WHERE u.login = ? AND s.setting_key = 'pref.ui.language'")) {
            q.setString(1, login);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? r.getString(1) : "";
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
