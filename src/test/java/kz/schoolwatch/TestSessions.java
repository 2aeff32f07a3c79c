// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import kz.schoolwatch.app.AppContext;
import kz.schoolwatch.app.DemoAccounts;
import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.security.KeyRing;
import kz.schoolwatch.service.security.SignInService;
import kz.schoolwatch.service.security.SignedIn;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Accounts for the UI tests: a data folder set up as on a first start (an administrator, and with the demo
 * city its head and inspector accounts), and signing in through the form as a user does.
 */
public final class TestSessions {

    public static final String ADMIN = "admin";
    public static final String HEAD = DemoAccounts.HEAD;
    public static final String INSPECTOR = DemoAccounts.INSPECTOR;
    /** Every test account's password (the demo accounts' password too). */
    public static final String PASSWORD = DemoAccounts.PASSWORD;

    private TestSessions() {
    }

    /** Folders set up once per test run, copied for each test: a set-up costs a demo city and several Argon2id runs. */
    private static final Map<Boolean, Path> TEMPLATES = new ConcurrentHashMap<>();

    /**
     * Sets {@code folder} up with the administrator and a city-wide head, and with {@code demo} the demo city and
     * its inspector: a copy of a folder set up once per run through the same sign-in service.
     */
    public static synchronized void prepare(Path folder, boolean demo) throws Exception {
        if (KeyRing.existsIn(folder)) {
            return;
        }
        Path template = TEMPLATES.get(demo);
        if (template == null) {
            template = Files.createTempDirectory("schoolwatch-template-");
            Path made = template;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(made)));
            setUp(template, demo);
            TEMPLATES.put(demo, template);
        }
        Files.createDirectories(folder);
        for (String file : new String[] {"schoolwatch.mv.db", KeyRing.FILE_NAME}) {
            Files.copy(template.resolve(file), folder.resolve(file));
        }
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temp folder left behind.
        }
    }

    private static void setUp(Path folder, boolean demo) throws Exception {
        SignedIn admin = new SignInService(folder, Clock.systemDefaultZone())
                .setUp(new AccountDraft(ADMIN, "Администратор", Role.ADMIN, null, null), PASSWORD.toCharArray(), PASSWORD.toCharArray());
        try (AppContext context = new AppContext(admin, Messages.russian(), Clock.systemDefaultZone())) {
            if (demo) {
                context.demoCity().loadIfEmpty(p -> { });
                DemoAccounts.create(context);
            } else {
                context.accounts().createDemoAccount(new AccountDraft(HEAD, "Начальник (тест)", Role.HEAD, null, null),
                        PASSWORD.toCharArray());
            }
        }
    }

    /** Types {@code login} and the test password into the sign-in form and submits it. */
    public static void signIn(FxRobot robot, String login) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#signInLogin").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#signInLogin").write(login);
        robot.clickOn("#signInPassword").write(PASSWORD);
        robot.clickOn("#signInSubmit");
    }
}
