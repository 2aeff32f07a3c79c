// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/**
 * The user's choices for one import. {@code removeMissingCameras} («снять отсутствующие»): cameras of a school in
 * the file that the file does not list get a removal date, as when removed by hand; otherwise an import never
 * removes anything.
 */
public record ImportOptions(boolean removeMissingCameras) {

    public static final ImportOptions DEFAULT = new ImportOptions(false);
}
