// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import kz.schoolwatch.domain.CityCompliance;
import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.persistence.report.MonthlySummaryRepository;
import kz.schoolwatch.persistence.report.MonthlySummaryRepository.Choice;
import kz.schoolwatch.report.MonthlySummary;
import kz.schoolwatch.report.ReportScope;
import kz.schoolwatch.report.compliance.ComplianceFigures;
import kz.schoolwatch.service.compliance.ComplianceService;

/**
 * Makes the monthly summary: picks the day the figures are taken on, reads them, and adds the signature block
 * and who made the document. The UI and the command line both come through here, so they print the same thing.
 */
public final class MonthlySummaryService {

    private final Access access;

    private final MonthlySummaryRepository repository;
    private final SettingsService settings;
    private final Clock clock;
    private final Supplier<String> cityTitle;
    /** Judges the schools for the compliance section; null leaves the section out. */
    private ComplianceService compliance;
    /** Counts the month's correction orders; null leaves the section out. */
    private InspectionService inspections;

    /**
     * @param cityTitle how the whole-city scope reads in the document, e.g. «г. Алматы»
     */
    public MonthlySummaryService(MonthlySummaryRepository repository, SettingsService settings, Clock clock, String cityTitle, Access access) {
        this(repository, settings, clock, () -> cityTitle, access);
    }

    /**
     * @param cityTitle how the whole-city scope reads in the language spoken when a summary is made: asked each time,
     *                  since the program may switch languages while it runs
     */
    public MonthlySummaryService(MonthlySummaryRepository repository, SettingsService settings, Clock clock,
                                 Supplier<String> cityTitle, Access access) {
        this.access = access;
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
        this.cityTitle = cityTitle;
    }

    /** Adds the correction orders' section (issue 22) to every summary. */
    public MonthlySummaryService withOrders(InspectionService inspections) {
        this.inspections = inspections;
        return this;
    }

    /** Adds the compliance section (issue 21) to the summaries of the city and of a district. */
    public MonthlySummaryService withCompliance(ComplianceService compliance) {
        this.compliance = compliance;
        return this;
    }

    /** The whole city as a scope. */
    public ReportScope cityScope() {
        return ReportScope.city(cityTitle.get());
    }

    /** Every district as a scope, in the usual order. */
    public List<ReportScope> districtScopes() {
        return repository.districts().stream().map(d -> ReportScope.district((int) d.id(), d.title())).toList();
    }

    /** Every active officer as a scope, by name. */
    public List<ReportScope> officerScopes() {
        return repository.officers().stream().map(o -> ReportScope.officer(o.id(), o.title())).toList();
    }

    /** The district called {@code name} (case ignored), for the command line. */
    public Optional<ReportScope> districtScope(String name) {
        return repository.districtByName(name).map(d -> ReportScope.district((int) d.id(), d.title()));
    }

    /** The officer with badge {@code badge}, for the command line. */
    public Optional<ReportScope> officerScope(String badge) {
        return repository.officerByBadge(badge).map((Choice o) -> ReportScope.officer(o.id(), o.title()));
    }

    /** The month under way; its figures are still changing. */
    public YearMonth currentMonth() {
        return YearMonth.now(clock);
    }

    /** The month whose summary is usually wanted: the last full one (on 3 December, November). */
    public YearMonth lastFullMonth() {
        return currentMonth().minusMonths(1);
    }

    /**
     * Reads the summary of {@code month} for {@code scope}. Figures "now" are taken on the month's last day, or
     * today for the current month.
     *
     * @throws ValidationException when the month has not begun yet (field {@code month})
     */
    public MonthlySummary summarize(YearMonth month, ReportScope scope) {
        requireScope(scope);
        LocalDate today = LocalDate.now(clock);
        if (month.isAfter(YearMonth.from(today))) {
            throw new ValidationException(List.of(FieldError.of("month", "report.error.futureMonth")));
        }
        LocalDate asOf = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
        MonthlySummary.Figures figures = repository.load(month, scope, asOf, settings.overdueCheckDays());
        MonthlySummary.Signature signature = signature();
        return new MonthlySummary(month, scope, asOf, month.minusMonths(1).atEndOfMonth(), figures,
                signature, preparedBy(signature), LocalDateTime.now(clock).withNano(0), compliance(scope, asOf),
                orders(scope, month, asOf));
    }

    /** The scope's orders of the month: a district's schools, an officer's own checks, or the whole city. */
    private MonthlySummary.OrderFigures orders(ReportScope scope, YearMonth month, LocalDate asOf) {
        if (inspections == null) {
            return null;
        }
        Integer district = scope.kind() == ReportScope.Kind.DISTRICT ? (int) scope.id() : null;
        Long officer = scope.kind() == ReportScope.Kind.OFFICER ? scope.id() : null;
        InspectionService.PeriodOrders p = inspections.periodOrders(district, officer, month.atDay(1), asOf);
        return new MonthlySummary.OrderFigures(p.counts().issued(), p.counts().closed(), p.counts().openAtEnd(),
                p.counts().overdueAtEnd(), p.overdue());
    }

    /** The scope's schools judged on the summary's day; none for an officer's summary (its schools are not a unit's). */
    private ComplianceFigures compliance(ReportScope scope, LocalDate asOf) {
        if (compliance == null || scope.kind() == ReportScope.Kind.OFFICER) {
            return null;
        }
        CityCompliance judged = scope.kind() == ReportScope.Kind.DISTRICT
                ? compliance.forDistrict((int) scope.id(), asOf) : compliance.forCity(asOf);
        return new ComplianceFigures(judged, ComplianceReportService.districtNames(this));
    }

    /**
     * Who signs the summary: the signed-in account's own signature when it set one, else its full name with its
     * officer's rank (when the account is an officer's). Never another account's, never the computer's user.
     */
    public MonthlySummary.Signature signature() {
        String rank = settings.signatureRank();
        String name = settings.signatureName();
        if (!name.isBlank()) {
            return new MonthlySummary.Signature(rank, name);
        }
        Long officer = access.user().officerId();
        String officerRank = officer == null ? "" : repository.officerRank(officer).orElse("");
        return new MonthlySummary.Signature(officerRank, access.user().fullName());
    }

    /** «майор полиции Т. Исин» for the document's «Подготовил» line. */
    private static String preparedBy(MonthlySummary.Signature signature) {
        return (signature.rank() + " " + signature.name()).strip();
    }

    /** Monthly summaries are for heads and up; a head of a district sees the city's totals only through the district. */
    private void requireScope(ReportScope scope) {
        access.require(Permission.MONTHLY_SUMMARY);
        Integer district = access.district();
        if (district != null && scope.kind() == ReportScope.Kind.CITY
                || district != null && scope.kind() == ReportScope.Kind.DISTRICT && scope.id() != district) {
            throw new AccessDeniedException("access.denied.district");
        }
    }
}
