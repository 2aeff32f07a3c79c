// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report.compliance;

import java.time.LocalDateTime;

import kz.schoolwatch.report.MonthlySummary;
import kz.schoolwatch.report.ReportScope;

/**
 * The quarterly table for the ministry's monitoring: the scope's schools judged against the requirements on one day,
 * with who signs it and who made it.
 *
 * @param scope      the city or one district
 * @param figures    the judged schools and their districts' names
 * @param signature  who signs the document (from the settings, as the monthly summary)
 * @param preparedBy who made the document
 * @param preparedAt when it was made
 */
public record ComplianceReport(ReportScope scope, ComplianceFigures figures, MonthlySummary.Signature signature,
                               String preparedBy, LocalDateTime preparedAt) {
}
