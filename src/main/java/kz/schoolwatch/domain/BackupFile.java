// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** A backup file and when it was made. */
public record BackupFile(Path path, LocalDateTime madeAt, long bytes) {
}
