// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.report;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.ReportFormat;

/**
 * Asks where to save a file. The seam that lets UI tests save without the system's file dialog (which a
 * headless run cannot show): they put in a dialog that answers with a path of their choice.
 */
@FunctionalInterface
public interface SaveFileDialog {

    /**
     * The chosen file, or empty when the user cancelled.
     *
     * @param folder where the dialog opens: the folder this account last saved in, or null for the system's choice
     */
    Optional<Path> ask(ReportFormat format, String suggestedName, Path folder, Window owner);

    /** The system's save dialog, filtered to the format's extension. */
    static SaveFileDialog system(Messages messages) {
        return (format, suggestedName, folder, owner) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get(format == ReportFormat.PDF ? "report.screen.savePdf" : "report.screen.saveExcel"));
            chooser.setInitialFileName(suggestedName);
            // A folder since removed (a USB stick taken out) leaves the choice to the system.
            if (folder != null && Files.isDirectory(folder)) {
                chooser.setInitialDirectory(folder.toFile());
            }
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    messages.get(format == ReportFormat.PDF ? "report.screen.filter.pdf" : "report.screen.filter.xlsx"),
                    "*." + format.extension()));
            File file = chooser.showSaveDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }
}
