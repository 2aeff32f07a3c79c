// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.photos;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import javafx.stage.FileChooser;
import javafx.stage.Window;
import kz.schoolwatch.i18n.Messages;

/**
 * Asks which photo files to add. The seam that lets UI tests add files without the system's dialog (which a
 * headless run cannot show).
 */
public interface PhotoFiles {

    /** The files chosen, none when the user cancelled. */
    List<Path> choose(Window owner);

    /** The system's dialog, several files at once, JPEG and PNG first; it opens where the last choice was made. */
    static PhotoFiles system(Messages messages) {
        return new PhotoFiles() {
            private File lastFolder;

            @Override
            public List<Path> choose(Window owner) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(messages.get("photo.chooser.title"));
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter(messages.get("photo.chooser.images"),
                                "*.jpg", "*.jpeg", "*.png", "*.JPG", "*.JPEG", "*.PNG"),
                        new FileChooser.ExtensionFilter(messages.get("photo.chooser.any"), "*.*"));
                if (lastFolder != null && lastFolder.isDirectory()) {
                    chooser.setInitialDirectory(lastFolder);
                }
                List<File> files = chooser.showOpenMultipleDialog(owner);
                if (files == null || files.isEmpty()) {
                    return List.of();
                }
                lastFolder = files.get(0).getParentFile();
                return files.stream().map(File::toPath).toList();
            }
        };
    }
}
