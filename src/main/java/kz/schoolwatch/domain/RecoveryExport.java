// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.nio.file.Path;

/** The script H2's recovery tool wrote from a damaged file; {@code complete} is false when the tool stopped part way. */
public record RecoveryExport(Path script, boolean complete) {
}
