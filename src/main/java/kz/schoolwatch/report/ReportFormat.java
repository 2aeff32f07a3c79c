// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report;

import java.util.Locale;
import java.util.Optional;

/** The files a summary can be saved as. */
public enum ReportFormat {
    PDF("pdf"), XLSX("xlsx");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format named {@code name} ({@code pdf}, {@code xlsx}), case ignored. */
    public static Optional<ReportFormat> named(String name) {
        for (ReportFormat f : values()) {
            if (f.extension.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
