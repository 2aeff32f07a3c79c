// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

import kz.schoolwatch.domain.CheckedBackup;
import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Backups;
import kz.schoolwatch.report.chart.BarChartPainter;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.ReferenceListDialog;
import kz.schoolwatch.ui.common.ReferenceListViewModel;
import kz.schoolwatch.ui.common.SignatureViewModel;
import kz.schoolwatch.ui.common.TaskRunner;
import kz.schoolwatch.ui.imports.ImportView;
import kz.schoolwatch.ui.imports.ImportViewModel;
import kz.schoolwatch.ui.report.MonthlySummaryView;
import kz.schoolwatch.ui.report.PassportExportViewModel;
import kz.schoolwatch.ui.report.MonthlySummaryViewModel;
import kz.schoolwatch.ui.requirements.RequirementsView;
import kz.schoolwatch.ui.requirements.RequirementsViewModel;
import kz.schoolwatch.ui.security.AccountsView;
import kz.schoolwatch.ui.security.AccountsViewModel;
import kz.schoolwatch.ui.security.AuditView;
import kz.schoolwatch.ui.security.AuditViewModel;
import kz.schoolwatch.ui.settings.ServerMoveDialog;
import kz.schoolwatch.ui.settings.ServerMoveViewModel;
import kz.schoolwatch.ui.settings.SettingsView;
import kz.schoolwatch.ui.settings.SettingsViewModel;

/**
 * The views of the office's own screens (the monthly summary, the import, accounts, the audit trail, settings), wired from the
 * composition root; {@link Screens} lists them.
 */
final class OfficeScreens {

    private final AppContext context;
    private final Messages messages;
    private final TaskRunner tasks;
    private final Path folder;
    private final Consumer<CheckedBackup> restore;
    /** The committed changes the accounts and the audit trail follow (the other screens follow them themselves). */
    private final ChangeFeed feed;
    /** Each screen's view models, kept for the session so that a screen built again shows what it showed. */
    private final ScreenModels models = new ScreenModels();
    /** Switches the program's language and remembers it (the settings offer it too). */
    private final Consumer<Language> pickLanguage;

    /** {@code folder} holds the database and its backups; {@code restore} replaces the database with a checked backup. */
    OfficeScreens(AppContext context, Messages messages, TaskRunner tasks, Path folder, Consumer<CheckedBackup> restore,
                  Consumer<Language> pickLanguage) {
        this.pickLanguage = pickLanguage;
        this.context = context;
        this.messages = messages;
        this.tasks = tasks;
        this.folder = folder;
        this.restore = restore;
        this.feed = new ChangeFeed(context.changes(), tasks);
    }

    MonthlySummaryView monthlySummary() {
        MonthlySummaryView view = new MonthlySummaryView(models.get(MonthlySummaryViewModel.class, () -> new MonthlySummaryViewModel(
                context.monthlySummaries(), context.reportExports(), context.settings(), tasks, messages, context.changes())),
                messages, new BarChartPainter(context.reportFonts()));
        view.offerDistrictPassports(new PassportExportViewModel(context.passports(), context.settings(), tasks, messages, context.reportFonts()));
        return view;
    }

    /** «Импорт»: the unit's spreadsheets of schools, cameras and officers brought in (issue 19). */
    ImportView imports() {
        return new ImportView(models.get(ImportViewModel.class, () -> new ImportViewModel(context.imports(), tasks, messages)),
                messages);
    }

    /** «Требования»: the requirement sets schools are judged by, for the administrator (issue 21). */
    RequirementsView requirements() {
        return new RequirementsView(models.get(RequirementsViewModel.class, () -> new RequirementsViewModel(
                context.requirements(), context.settings(), tasks, messages, context.clock())), messages, tasks);
    }

    AccountsView accounts() {
        AccountsViewModel model = models.get(AccountsViewModel.class, () -> {
            AccountsViewModel made = new AccountsViewModel(context.accounts(), context.lookups(), tasks, messages);
            made.follow(feed);
            return made;
        });
        return new AccountsView(model, messages);
    }

    AuditView audit() {
        AuditViewModel model = models.get(AuditViewModel.class, () -> {
            AuditViewModel made = new AuditViewModel(context.audit(), tasks, messages, LocalDate.now(context.clock()));
            made.follow(feed);
            return made;
        });
        return new AuditView(model, messages, AuditView.ExportTarget.system(messages));
    }

    /** Settings for every role: each officer's own signature; the program's settings for the administrator alone. */
    SettingsView settings() {
        var signature = models.get(SignatureViewModel.class, () ->
                new SignatureViewModel(context.monthlySummaries(), context.settings(), tasks, context.changes()));
        if (!context.access().can(Permission.MANAGE_SETTINGS)) {
            return new SettingsView(signature, messages).offerLanguage(messages, pickLanguage);
        }
        SettingsViewModel settings = models.get(SettingsViewModel.class, () ->
                new SettingsViewModel(context.settings(), context.backups(), tasks, messages));
        SettingsView view = new SettingsView(signature, settings, messages,
                Backups.folder(folder), SettingsView.BackupChooser.system(messages), restore::accept,
                list -> new ReferenceListDialog(new ReferenceListViewModel(context.referenceLists(), list, tasks), messages).showAndWait());
        view.offerLanguage(messages, pickLanguage);
        if (context.serverMove().available()) {
            view.offerServerMove(messages, () -> new ServerMoveDialog(new ServerMoveViewModel(context.serverMove(), tasks, messages),
                    messages, ServerMoveDialog.CertificateChooser.system(messages)).showAndWait());
        }
        return view;
    }
}
