// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report.compliance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import kz.schoolwatch.domain.CityCompliance;
import kz.schoolwatch.domain.CityCompliance.DistrictLine;
import kz.schoolwatch.domain.CityCompliance.ItemLine;
import kz.schoolwatch.domain.ComplianceStatus;
import kz.schoolwatch.domain.SchoolCompliance;
import kz.schoolwatch.i18n.ComplianceTexts;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.SummaryDocument.Column;
import kz.schoolwatch.report.SummaryDocument.ColumnKind;
import kz.schoolwatch.report.SummaryDocument.Percent;
import kz.schoolwatch.report.SummaryDocument.Table;

/**
 * The compliance tables as document tables, in the language spoken when they are built: by district (with the
 * city's total), by requirement, and the schools with gaps. The quarterly table and the monthly summary's section
 * both print these, so they agree.
 */
public final class ComplianceTables {

    private final Messages messages;
    private final ComplianceTexts texts;

    public ComplianceTables(Messages messages) {
        this.messages = messages;
        this.texts = new ComplianceTexts(messages);
    }

    /** District, schools, fully compliant, with gaps, no data, % compliant; the last row the scope's total. */
    public Table districts(String id, ComplianceFigures figures) {
        List<List<Object>> rows = new ArrayList<>();
        int[] sum = new int[4];
        for (DistrictLine d : figures.compliance().byDistrict()) {
            rows.add(districtRow(figures.district(d.districtId()), d.schools(), d.met(), d.notMet(), d.unknown()));
            sum[0] += d.schools();
            sum[1] += d.met();
            sum[2] += d.notMet();
            sum[3] += d.unknown();
        }
        rows.add(districtRow(messages.get("report.total"), sum[0], sum[1], sum[2], sum[3]));
        return new Table(id, messages.get("compliance.report.byDistrict"), List.of(
                text("compliance.report.column.district", 2.6f),
                number("compliance.report.column.schools", 1.1f),
                number("compliance.report.column.met", 1.6f),
                number("compliance.report.column.notMet", 1.5f),
                number("compliance.report.column.unknown", 1.3f),
                number("compliance.report.column.share", 1.3f)), rows, true);
    }

    private List<Object> districtRow(String name, int schools, int met, int notMet, int unknown) {
        return row(name, schools, met, notMet, unknown, share(met, schools));
    }

    /** A share of schools as printed, «94,6 %»; nothing when there are no schools. */
    public Percent share(int part, int whole) {
        double fraction = whole == 0 ? 0 : (double) part / whole;
        return new Percent(fraction, messages.get("report.percent", fraction * 100));
    }

    /** Each requirement of the set: the schools it applies to, met, not met, no data. */
    public Table items(String id, CityCompliance compliance) {
        List<List<Object>> rows = new ArrayList<>();
        int position = 1;
        for (ItemLine i : compliance.byItem()) {
            rows.add(row(position++ + ". " + texts.title(i.item()), i.applicable(), i.met(), i.notMet(), i.unknown()));
        }
        return new Table(id, messages.get("compliance.report.byItem"), List.of(
                text("compliance.report.column.requirement", 4.4f),
                number("compliance.report.column.applicable", 1.4f),
                number("compliance.report.column.itemMet", 1.2f),
                number("compliance.report.column.itemNotMet", 1.2f),
                number("compliance.report.column.unknown", 1.2f)), rows, false);
    }

    /** The schools with at least one requirement not met, each with its unmet items and why; the district when asked. */
    public Table gaps(String id, ComplianceFigures figures, boolean withDistrict) {
        List<List<Object>> rows = new ArrayList<>();
        for (SchoolCompliance s : figures.compliance().withGaps()) {
            rows.add(withDistrict ? row(s.schoolNumber(), s.schoolName(), figures.district(s.districtId()), unmet(s))
                    : row(s.schoolNumber(), s.schoolName(), unmet(s)));
        }
        List<Column> columns = new ArrayList<>(List.of(
                number("compliance.report.column.number", 0.6f),
                text("compliance.report.column.school", 2.6f)));
        if (withDistrict) {
            columns.add(text("compliance.report.column.district", 2.0f));
        }
        columns.add(text("compliance.report.column.gaps", 5.0f));
        return new Table(id, messages.get("compliance.report.gapsList"), columns, rows, false);
    }

    /** «Камера у каждого входа и выхода: нет камеры у входа №2; Все камеры исправны: неисправны 1 из 4 камер». */
    public String unmet(SchoolCompliance school) {
        return school.items().stream().filter(i -> i.status() == ComplianceStatus.NOT_MET)
                .map(i -> messages.get("compliance.report.gap", texts.title(i.item()), texts.reasons(i)))
                .collect(Collectors.joining("; "));
    }

    private Column text(String key, float weight) {
        return new Column(messages.get(key), weight, ColumnKind.TEXT);
    }

    private Column number(String key, float weight) {
        return new Column(messages.get(key), weight, ColumnKind.NUMBER);
    }

    /** A row; unlike {@code List.of} it keeps nulls (empty cells). */
    private static List<Object> row(Object... cells) {
        return Collections.unmodifiableList(Arrays.asList(cells));
    }
}
