// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import java.time.Clock;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.AccountRepository;
import kz.schoolwatch.persistence.store.DatabaseOpenException;
import kz.schoolwatch.persistence.store.PostgresServer;
import kz.schoolwatch.persistence.store.ServerAddress;
import kz.schoolwatch.service.DataChanges.Topic;
import kz.schoolwatch.service.security.AccountService;
import kz.schoolwatch.service.security.SignedIn;

/**
 * Two PCs signed in to one database of the test server, each with its own pool of connections and its services
 * built as the program builds them at sign-in ({@link AppContext}, which also starts listening to the server's
 * changes): a head saving on the first, an administrator looking at every screen on the second. The second may
 * reach the server through a cable the test can pull ({@code route}, e.g. a {@code TcpProxy}).
 */
public final class TwoPcs implements AutoCloseable {

    private final ServerAddress address;
    private final AppContext saving;
    private final AppContext watching;

    private TwoPcs(ServerAddress address, AppContext saving, AppContext watching) {
        this.address = address;
        this.saving = saving;
        this.watching = watching;
    }

    /** A new database on the test server and the two PCs on it, the second reaching it directly. */
    public static TwoPcs onNewDatabase() throws DatabaseOpenException {
        return onNewDatabase(UnaryOperator.identity());
    }

    /** A new database on the test server and the two PCs on it, the second through {@code route}. */
    public static TwoPcs onNewDatabase(UnaryOperator<ServerAddress> route) throws DatabaseOpenException {
        ServerAddress address = PostgresServer.newDatabase();
        AppContext saving = signIn(address, Role.HEAD);
        try {
            return new TwoPcs(address, saving, signIn(route.apply(address), Role.ADMIN));
        } catch (DatabaseOpenException | RuntimeException e) {
            saving.close();
            throw e;
        }
    }

    private static AppContext signIn(ServerAddress address, Role role) throws DatabaseOpenException {
        // On the server there is no key: the server keeps the data and checks the passwords.
        return new AppContext(new SignedIn(PostgresServer.connect(address), null, TestDatabases.account(role, null, null)),
                Messages.russian(), Clock.systemDefaultZone());
    }

    public ServerAddress address() {
        return address;
    }

    /** The PC whose officer saves (a head of unit). */
    public AppContext saving() {
        return saving;
    }

    /** The PC whose screens should show the first one's saves (an administrator, who sees every screen). */
    public AppContext watching() {
        return watching;
    }

    /** The first PC's accounts, as its administrator would manage them (the head may not). */
    public AccountService savingAdministrator() {
        return new AccountService(saving.session().database(), new AccountRepository(saving.session().database()), null, null,
                TestDatabases.admin(), saving.changes(), Clock.systemDefaultZone());
    }

    /**
     * Waits until the watching PC hears the server (its listener starts on a thread of its own): the first PC
     * notifies until a change arrives.
     */
    public void awaitListening() throws InterruptedException {
        BlockingQueue<Topic> heard = new LinkedBlockingQueue<>();
        Runnable stop = watching.changes().subscribe(heard::add);
        try {
            for (int i = 0; i < 100; i++) {
                saving.session().database().dsl().execute("NOTIFY schoolwatch_changes, 'police_rank'");
                if (heard.poll(200, TimeUnit.MILLISECONDS) != null) {
                    return;
                }
            }
            throw new AssertionError("the watching PC never heard the server");
        } finally {
            stop.run();
        }
    }

    @Override
    public void close() {
        watching.close();
        saving.close();
    }
}
