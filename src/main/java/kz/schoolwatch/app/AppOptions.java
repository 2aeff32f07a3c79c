// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

import kz.schoolwatch.domain.ImportKind;
import kz.schoolwatch.report.ReportFormat;
import kz.schoolwatch.service.Validator;

/**
 * The options SchoolWatch is started with: the window's options, or a subcommand ({@code report}) that runs
 * without a display.
 *
 * @param dataDir       the data folder chosen with {@code --data-dir}, or null for the default
 * @param demo          load the demo city without asking when the database is empty
 * @param startupTiming print how long start-up took, then exit
 * @param help          print the usage and exit
 * @param report        the {@code report} subcommand's options, or null
 * @param backup        the {@code backup} subcommand's options, or null
 * @param imports       the {@code import} subcommand's options, or null (with no subcommand the window starts)
 */
public record AppOptions(Path dataDir, boolean demo, boolean startupTiming, boolean help, Report report, Backup backup,
                         Import imports) {

    /** The options of the window or of {@code report}. */
    public AppOptions(Path dataDir, boolean demo, boolean startupTiming, boolean help, Report report) {
        this(dataDir, demo, startupTiming, help, report, null, null);
    }

    /** The options of the window, {@code report} or {@code backup}. */
    public AppOptions(Path dataDir, boolean demo, boolean startupTiming, boolean help, Report report, Backup backup) {
        this(dataDir, demo, startupTiming, help, report, backup, null);
    }

    /**
     * {@code schoolwatch import --kind schools|cameras|officers --file F [--sheet S] [--dry-run] [--skip-errors]
     * [--remove-missing] --user LOGIN}: the import the «Импорт» screen does, for a file prepared elsewhere.
     *
     * @param kind          what the file holds
     * @param file          the .xlsx or .csv file
     * @param sheet         the sheet to read, or null to find it by its header
     * @param dryRun        print the preview only; nothing is written
     * @param skipErrors    write the rows without errors even when some rows have errors (else the run is refused)
     * @param removeMissing cameras only: cameras of the file's schools that the file does not list get a removal date
     * @param user          the login that signs in; the password is read from the console or stdin
     */
    public record Import(ImportKind kind, Path file, String sheet, boolean dryRun, boolean skipErrors,
                         boolean removeMissing, String user) {
    }

    /**
     * {@code schoolwatch backup --user LOGIN [--to FOLDER]}: the encrypted backup the window makes, for scheduled copies.
     *
     * @param user the administrator's login; the password is read from the console or stdin
     * @param to   a folder that also receives a copy of the backup file, or null
     */
    public record Backup(String user, Path to) {
    }

    /**
     * {@code schoolwatch report --month 2026-10 [--district NAME | --officer BADGE] --out FILE [--format pdf|xlsx]}.
     *
     * @param month    the month to summarise
     * @param district a district's name, or null
     * @param officer  an officer's badge number, or null
     * @param out      the file to write
     * @param format   PDF or XLSX (from {@code --format}, else from the file's extension, else PDF)
     * @param user     the login that signs in ({@code --user}); its password is read from the console or stdin
     */
    public record Report(YearMonth month, String district, String officer, Path out, ReportFormat format, String user,
                         ReportKind kind, LocalDate asOf) {

        /** The monthly summary's options. */
        public Report(YearMonth month, String district, String officer, Path out, ReportFormat format, String user) {
            this(month, district, officer, out, format, user, ReportKind.MONTHLY, null);
        }
    }

    /**
     * What {@code report --kind} writes: the monthly summary (the default), or the compliance table on the day of
     * {@code --as-of} for the ministry's quarterly monitoring (issue 21).
     */
    public enum ReportKind { MONTHLY, COMPLIANCE }

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
        if (args.length > 0 && args[0].equals("report")) {
            return parseReport(args);
        }
        if (args.length > 0 && args[0].equals("backup")) {
            return parseBackup(args);
        }
        if (args.length > 0 && args[0].equals("import")) {
            return parseImport(args);
        }
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
        return new AppOptions(dataDir, demo, timing, help, null);
    }

    private static AppOptions parseReport(String... args) throws UsageException {
        Path dataDir = null;
        YearMonth month = null;
        String district = null;
        String officer = null;
        Path out = null;
        ReportFormat format = null;
        String user = null;
        ReportKind kind = ReportKind.MONTHLY;
        LocalDate asOf = null;
        OptionReader options = new OptionReader(args, "--data-dir", "--month", "--district", "--officer", "--out", "--format", "--user",
                "--kind", "--as-of");
        while (options.next()) {
            String value = options.value();
            switch (options.name()) {
                case "--help" -> {
                    return new AppOptions(dataDir, false, false, true, null);
                }
                case "--data-dir" -> dataDir = toPath(value, "--data-dir");
                case "--month" -> month = toMonth(value);
                case "--district" -> district = value.strip();
                case "--officer" -> officer = value.strip();
                case "--out" -> out = toFile(value);
                case "--user" -> user = value.strip();
                case "--kind" -> kind = toReportKind(value);
                case "--as-of" -> asOf = toDay(value);
                default -> {
                    String name = value.strip();
                    format = ReportFormat.named(name).orElseThrow(() -> new UsageException("cli.error.report.badFormat", name));
                }
            }
        }
        if (kind == ReportKind.COMPLIANCE) {
            if (asOf == null) {
                throw new UsageException("cli.error.report.asOfRequired", "--as-of");
            }
            if (officer != null || month != null) {
                throw new UsageException("cli.error.report.complianceOptions", officer != null ? "--officer" : "--month");
            }
        } else {
            if (asOf != null) {
                throw new UsageException("cli.error.report.asOfOnlyCompliance", "--as-of");
            }
            if (month == null) {
                throw new UsageException("cli.error.report.monthRequired", "--month");
            }
        }
        if (out == null) {
            throw new UsageException("cli.error.report.outRequired", "--out");
        }
        if (district != null && officer != null) {
            throw new UsageException("cli.error.report.twoScopes", "--district, --officer");
        }
        ReportFormat byExtension = extensionFormat(out);
        if (format == null) {
            format = byExtension == null ? ReportFormat.PDF : byExtension;
        } else if (byExtension != null && byExtension != format) {
            throw new UsageException("cli.error.report.extensionMismatch", out.getFileName().toString());
        }
        if (user == null || user.isEmpty()) {
            throw new UsageException("cli.error.report.userRequired", "--user");
        }
        return new AppOptions(dataDir, false, false, false, new Report(month, district, officer, out, format, user, kind, asOf));
    }

    private static ReportKind toReportKind(String value) throws UsageException {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "monthly" -> ReportKind.MONTHLY;
            case "compliance" -> ReportKind.COMPLIANCE;
            default -> throw new UsageException("cli.error.report.badKind", value);
        };
    }

    /** A day as {@code 2026-09-30}, within the years any record can have. */
    private static LocalDate toDay(String value) throws UsageException {
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("cli.error.report.badAsOf", value);
        }
        if (day.isBefore(Validator.EARLIEST_DATE) || day.isAfter(Validator.LATEST_DATE)) {
            throw new UsageException("cli.error.report.badAsOf", value);
        }
        return day;
    }

    private static AppOptions parseBackup(String... args) throws UsageException {
        Path dataDir = null;
        String user = null;
        Path to = null;
        OptionReader options = new OptionReader(args, "--data-dir", "--user", "--to");
        while (options.next()) {
            String value = options.value();
            switch (options.name()) {
                case "--help" -> {
                    return new AppOptions(dataDir, false, false, true, null, null);
                }
                case "--data-dir" -> dataDir = toPath(value, "--data-dir");
                case "--to" -> to = toPath(value, "--to");
                default -> user = value.strip();
            }
        }
        if (user == null || user.isEmpty()) {
            throw new UsageException("cli.error.backup.userRequired", "--user");
        }
        return new AppOptions(dataDir, false, false, false, null, new Backup(user, to));
    }

    private static AppOptions parseImport(String... args) throws UsageException {
        Path dataDir = null;
        ImportKind kind = null;
        Path file = null;
        String sheet = null;
        String user = null;
        boolean dryRun = false;
        boolean skipErrors = false;
        boolean removeMissing = false;
        OptionReader options = new OptionReader(args, "--data-dir", "--kind", "--file", "--sheet", "--user")
                .flags("--dry-run", "--skip-errors", "--remove-missing");
        while (options.next()) {
            String value = options.value();
            switch (options.name()) {
                case "--help" -> {
                    return new AppOptions(dataDir, false, false, true, null);
                }
                case "--data-dir" -> dataDir = toPath(value, "--data-dir");
                case "--kind" -> kind = toKind(value);
                case "--file" -> file = toFile(value);
                case "--sheet" -> sheet = value.strip();
                case "--dry-run" -> dryRun = true;
                case "--skip-errors" -> skipErrors = true;
                case "--remove-missing" -> removeMissing = true;
                default -> user = value.strip();
            }
        }
        if (kind == null) {
            throw new UsageException("cli.error.import.kindRequired", "--kind");
        }
        if (file == null) {
            throw new UsageException("cli.error.import.fileRequired", "--file");
        }
        if (removeMissing && kind != ImportKind.CAMERAS) {
            // Only cameras are ever removed by an import; accepting it silently would suggest schools are too.
            throw new UsageException("cli.error.import.removeMissingCamerasOnly", "--remove-missing");
        }
        if (user == null || user.isEmpty()) {
            throw new UsageException("cli.error.import.userRequired", "--user");
        }
        return new AppOptions(dataDir, false, false, false, null, null,
                new Import(kind, file, sheet, dryRun, skipErrors, removeMissing, user));
    }

    private static ImportKind toKind(String value) throws UsageException {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "schools" -> ImportKind.SCHOOLS;
            case "cameras" -> ImportKind.CAMERAS;
            case "officers" -> ImportKind.OFFICERS;
            default -> throw new UsageException("cli.error.import.badKind", value.strip());
        };
    }

    /**
     * A command's options after its name, one at a time: {@code --name value} or {@code --name=value} (never blank),
     * flags without a value (named with {@link #flags}), and {@code --help} (or {@code -h}) as the name
     * {@code --help}; anything else is refused where it stands, so the first mistake on the line is the one reported.
     */
    private static final class OptionReader {
        private final String[] args;
        private final Set<String> withValue;
        private Set<String> flags = Set.of();
        private int next = 1;
        private String name;
        private String value;

        OptionReader(String[] args, String... withValue) {
            this.args = args;
            this.withValue = Set.of(withValue);
        }

        OptionReader flags(String... names) {
            this.flags = Set.of(names);
            return this;
        }

        boolean next() throws UsageException {
            if (next >= args.length) {
                return false;
            }
            String arg = args[next++];
            value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                name = "--help";
                return true;
            }
            if (flags.contains(arg)) {
                if (value != null) {
                    throw new UsageException("cli.error.flagWithValue", arg);
                }
                name = arg;
                return true;
            }
            if (!withValue.contains(arg)) {
                throw new UsageException("cli.error.unknownOption", arg);
            }
            if (value == null) {
                if (next >= args.length || args[next].startsWith("--")) {
                    throw new UsageException("cli.error.missingValue", arg);
                }
                value = args[next++];
            }
            if (value.isBlank()) {
                throw new UsageException("cli.error.missingValue", arg);
            }
            name = arg;
            return true;
        }

        String name() {
            return name;
        }

        String value() {
            return value;
        }
    }

    private static ReportFormat extensionFormat(Path out) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : ReportFormat.named(name.substring(dot + 1).toLowerCase(Locale.ROOT)).orElse(null);
    }

    /** A month as {@code 2026-10}, within the years any record can have (a year typed wrong is refused here). */
    private static YearMonth toMonth(String value) throws UsageException {
        YearMonth month;
        try {
            month = YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("cli.error.report.badMonth", value);
        }
        if (month.isBefore(YearMonth.from(Validator.EARLIEST_DATE)) || month.isAfter(YearMonth.from(Validator.LATEST_DATE))) {
            throw new UsageException("cli.error.report.monthOutOfRange", value);
        }
        return month;
    }

    private static Path toFile(String value) throws UsageException {
        try {
            Path p = Path.of(value);
            if (p.getFileName() == null) {
                throw new UsageException("cli.error.badFile", value);
            }
            return p;
        } catch (InvalidPathException e) {
            throw new UsageException("cli.error.badFile", value);
        }
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
