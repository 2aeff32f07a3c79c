// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.ValidationException;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.security.DamagedDatabase;
import kz.schoolwatch.service.security.DatabaseDamagedException;
import kz.schoolwatch.service.security.PasswordPolicy;
import kz.schoolwatch.service.security.ServerSignIn;
import kz.schoolwatch.service.security.SignIn;
import kz.schoolwatch.service.security.SignInRefused;
import kz.schoolwatch.service.security.SignInService;
import kz.schoolwatch.service.security.SignedIn;
import kz.schoolwatch.i18n.DatabaseErrors;
import kz.schoolwatch.ui.common.TaskRunner;
import org.slf4j.LoggerFactory;

/**
 * The sign-in and first-start forms: what is typed, whether a check is running, and what went wrong. The
 * password check (Argon2id, a third of a second by design) and the opening of the database run off the FX thread.
 */
public final class SignInViewModel {

    /** The PC's set-up and sign-in; null when signing in to the unit's server. */
    private final SignInService service;
    private final SignIn signIn;
    /** The server signed in to ({@code host:port/database}); empty for the PC's own file. */
    private final String server;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<SignedIn> signedIn;
    private final Consumer<DamagedDatabase> damaged;

    // Properties
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<FieldError> fieldErrors = FXCollections.observableArrayList();

    /**
     * @param signedIn receives the session
     * @param damaged  receives the way on when the password was right but the database file is damaged
     */
    public SignInViewModel(SignInService service, TaskRunner tasks, Messages messages, Consumer<SignedIn> signedIn,
                           Consumer<DamagedDatabase> damaged) {
        this(service, service, "", tasks, messages, signedIn, damaged);
    }

    private SignInViewModel(SignInService service, SignIn signIn, String server, TaskRunner tasks, Messages messages,
                            Consumer<SignedIn> signedIn, Consumer<DamagedDatabase> damaged) {
        this.service = service;
        this.signIn = signIn;
        this.server = server;
        this.tasks = tasks;
        this.messages = messages;
        this.signedIn = signedIn;
        this.damaged = damaged;
    }

    /** The sign-in form of the unit's server: the server checks the password; no set-up, no damaged file. */
    public static SignInViewModel forServer(ServerSignIn server, TaskRunner tasks, Messages messages,
                                            Consumer<SignedIn> signedIn) {
        return new SignInViewModel(null, server, server.settings().describe(), tasks, messages, signedIn, damaged -> { });
    }

    /** The server signed in to, {@code host:port/database}; empty for the PC's own file. */
    public String server() {
        return server;
    }

    public SignInService.Start start() {
        return service == null ? SignInService.Start.SIGN_IN : service.start();
    }

    // Commands

    /** Checks the login and password; on success hands the session over. The login stays on failure. */
    public void signIn() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        char[] pw = password.get().toCharArray();
        String name = login.get();
        tasks.submit(() -> {
            try {
                return signIn.signIn(name, pw);
            } finally {
                Arrays.fill(pw, '\0');
            }
        }, session -> {
            busy.set(false);
            password.set("");
            signedIn.accept(session);
        }, this::failed);
    }

    /** Creates the administrator (and the encrypted database) on the first start. */
    public void setUp() {
        if (busy.get()) {
            return;
        }
        fieldErrors.clear();
        message.set("");
        AccountDraft admin = new AccountDraft(login.get(), fullName.get(), Role.ADMIN, null, null);
        char[] pw = password.get().toCharArray();
        char[] again = repeat.get().toCharArray();
        try {
            service.validateSetUp(admin, pw, again);
        } catch (ValidationException e) {
            fieldErrors.setAll(e.errors());
            message.set(messages.get("form.hasErrors"));
            // Passwords are typed again, as everywhere; the login and the name stay.
            password.set("");
            repeat.set("");
            return;
        }
        busy.set(true);
        tasks.submit(() -> service.setUp(admin, pw, again), session -> {
            busy.set(false);
            password.set("");
            repeat.set("");
            signedIn.accept(session);
        }, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        password.set("");
        Optional<String> notOpened = DatabaseErrors.describeOpening(error, messages);
        if (error instanceof DatabaseDamagedException found) {
            damaged.accept(found.damaged());
        } else if (error instanceof SignInRefused refused) {
            message.set(messages.get(refused.messageKey(), refused.args().toArray()));
        } else if (notOpened.isPresent()) {
            message.set(notOpened.get());
        } else if (error instanceof ValidationException invalid) {
            fieldErrors.setAll(invalid.errors());
            message.set(messages.get("form.hasErrors"));
        } else {
            LoggerFactory.getLogger(SignInViewModel.class).error("Sign-in failed: {}", error.getClass().getName());
            message.set(messages.get("signin.error.unexpected"));
        }
    }

    /** The shortest password the policy accepts, for the hint on the first-start form. */
    public int passwordMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
