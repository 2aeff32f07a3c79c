// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import kz.schoolwatch.domain.CorrectionOrder;
import kz.schoolwatch.report.compliance.ComplianceFigures;

/**
 * The monthly summary an officer hands to the command: every figure of one month and one scope, read from
 * the database in one go, so the preview, the print, the PDF and the Excel file show the same numbers.
 * Minors appear only as counts.
 *
 * @param month      the month reported on
 * @param scope      city, district or officer
 * @param asOf       the day the "now" figures are taken on: the month's last day, or today for the current month
 * @param previousAsOf the last day of the previous month, for the changes
 * @param figures    what the database says
 * @param signature  who signs the document (from the settings)
 * @param preparedBy who made the document, as printed in its footer
 * @param preparedAt when it was made
 * @param compliance the scope's schools judged against the requirements on {@code asOf} (issue 21), or null when the
 *                   summary has no such section (an officer's)
 * @param orders     the scope's correction orders of the month and those overdue on {@code asOf} (issue 22), or null
 *                   when the summary has no such section
 */
public record MonthlySummary(YearMonth month, ReportScope scope, LocalDate asOf, LocalDate previousAsOf,
                             Figures figures, Signature signature, String preparedBy, LocalDateTime preparedAt,
                             ComplianceFigures compliance, OrderFigures orders) {

    /** A summary without the compliance and orders sections. */
    public MonthlySummary(YearMonth month, ReportScope scope, LocalDate asOf, LocalDate previousAsOf,
                          Figures figures, Signature signature, String preparedBy, LocalDateTime preparedAt) {
        this(month, scope, asOf, previousAsOf, figures, signature, preparedBy, preparedAt, null, null);
    }

    /**
     * The month's correction orders: issued (by the check's day) and closed in the month, open and overdue on the
     * summary's day, and the overdue ones, earliest deadline first.
     */
    public record OrderFigures(int issued, int closed, int open, int overdue, List<CorrectionOrder> overdueOrders) {

        public OrderFigures {
            overdueOrders = List.copyOf(overdueOrders);
        }
    }

    /** The signature block: «майор полиции» and «Т. Исин». */
    public record Signature(String rank, String name) {
    }

    /** Everything counted for the month and scope. */
    public record Figures(CameraFigures cameras, CameraFigures camerasPrevious, List<DistrictCameras> camerasByDistrict,
                          Coverage coverage, Checks checks, List<OfficerVisits> visitsByOfficer,
                          List<SchoolVisits> visitsBySchool, List<EventTypeFigures> eventsByType,
                          Offences offences, Leisure leisure) {

        public int visitsTotal() {
            return visitsByOfficer.stream().mapToInt(OfficerVisits::visits).sum();
        }
    }

    /** Cameras present on a day in the scope's open schools. Dismantled cameras are not counted. */
    public record CameraFigures(int outdoor, int indoor, int working, int faulty, int connectedToCou) {

        public int total() {
            return outdoor + indoor;
        }
    }

    /** One district's schools and cameras, for the table and the chart. */
    public record DistrictCameras(String district, int schools, int schoolsCovered, int outdoor, int indoor) {
    }

    /** A school named in a list (without cameras, overdue). */
    public record SchoolRef(int number, String name, String district) {
    }

    /** Schools with at least one working camera, and the list of those without. */
    public record Coverage(int schools, int covered, List<SchoolRef> uncovered) {

        public int notCovered() {
            return schools - covered;
        }
    }

    /** A school whose last security check is older than the overdue limit; {@code lastCheck} null if never. */
    public record OverdueSchool(SchoolRef school, LocalDate lastCheck) {
    }

    /** Security checks done in the month, and schools overdue at its end. */
    public record Checks(int done, int schoolsChecked, int overdueDays, List<OverdueSchool> overdue) {
    }

    /** Visits of one officer in the month. */
    public record OfficerVisits(String officer, String badge, int visits, int schools) {
    }

    /** Visits to one school in the month. */
    public record SchoolVisits(SchoolRef school, int visits, LocalDate lastVisit) {
    }

    /** Outreach events of one type in the month, with the people reached. */
    public record EventTypeFigures(String type, int events, int pupils, int parents) {
    }

    /** Offences of one kind in the month. */
    public record OffenceKindFigures(String kind, int total, int inside, int grounds, int camerasHelped) {
    }

    /** Offences at the scope's schools in the month. */
    public record Offences(List<OffenceKindFigures> byKind) {

        public int total() {
            return byKind.stream().mapToInt(OffenceKindFigures::total).sum();
        }

        public int inside() {
            return byKind.stream().mapToInt(OffenceKindFigures::inside).sum();
        }

        public int grounds() {
            return byKind.stream().mapToInt(OffenceKindFigures::grounds).sum();
        }

        public int camerasHelped() {
            return byKind.stream().mapToInt(OffenceKindFigures::camerasHelped).sum();
        }
    }

    /** Leisure-centre attendance reported for the month: counts only. */
    public record Leisure(int centres, int registeredTeenagers, int troubledFamilyChildren) {
    }
}
