// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import kz.schoolwatch.i18n.DatabaseErrors;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.logging.ErrorSummary;
import kz.schoolwatch.persistence.store.DatabaseOpenException;
import kz.schoolwatch.persistence.store.ServerAddress;
import kz.schoolwatch.persistence.store.ServerSetup;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.Validator;
import kz.schoolwatch.service.security.PasswordPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code schoolwatch server-setup --host HOST [--port 5432] [--database schoolwatch] [--superuser postgres]
 * [--owner schoolwatch_owner] [--admin LOGIN --admin-name NAME]}: sets up SchoolWatch's database on the unit's
 * PostgreSQL server, or brings it up to date after a program update ({@link ServerSetup}). The superuser's
 * password comes from {@code PGPASSWORD} or the console, the owner's from {@code SCHOOLWATCH_OWNER_PASSWORD} or
 * the console, the first administrator's from the console (twice). Exit codes: 0 done, 1 the server refused or
 * failed, 2 the command line is wrong.
 */
public final class ServerSetupCommand {

    private static final Logger LOG = LoggerFactory.getLogger(ServerSetupCommand.class);
    private static final List<String> OPTIONS = List.of("--host", "--port", "--database", "--superuser", "--owner", "--admin",
            "--admin-name", "--ca-cert");
    /** A test network's server without TLS: said on the command line each time, never assumed. */
    private static final String ALLOW_UNENCRYPTED = "--allow-unencrypted";

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;
    private final ReportCommand.PasswordSource passwords;
    private final UnaryOperator<String> environment;

    public ServerSetupCommand(Messages messages, PrintStream out, PrintStream err, ReportCommand.PasswordSource passwords,
                              UnaryOperator<String> environment) {
        this.messages = messages;
        this.out = out;
        this.err = err;
        this.passwords = passwords;
        this.environment = environment;
    }

    /** Runs {@code server-setup} with the arguments after the subcommand's name; returns the exit code. */
    public int run(String... args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help") || args[i].equals("-h")) {
                out.println(messages.get("cli.serverSetup.usage"));
                return ReportCommand.OK;
            }
            if (args[i].equals(ALLOW_UNENCRYPTED)) {
                o.put(ALLOW_UNENCRYPTED, "yes");
                continue;
            }
            if (!OPTIONS.contains(args[i]) || i + 1 >= args.length) {
                return usage(OPTIONS.contains(args[i]) ? "cli.error.missingValue" : "cli.error.unknownOption", args[i]);
            }
            o.put(args[i], args[++i].strip());
        }
        if (o.get("--host") == null) {
            return usage("cli.error.missingValue", "--host");
        }
        String database = o.getOrDefault("--database", "schoolwatch");
        String owner = o.getOrDefault("--owner", ServerSetup.DEFAULT_OWNER);
        String admin = o.get("--admin");
        for (String name : new String[] {database, owner, admin == null ? owner : admin}) {
            if (!ServerSetup.isPlainName(name)) {
                return usage("cli.error.serverSetup.name", name);
            }
        }
        if (admin != null && Validator.isBlank(o.get("--admin-name"))) {
            return usage("cli.error.missingValue", "--admin-name");
        }
        ServerAddress address;
        try {
            address = new ServerAddress(o.get("--host"), Integer.parseInt(o.getOrDefault("--port", Integer.toString(ServerAddress.DEFAULT_PORT))),
                    database, o.containsKey("--ca-cert") ? Path.of(o.get("--ca-cert")) : null, o.containsKey(ALLOW_UNENCRYPTED));
        } catch (IllegalArgumentException e) {
            return usage("cli.error.serverSetup.address", o.get("--host") + ":" + o.get("--port"));
        }
        return setUp(address, o.getOrDefault("--superuser", "postgres"), owner, admin, o.get("--admin-name"));
    }

    private int setUp(ServerAddress address, String superuser, String owner, String adminLogin, String adminName) {
        char[] superPassword = null;
        char[] ownerPassword = null;
        char[] adminPassword = null;
        try {
            superPassword = secret("PGPASSWORD", messages.get("cli.report.password", superuser));
            ownerPassword = secret("SCHOOLWATCH_OWNER_PASSWORD", messages.get("cli.report.password", owner));
            ServerSetup.Admin admin = null;
            if (adminLogin != null) {
                adminPassword = passwords.read(messages.get("cli.serverSetup.adminPassword", adminLogin));
                char[] repeat = passwords.read(messages.get("cli.serverSetup.adminRepeat", adminLogin));
                List<FieldError> problems = PasswordPolicy.check(new Validator(), adminLogin, adminPassword, repeat).errors();
                Arrays.fill(repeat, '\0');
                if (!problems.isEmpty()) {
                    problems.forEach(p -> err.println(messages.get(p.messageKey(), p.args().toArray())));
                    return ReportCommand.FAILED;
                }
                admin = new ServerSetup.Admin(adminLogin, adminName, adminPassword);
            }
            List<ServerSetup.Step> done = ServerSetup.run(address, superuser, superPassword, owner, ownerPassword, admin);
            for (ServerSetup.Step step : done) {
                out.println(messages.get(switch (step) {
                    case OWNER_CREATED -> "cli.serverSetup.step.ownerCreated";
                    case DATABASE_CREATED -> "cli.serverSetup.step.databaseCreated";
                    case MIGRATED -> "cli.serverSetup.step.migrated";
                    case ADMIN_CREATED -> "cli.serverSetup.step.adminCreated";
                    case ADMIN_LOGIN_CREATED -> "cli.serverSetup.step.adminLoginCreated";
                }, owner, address, adminLogin));
            }
            out.println(messages.get(done.isEmpty() ? "cli.serverSetup.current" : "cli.serverSetup.done", address));
            return ReportCommand.OK;
        } catch (IOException e) {
            err.println(messages.get("signin.error.empty"));
            return ReportCommand.FAILED;
        } catch (DatabaseOpenException e) {
            err.println(DatabaseErrors.describe(e, messages));
            return ReportCommand.FAILED;
        } catch (SQLException | RuntimeException e) {
            LOG.error("Server set-up failed on {}: {}", address, ErrorSummary.of(e));
            err.println(messages.get("cli.error.serverSetup.failed", address, e.getMessage()));
            return ReportCommand.FAILED;
        } finally {
            for (char[] secret : new char[][] {superPassword, ownerPassword, adminPassword}) {
                if (secret != null) {
                    Arrays.fill(secret, '\0');
                }
            }
        }
    }

    private char[] secret(String variable, String prompt) throws IOException {
        String fromEnvironment = environment.apply(variable);
        return fromEnvironment != null ? fromEnvironment.toCharArray() : passwords.read(prompt);
    }

    private int usage(String key, String argument) {
        err.println(messages.get(key, argument));
        err.println(messages.get("cli.serverSetup.seeHelp"));
        return ReportCommand.USAGE;
    }
}
