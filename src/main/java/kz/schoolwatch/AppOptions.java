// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The options SchoolWatch is started with. Later features add subcommands (e.g. {@code report}).
 *
 * @param dataDir       the data folder chosen with {@code --data-dir}, or null for the default
 * @param demo          load the demo city without asking when the database is empty
 * @param startupTiming print how long start-up took, then exit
 * @param help          print the usage and exit
 */
public record AppOptions(Path dataDir, boolean demo, boolean startupTiming, boolean help) {

    /** A command line that cannot be understood; the message key says why in the user's language. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String messageKey;
        private final String argument;

        UsageException(String messageKey, String argument) {
            super(messageKey + ": " + argument);
            this.messageKey = messageKey;
            this.argument = argument;
        }

        public String messageKey() {
            return messageKey;
        }

        public String argument() {
            return argument;
        }
    }

    /** Parses {@code args}; both {@code --data-dir DIR} and {@code --data-dir=DIR} are accepted. */
    public static AppOptions parse(String... args) throws UsageException {
        Path dataDir = null;
        boolean demo = false;
        boolean timing = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--data-dir=")) {
                dataDir = toPath(arg.substring("--data-dir=".length()), arg);
                continue;
            }
            switch (arg) {
                case "--data-dir" -> {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        throw new UsageException("cli.error.missingValue", arg);
                    }
                    dataDir = toPath(args[++i], arg);
                }
                case "--demo" -> demo = true;
                case "--startup-timing" -> timing = true;
                case "--help", "-h" -> help = true;
                default -> throw new UsageException("cli.error.unknownOption", arg);
            }
        }
        return new AppOptions(dataDir, demo, timing, help);
    }

    private static Path toPath(String value, String option) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException("cli.error.missingValue", option);
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException("cli.error.badPath", value);
        }
    }
}
