// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import kz.schoolwatch.app.AppOptions;
import kz.schoolwatch.domain.ImportField;
import kz.schoolwatch.domain.ImportMapping;
import kz.schoolwatch.domain.ImportOptions;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.logging.ErrorSummary;
import kz.schoolwatch.service.SaveFailedException;
import kz.schoolwatch.service.imports.ImportPreview;
import kz.schoolwatch.service.imports.ImportService;
import kz.schoolwatch.sheets.SheetFileException;
import kz.schoolwatch.sheets.SheetProgress;
import kz.schoolwatch.sheets.SheetTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code schoolwatch import …}: the «Импорт» screen's import without a window, for a file prepared elsewhere.
 * It reads the file, takes the mapping the screen would propose (or the one remembered for this header), prints the
 * preview's counts and every row in error with its row, column and reason, and writes in one transaction.
 *
 * <p>Exit codes as for {@code report}: 0 written, or a dry run whose file could be read and mapped (its rows in
 * error are printed, yet it exits 0: a dry run is asked for the list, and the list was made); 1 refused or failed
 * with nothing written (a file that cannot be read or lacks a key column, rows in error without
 * {@code --skip-errors}, a sign-in or a database that refused); 2 the command line is wrong (a missing file, a sheet
 * the file does not have).
 */
public final class ImportCommand {

    private static final Logger LOG = LoggerFactory.getLogger(ImportCommand.class);

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final ReportCommand.PasswordSource passwords;

    public ImportCommand(Messages messages, PrintStream out, PrintStream err, Clock clock, ReportCommand.PasswordSource passwords) {
        this.messages = messages;
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.passwords = passwords;
    }

    /** Runs {@code import} against the database in {@code dataFolder}; returns the exit code. */
    public int run(AppOptions.Import command, Path dataFolder) {
        Path file = command.file().toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            // Before the password: a mistyped path is the command line's fault, found without a sign-in.
            err.println(messages.get("cli.error.import.noFile", file));
            return ReportCommand.USAGE;
        }
        return new SignedInRun(messages, err, clock, passwords, LOG, "Import").run(command.user(), dataFolder,
                context -> importFile(context.imports(), command, file),
                denied -> messages.get(denied.messageKey()),
                io -> messages.get("cli.error.unexpected"));
    }

    private int importFile(ImportService imports, AppOptions.Import command, Path file) {
        if (!imports.canImport(command.kind())) {
            err.println(messages.get("cli.error.import.notAllowed", command.user()));
            return ReportCommand.FAILED;
        }
        ImportPrinter printer = new ImportPrinter(messages, out);
        SheetTable table;
        try {
            if (command.sheet() != null) {
                List<String> sheets = imports.sheetNames(file);
                if (!sheets.contains(command.sheet())) {
                    err.println(messages.get("cli.error.import.unknownSheet", command.sheet(), printer.quoted(sheets)));
                    return ReportCommand.USAGE;
                }
            }
            table = imports.read(command.kind(), file, command.sheet(), SheetProgress.NONE);
        } catch (SheetFileException e) {
            err.println(messages.get("cli.error.import.file", file.getFileName(), messages.get(e.messageKey(), e.args().toArray())));
            return ReportCommand.FAILED;
        }
        ImportMapping mapping = imports.propose(command.kind(), table.header());
        printer.table(table, mapping);
        List<ImportField> missing = imports.missing(mapping);
        if (!missing.isEmpty()) {
            err.println(messages.get("cli.error.import.missingFields", printer.fieldNames(missing)));
            return ReportCommand.FAILED;
        }
        ImportPreview preview = imports.preview(table, mapping, new ImportOptions(command.removeMissing()), SheetProgress.NONE);
        printer.preview(preview);
        if (command.dryRun()) {
            out.println(messages.get("cli.import.dryRun"));
            return ReportCommand.OK;
        }
        int errors = preview.counts().errors();
        if (errors > 0 && !command.skipErrors()) {
            err.println(messages.get("cli.error.import.errorRows", String.valueOf(errors)));
            return ReportCommand.FAILED;
        }
        if (!changesAnything(preview)) {
            // No empty import in the audit trail: the same file a second time has nothing to say.
            out.println(messages.get("cli.import.nothingToWrite"));
            return ReportCommand.OK;
        }
        try {
            printer.written(imports.write(preview, SheetProgress.NONE));
            return ReportCommand.OK;
        } catch (SaveFailedException e) {
            // The transaction was rolled back: the database is as it was before the command.
            LOG.warn("Import refused by the database: {}", ErrorSummary.of(e));
            err.println(messages.get("cli.error.import.writeFailed", messages.get(e.messageKey(), e.args().toArray())));
            return ReportCommand.FAILED;
        }
    }

    private static boolean changesAnything(ImportPreview preview) {
        var counts = preview.counts();
        return counts.changing() > 0 || counts.camerasAdded() > 0 || counts.camerasRemoved() > 0;
    }
}
