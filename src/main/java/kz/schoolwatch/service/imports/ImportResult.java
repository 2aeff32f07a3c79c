// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import kz.schoolwatch.domain.ImportCounts;

/** What an import wrote: the counts as planned inside its transaction (they may differ from the preview's). */
public record ImportResult(String fileName, ImportCounts counts) {
}
