// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import kz.schoolwatch.i18n.LocalFormats;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.i18n.ReferenceNames;
import kz.schoolwatch.report.MonthlySummary.CameraFigures;
import kz.schoolwatch.report.MonthlySummary.DistrictCameras;
import kz.schoolwatch.report.MonthlySummary.EventTypeFigures;
import kz.schoolwatch.report.MonthlySummary.Figures;
import kz.schoolwatch.report.MonthlySummary.OffenceKindFigures;
import kz.schoolwatch.report.MonthlySummary.OfficerVisits;
import kz.schoolwatch.report.MonthlySummary.OverdueSchool;
import kz.schoolwatch.report.MonthlySummary.SchoolRef;
import kz.schoolwatch.report.MonthlySummary.SchoolVisits;
import kz.schoolwatch.report.SummaryDocument.Block;
import kz.schoolwatch.report.SummaryDocument.Chart;
import kz.schoolwatch.report.SummaryDocument.Column;
import kz.schoolwatch.report.SummaryDocument.ColumnKind;
import kz.schoolwatch.report.SummaryDocument.Note;
import kz.schoolwatch.report.SummaryDocument.Section;
import kz.schoolwatch.report.SummaryDocument.Table;
import kz.schoolwatch.report.compliance.ComplianceSection;
import kz.schoolwatch.report.inspection.OrdersSection;

/** Lays a {@link MonthlySummary} out as a {@link SummaryDocument}, in the language of {@link Messages}. */
public final class SummaryDocumentBuilder {

    private final Messages messages;

    /** @param messages the program's texts: each document is laid out in the language they speak when it is built */
    public SummaryDocumentBuilder(Messages messages) {
        this.messages = messages;
    }

    /** The document for {@code summary}, in the language spoken now. */
    public SummaryDocument build(MonthlySummary summary) {
        return new Layout(LocalFormats.of(messages.language())).build(summary);
    }

    /** The chart of cameras per district, outdoor and indoor stacked: the PDF's and the dashboard's. */
    public BarChartData camerasChart(List<DistrictCameras> districts) {
        return new Layout(LocalFormats.of(messages.language())).camerasChart(districts);
    }

    /** One document's layout, with the formats of the language it is built in. */
    private final class Layout {

        private final LocalFormats formats;

        Layout(LocalFormats formats) {
            this.formats = formats;
        }

        SummaryDocument build(MonthlySummary summary) {
            Figures f = summary.figures();
            String scopeLine = switch (summary.scope().kind()) {
                case CITY -> messages.get("report.scope.city", summary.scope().title());
                case DISTRICT -> messages.get("report.scope.district", summary.scope().title());
                case OFFICER -> messages.get("report.scope.officer", summary.scope().title());
            };
            List<Section> sections = new ArrayList<>(List.of(
                    cameras(summary, f),
                    coverage(f),
                    checks(f),
                    visits(f),
                    events(f),
                    offences(f),
                    leisure(f)));
            if (summary.compliance() != null) {
                sections.add(new ComplianceSection(messages).section(summary.compliance()));
            }
            if (summary.orders() != null) {
                sections.add(new OrdersSection(messages).section(summary.orders(), summary.asOf(), sections.size() + 1));
            }
            return new SummaryDocument(
                    messages.get("report.organisation"),
                    messages.get("report.title"),
                    // The month's own name, «қараша», «ноябрь», not the genitive «ноября».
                    messages.get("report.period", formats.monthYear(summary.month())),
                    scopeLine,
                    messages.get("report.asOf", formats.date(summary.asOf())),
                    sections,
                    // A rank typed as the shipped Russian one («майор полиции») reads in the document's language.
                    ReferenceNames.in(messages).rank(summary.signature().rank()),
                    summary.signature().name(),
                    messages.get("report.prepared", formats.dateTime(summary.preparedAt()), summary.preparedBy()),
                    messages.get("report.signature.date"));
        }

