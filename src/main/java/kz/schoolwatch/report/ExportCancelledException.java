// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report;

/** The user cancelled an export; the half-written file has been removed. */
public final class ExportCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExportCancelledException() {
        super("export cancelled");
    }
}
