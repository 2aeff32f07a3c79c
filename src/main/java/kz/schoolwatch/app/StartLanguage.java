// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.persistence.store.DataFolder;

/**
 * The language a start of SchoolWatch speaks, for every command and the window's first form: {@code --lang kk|ru|en}
 * anywhere on the command line, else the environment variable {@value #ENV}, else the language last chosen on this
 * PC (the {@code language} file {@link LanguageChoice} keeps in the data folder), else Russian. Read once, before
 * the options, so that every later message — a wrong option included — is in that language.
 */
public final class StartLanguage {

    /** The environment variable a scheduled job sets its language with. */
    public static final String ENV = "SCHOOLWATCH_LANG";
    static final String OPTION = "--lang";

    /**
     * What a start speaks and the command line left once {@code --lang} is taken out of it.
     *
     * @param language the language chosen
     * @param args     the other arguments, in their order
     * @param given    chosen by {@code --lang} or {@value #ENV}, not taken from the PC or by default
     */
    public record Start(Language language, String[] args, boolean given) {
    }

    private StartLanguage() {
    }

    /**
     * The language of a start with {@code args} and the environment {@code env}.
     *
     * @throws AppOptions.UsageException when {@code --lang} (or {@value #ENV}) names a language SchoolWatch does not
     *                                   speak, or {@code --lang} has no value; say so in {@link #byDefault}'s language
     */
    public static Start choose(String[] args, Map<String, String> env) throws AppOptions.UsageException {
        List<String> rest = new ArrayList<>();
        String given = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals(OPTION)) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new AppOptions.UsageException("cli.error.missingValue", OPTION);
                }
                given = args[++i];
            } else if (arg.startsWith(OPTION + "=")) {
                given = arg.substring(OPTION.length() + 1);
            } else {
                rest.add(arg);
            }
        }
        String[] others = rest.toArray(String[]::new);
        if (given != null) {
            String code = given.strip();
            Language language = Language.ofCode(code).orElseThrow(() -> new AppOptions.UsageException("cli.error.unknownLanguage", code));
            return new Start(language, others, true);
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            Language language = Language.ofCode(fromEnv)
                    .orElseThrow(() -> new AppOptions.UsageException("cli.error.unknownLanguageEnv", fromEnv.strip()));
            return new Start(language, others, true);
        }
        return new Start(ofThisPc(others, env), others, false);
    }

    /**
     * The language without looking at {@code --lang}: {@value #ENV} when it names one, else this PC's, else Russian.
     * A wrong {@code --lang} is refused in it.
     */
    public static Language byDefault(String[] args, Map<String, String> env) {
        String fromEnv = env.get(ENV);
        return Optional.ofNullable(fromEnv).flatMap(Language::ofCode).orElseGet(() -> ofThisPc(args, env));
    }

    /** The language last chosen in the window on this PC, read from the data folder the command line names. */
    private static Language ofThisPc(String[] args, Map<String, String> env) {
        Path folder = DataFolder.resolve(dataDir(args), env, System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
        return lastOnThisPc(folder).orElse(Language.RUSSIAN);
    }

    /**
     * The file {@link LanguageChoice} keeps, read through {@link PcLanguageFile} rather than it: its logger would set logging up before a
     * command has sent its log to the data folder. Unreadable reads as none.
     */
    private static Optional<Language> lastOnThisPc(Path folder) {
        try {
            return PcLanguageFile.read(folder);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** {@code --data-dir} as given (either form), or null; a wrong one is left to the options to refuse. */
    private static Path dataDir(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--data-dir=")) {
                value = args[i].substring("--data-dir=".length());
            }
            if (value != null && !value.isBlank()) {
                try {
                    return Path.of(value);
                } catch (InvalidPathException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