        private Section cameras(MonthlySummary summary, Figures f) {
            CameraFigures now = f.cameras();
            CameraFigures before = f.camerasPrevious();
            List<List<Object>> rows = List.of(
                    changeRow("report.cameras.total", before.total(), now.total()),
                    changeRow("report.cameras.outdoor", before.outdoor(), now.outdoor()),
                    changeRow("report.cameras.indoor", before.indoor(), now.indoor()),
                    changeRow("report.cameras.working", before.working(), now.working()),
                    changeRow("report.cameras.faulty", before.faulty(), now.faulty()),
                    changeRow("report.cameras.connected", before.connectedToCou(), now.connectedToCou()));
            Table totals = new Table("cameras", null, List.of(
                    text("report.column.indicator", 4f),
                    number(messages.get("report.column.onDate", formats.date(summary.previousAsOf())), 1.6f),
                    number(messages.get("report.column.onDate", formats.date(summary.asOf())), 1.6f),
                    new Column(messages.get("report.column.change"), 1.4f, ColumnKind.CHANGE)), rows, false);

            List<List<Object>> districtRows = new ArrayList<>();
            int[] sum = new int[5];
            for (DistrictCameras d : f.camerasByDistrict()) {
                int[] v = {d.schools(), d.schoolsCovered(), d.outdoor(), d.indoor(), d.outdoor() + d.indoor()};
                districtRows.add(row(d.district(), v[0], v[1], v[0] - v[1], v[2], v[3], v[4]));
                for (int i = 0; i < v.length; i++) {
                    sum[i] += v[i];
                }
            }
            districtRows.add(row(messages.get("report.total"), sum[0], sum[1], sum[0] - sum[1], sum[2], sum[3], sum[4]));
            Table byDistrict = new Table("camerasByDistrict", messages.get("report.cameras.byDistrict"), List.of(
                    text("report.column.district", 2.4f),
                    number("report.column.schools", 1.1f),
                    number("report.column.covered", 1.6f),
                    number("report.column.notCovered", 1.6f),
                    number("report.column.outdoor", 1.5f),
                    number("report.column.indoor", 1.6f),
                    number("report.column.camerasTotal", 1.3f)), districtRows, true);

            List<Block> blocks = new ArrayList<>(List.of(totals, byDistrict));
            if (f.camerasByDistrict().size() > 1) {
                blocks.add(new Chart(camerasChart(f.camerasByDistrict())));
            }
            blocks.add(new Note(messages.get("report.cameras.note")));
            return new Section("cameras", messages.get("report.section.cameras"), blocks);
        }

        BarChartData camerasChart(List<DistrictCameras> districts) {
            return new BarChartData(messages.get("report.chart.camerasByDistrict"),
                    districts.stream().map(DistrictCameras::district).toList(),
                    List.of(new BarChartData.Series(messages.get("report.column.outdoor"), districts.stream().map(DistrictCameras::outdoor).toList()),
                            new BarChartData.Series(messages.get("report.column.indoor"), districts.stream().map(DistrictCameras::indoor).toList())),
                    true);
        }

        private Section coverage(Figures f) {
            var c = f.coverage();
            double share = c.schools() == 0 ? 0 : 100.0 * c.covered() / c.schools();
            Table figures = new Table("coverage", null, List.of(text("report.column.indicator", 5f), number("report.column.value", 1.5f)),
                    List.of(row(messages.get("report.coverage.schools"), c.schools()),
                            row(messages.get("report.coverage.covered"), c.covered()),
                            row(messages.get("report.coverage.notCovered"), c.notCovered()),
                            row(messages.get("report.coverage.share"), new SummaryDocument.Percent(share / 100, messages.get("report.percent", share)))), false);
            List<Block> blocks = new ArrayList<>();
            blocks.add(figures);
            if (c.uncovered().isEmpty()) {
                blocks.add(new Note(messages.get("report.coverage.allCovered")));
            } else {
                List<List<Object>> rows = c.uncovered().stream().map(s -> row(s.number(), s.name(), s.district())).toList();
                blocks.add(new Table("schoolsWithoutCameras", messages.get("report.coverage.list"), schoolColumns(), rows, false));
            }
            return new Section("coverage", messages.get("report.section.coverage"), blocks);
        }

        private List<Column> schoolColumns(Column... more) {
            List<Column> columns = new ArrayList<>(List.of(
                    number("report.column.schoolNumber", 0.9f),
                    text("report.column.school", 4.6f),
                    text("report.column.district", 1.9f)));
            columns.addAll(Arrays.asList(more));
            return columns;
        }

        private Section checks(Figures f) {
            var k = f.checks();
            Table figures = new Table("checks", null, List.of(text("report.column.indicator", 5f), number("report.column.value", 1.5f)),
                    List.of(row(messages.get("report.checks.done"), k.done()),
                            row(messages.get("report.checks.schoolsChecked"), k.schoolsChecked()),
                            row(messages.get("report.checks.overdue", k.overdueDays()), k.overdue().size())), false);
            List<Block> blocks = new ArrayList<>();
            blocks.add(figures);
            if (!k.overdue().isEmpty()) {
                List<List<Object>> rows = new ArrayList<>();
                for (OverdueSchool o : k.overdue()) {
                    SchoolRef s = o.school();
                    rows.add(row(s.number(), s.name(), s.district(),
                            o.lastCheck() == null ? messages.get("report.checks.never") : day(o.lastCheck())));
                }
                blocks.add(new Table("overdueSchools", messages.get("report.checks.list"),
                        schoolColumns(text("report.column.lastCheck", 1.6f)), rows, false));
            }
            return new Section("checks", messages.get("report.section.checks"), blocks);
        }

