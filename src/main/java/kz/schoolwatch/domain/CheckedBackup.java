// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.nio.file.Path;
import java.util.Map;

/** A backup rebuilt and checked, waiting to replace the database. */
public record CheckedBackup(Path backup, Path rebuiltFile, int schemaVersion, AuditChainCheck chain, Map<String, Long> rowCounts) {
}
