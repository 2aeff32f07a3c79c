// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.imports;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;
import kz.schoolwatch.i18n.Messages;

/**
 * Asks which file to import and where to save a template or the rows in error. The seam that lets UI tests choose
 * without the system's file dialogs (which a headless run cannot show): they answer with paths of their own.
 */
public interface ImportFiles {

    /** The spreadsheet to import, or empty when the user cancelled. */
    Optional<Path> source(Window owner);

    /** Where to save a file suggested as {@code suggestedName} (.xlsx or .csv), or empty when the user cancelled. */
    Optional<Path> target(String suggestedName, Window owner);

    /** The system's dialogs, filtered to spreadsheets. */
    static ImportFiles system(Messages messages) {
        return new ImportFiles() {
            @Override
            public Optional<Path> source(Window owner) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(messages.get("import.screen.chooseFile"));
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter(messages.get("import.screen.filter.sheets"), "*.xlsx", "*.csv", "*.XLSX", "*.CSV"),
                        new FileChooser.ExtensionFilter(messages.get("import.screen.filter.any"), "*.*"));
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> target(String suggestedName, Window owner) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(messages.get("import.screen.saveAs"));
                chooser.setInitialFileName(suggestedName);
                boolean csv = suggestedName.endsWith(".csv");
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                        messages.get(csv ? "import.screen.filter.csv" : "import.screen.filter.xlsx"), csv ? "*.csv" : "*.xlsx"));
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }
        };
    }
}