        private Section visits(Figures f) {
            List<Block> blocks = new ArrayList<>();
            if (f.visitsByOfficer().isEmpty()) {
                blocks.add(new Note(messages.get("report.visits.none")));
                return new Section("visits", messages.get("report.section.visits"), blocks);
            }
            List<List<Object>> officerRows = new ArrayList<>();
            for (OfficerVisits o : f.visitsByOfficer()) {
                officerRows.add(row(o.officer(), o.badge(), o.visits(), o.schools()));
            }
            officerRows.add(row(messages.get("report.total"), null, f.visitsTotal(), f.visitsBySchool().size()));
            blocks.add(new Table("visitsByOfficer", messages.get("report.visits.byOfficer"), List.of(
                    text("report.column.officer", 4.4f),
                    text("report.column.badge", 1.3f),
                    number("report.column.visits", 1.3f),
                    number("report.column.schoolsVisited", 1.5f)), officerRows, true));

            List<List<Object>> schoolRows = new ArrayList<>();
            int total = 0;
            for (SchoolVisits v : f.visitsBySchool()) {
                SchoolRef s = v.school();
                schoolRows.add(row(s.number(), s.name(), s.district(), v.visits(), day(v.lastVisit())));
                total += v.visits();
            }
            schoolRows.add(row(null, messages.get("report.total"), null, total, null));
            blocks.add(new Table("visitsBySchool", messages.get("report.visits.bySchool"),
                    schoolColumns(number("report.column.visits", 1.45f), text("report.column.lastVisit", 1.6f)), schoolRows, true));
            return new Section("visits", messages.get("report.section.visits"), blocks);
        }

        private Section events(Figures f) {
            List<List<Object>> rows = new ArrayList<>();
            int events = 0;
            int pupils = 0;
            int parents = 0;
            for (EventTypeFigures e : f.eventsByType()) {
                rows.add(row(e.type(), e.events(), e.pupils(), e.parents()));
                events += e.events();
                pupils += e.pupils();
                parents += e.parents();
            }
            rows.add(row(messages.get("report.total"), events, pupils, parents));
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Table("eventsByType", null, List.of(
                    text("report.column.eventType", 5f),
                    number("report.column.events", 1.3f),
                    number("report.column.pupils", 1.3f),
                    number("report.column.parents", 1.3f)), rows, true));
            if (events > 0) {
                blocks.add(new Chart(new BarChartData(messages.get("report.chart.eventsByType"),
                        f.eventsByType().stream().map(EventTypeFigures::type).toList(),
                        List.of(new BarChartData.Series(messages.get("report.column.events"),
                                f.eventsByType().stream().map(EventTypeFigures::events).toList())), false)));
            }
            return new Section("events", messages.get("report.section.events"), blocks);
        }

        private Section offences(Figures f) {
            var o = f.offences();
            List<Block> blocks = new ArrayList<>();
            List<List<Object>> rows = new ArrayList<>();
            for (OffenceKindFigures k : o.byKind()) {
                rows.add(row(k.kind(), k.total(), k.inside(), k.grounds(), k.camerasHelped()));
            }
            rows.add(row(messages.get("report.total"), o.total(), o.inside(), o.grounds(), o.camerasHelped()));
            blocks.add(new Table("offences", null, List.of(
                    text("report.column.offenceKind", 4f),
                    number("report.column.offences", 1.1f),
                    number("report.column.inside", 1.2f),
                    number("report.column.grounds", 1.3f),
                    number("report.column.camerasHelped", 1.5f)), rows, true));
            if (o.total() == 0) {
                blocks.add(new Note(messages.get("report.offences.none")));
            }
            return new Section("offences", messages.get("report.section.offences"), blocks);
        }

        private Section leisure(Figures f) {
            var l = f.leisure();
            Table figures = new Table("leisure", null, List.of(text("report.column.indicator", 5f), number("report.column.value", 1.5f)),
                    List.of(row(messages.get("report.leisure.centres"), l.centres()),
                            row(messages.get("report.leisure.teenagers"), l.registeredTeenagers()),
                            row(messages.get("report.leisure.children"), l.troubledFamilyChildren())), false);
            return new Section("leisure", messages.get("report.section.leisure"),
                    List.of(figures, new Note(messages.get("report.leisure.note"))));
        }

        private List<Object> changeRow(String key, int before, int now) {
            return row(messages.get(key), before, now, now - before);
        }

        private Column text(String key, float weight) {
            return new Column(messages.get(key), weight, ColumnKind.TEXT);
        }

        private Column number(String keyOrText, float weight) {
            String header = keyOrText.startsWith("report.") ? messages.get(keyOrText) : keyOrText;
            return new Column(header, weight, ColumnKind.NUMBER);
        }

        /** A row; unlike {@code List.of} it keeps nulls (empty cells). */
        private static List<Object> row(Object... cells) {
            return Collections.unmodifiableList(Arrays.asList(cells));
        }

        private SummaryDocument.Day day(LocalDate d) {
            return new SummaryDocument.Day(d, formats.date(d));
        }
    }
}
