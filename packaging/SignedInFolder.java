// SPDX-License-Identifier: Apache-2.0
import java.nio.file.Path;
import java.time.Clock;

import kz.schoolwatch.app.AppContext;
import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.security.KeyRing;
import kz.schoolwatch.service.security.SignInService;
import kz.schoolwatch.service.security.SignedIn;

/**
 * Makes a data folder as an office has it after the first start with the demo city: an administrator
 * ({@code admin}), the demo city, and the head of unit for the whole city ({@code nachalnik}); both with the demo
 * password {@code Demo-2026-shkola}, which need not be changed. Without a window: the packaged app then signs in to
 * it through its sign-in form ({@code --startup-timing} with {@code -Dschoolwatch.timing.user=nachalnik} and the
 * password on standard input) and goes on to the dashboard. Used by build.sh for the class-data training run and by
 * smoke-start.sh. A single-file program, run with the app's jars (JavaFX included) on the class path:
 * <pre>java -cp 'target/schoolwatch.jar:target/lib/*' packaging/SignedInFolder.java FOLDER</pre>
 */
public final class SignedInFolder {

    static final String PASSWORD = "Demo-2026-shkola";

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        if (KeyRing.existsIn(folder)) {
            System.err.println("SignedInFolder: " + folder + " is already set up");
            System.exit(1);
        }
        Messages messages = Messages.russian();
        SignedIn admin = new SignInService(folder, Clock.systemDefaultZone()).setUp(
                new AccountDraft("admin", "Администратор", Role.ADMIN, null, null), PASSWORD.toCharArray(), PASSWORD.toCharArray());
        try (AppContext context = new AppContext(admin, messages, Clock.systemDefaultZone())) {
            context.demoCity().loadIfEmpty(p -> { });
            context.accounts().createDemoAccount(
                    new AccountDraft("nachalnik", messages.get("demo.account.head"), Role.HEAD, null, null), PASSWORD.toCharArray());
        }
    }
}
