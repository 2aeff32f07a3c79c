// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report.passport;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import kz.schoolwatch.domain.ComplianceStatus;
import kz.schoolwatch.domain.ItemCompliance;
import kz.schoolwatch.domain.SchoolCompliance;
import kz.schoolwatch.i18n.ComplianceTexts;
import kz.schoolwatch.i18n.LocalFormats;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.SummaryDocument;
import kz.schoolwatch.report.SummaryDocument.Block;
import kz.schoolwatch.report.SummaryDocument.Column;
import kz.schoolwatch.report.SummaryDocument.ColumnKind;
import kz.schoolwatch.report.SummaryDocument.Note;
import kz.schoolwatch.report.SummaryDocument.Section;
import kz.schoolwatch.report.SummaryDocument.Table;
import kz.schoolwatch.report.passport.SchoolPassport.CheckLine;
import kz.schoolwatch.report.passport.SchoolPassport.Dated;
import kz.schoolwatch.report.passport.SchoolPassport.Equipment;
import kz.schoolwatch.report.passport.SchoolPassport.OfficerLine;
import kz.schoolwatch.report.passport.SchoolPassport.OpenFault;

/**
 * Lays a school's passport out as a document in the program's language, the same structure the monthly summary
 * uses, so the PDF and the printed preview draw one thing. Tables whose headers are all blank are label–value
 * grids.
 */
public final class PassportDocumentBuilder {

    /** Open faults listed one by one; more are counted in a line under the table, so the passport keeps to two pages. */
    static final int MAX_FAULTS = 10;

    private final Messages messages;
    private final LocalFormats formats;
    private final ComplianceTexts compliance;
    private final CameraZones zones;

    public PassportDocumentBuilder(Messages messages) {
        this.messages = messages;
        this.formats = LocalFormats.of(messages.language());
        this.compliance = new ComplianceTexts(messages);
        this.zones = new CameraZones(messages);
    }

    /** The passport as a document; {@code preparedBy} and {@code preparedAt} go into its footer. */
    public SummaryDocument build(SchoolPassport p, String preparedBy, LocalDateTime preparedAt) {
        SchoolPassport.School s = p.school();
        OfficerLine signer = p.officers().isEmpty() ? null : p.officers().get(0);
        return new SummaryDocument(
                messages.get("report.organisation"),
                messages.get("passport.title"),
                messages.get("passport.school", s.number(), s.name()),
                messages.get("passport.scope", s.district()),
                messages.get("passport.asOf", formats.date(p.day())),
                List.of(school(p), cameras(p), equipment(p.equipment()), compliance(p.compliance()), faults(p), checks(p), work(p)),
                signer == null ? "" : signer.rank(),
                signer == null ? "" : signer.name(),
                messages.get("report.prepared", formats.dateTime(preparedAt), preparedBy),
                messages.get("report.signature.date"));
    }

    private Section school(SchoolPassport p) {
        SchoolPassport.School s = p.school();
        List<List<Object>> rows = List.of(
                row(label("school.field.district"), s.district(), label("school.field.type"), messages.of("school.type", s.type())),
                row(label("school.field.address"), orDash(s.address()), label("school.field.phone"), orDash(s.phone())),
                row(label("school.field.director"), orDash(s.director()), label("school.field.pupils"), formats.count(s.pupils())),
                row(messages.get("passport.entrances"), number(s.entrances()), messages.get("passport.floors"), number(s.floors())));
        List<Block> blocks = new ArrayList<>();
        blocks.add(grid("school", rows));
        if (p.officers().isEmpty()) {
            blocks.add(new Note(messages.get("passport.officer.none")));
        } else {
            List<List<Object>> officers = p.officers().stream()
                    .map(o -> row(o.rank(), o.name(), orDash(o.phone()))).toList();
            blocks.add(new Table("officers", null, List.of(text("passport.officer.rank", 1.4f),
                    text("passport.officer.name", 1.6f), text("passport.officer.phone", 1.2f)), officers, false));
        }
        return new Section("school", messages.get("passport.section.school"), blocks);
    }

    private Section cameras(SchoolPassport p) {
        if (p.cameras().isEmpty()) {
            return new Section("cameras", messages.get("passport.section.cameras"), List.of(new Note(messages.get("passport.cameras.none"))));
        }
        List<Column> columns = List.of(text("passport.cameras.zone", 2f), number("passport.cameras.outdoor", 1.05f),
                number("passport.cameras.indoor", 1.1f), number("passport.cameras.inOrder", 1f), number("passport.cameras.faulty", 1.15f),
                number("passport.cameras.archive", 0.95f), number("passport.cameras.cou", 0.8f), number("passport.cameras.sergek", 0.9f),
                number("passport.cameras.duty", 1f), number("passport.cameras.unconnected", 1.1f));
        List<List<Object>> rows = new ArrayList<>();
        for (CameraZones.Group g : zones.groups(p.cameras())) {
            rows.add(g.row(zones.name(g), formats));
        }
        rows.add(CameraZones.Group.total(p.cameras()).row(messages.get("passport.cameras.total"), formats));
        return new Section("cameras", messages.get("passport.section.cameras"),
                List.of(new Table("cameras", null, columns, rows, true)));
    }

    private Section equipment(Equipment e) {
        if (e == null) {
            return new Section("equipment", messages.get("passport.section.equipment"),
                    List.of(new Note(messages.get("passport.equipment.none"))));
        }
        String guard = e.guardCompany() == null || e.guardCompany().isBlank() ? messages.get("passport.guard.none") : e.guardCompany();
        String contract = e.guardContractEnd() == null ? "—" : formats.date(e.guardContractEnd());
        List<List<Object>> rows = List.of(
                row(label("equipment.panic"), yesNo(e.panicButton()), messages.get("passport.panicReaches"), yesNo(e.panicButtonConnected())),
                row(messages.get("passport.accessControl"), yesNo(e.accessControl()), messages.get("passport.turnstiles"), yesNo(e.turnstiles())),
                row(label("equipment.detector"), yesNo(e.metalDetector()), messages.get("passport.warning"), yesNo(e.paSystem())),
                row(messages.get("passport.guard"), guard, messages.get("passport.guardEnd"), contract));
        return new Section("equipment", messages.get("passport.section.equipment"), List.of(grid("equipment", rows)));
    }

    private Section compliance(SchoolCompliance c) {
        String title = messages.get("passport.section.compliance");
        if (c == null || c.items().isEmpty()) {
            return new Section("compliance", title, List.of(new Note(messages.get("passport.compliance.noSet"))));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Note(messages.get("passport.compliance.overall", compliance.status(c.status()),
                c.count(ComplianceStatus.MET), c.items().size())));
        List<List<Object>> gaps = new ArrayList<>();
        for (ItemCompliance i : c.items()) {
            if (i.status() != ComplianceStatus.MET) {
                gaps.add(row(compliance.title(i.item()), compliance.status(i.status()), compliance.reasons(i), i.item().legalSource()));
            }
        }
        if (gaps.isEmpty()) {
            blocks.add(new Note(messages.get("passport.compliance.allMet")));
        } else {
            blocks.add(new Table("gaps", null, List.of(text("passport.gap.item", 1.8f), text("passport.gap.status", 1.1f),
                    text("passport.gap.reason", 2.2f), text("passport.gap.source", 1.5f)), gaps, false));
        }
        return new Section("compliance", title, blocks);
    }

    private Section faults(SchoolPassport p) {
        String title = messages.get("passport.section.faults");
        if (p.openFaults().isEmpty()) {
            return new Section("faults", title, List.of(new Note(messages.get("passport.faults.none"))));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (OpenFault f : p.openFaults().subList(0, Math.min(MAX_FAULTS, p.openFaults().size()))) {
            rows.add(row(zones.camera(f.placement(), f.zone(), f.zoneNumber()), formats.date(f.foundOn()),
                    messages.of("passport.fault", f.kind()),
                    (int) ChronoUnit.DAYS.between(f.foundOn(), p.day())));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Table("faults", null, List.of(text("passport.faults.camera", 2f), text("passport.faults.foundOn", 1f),
                text("passport.faults.kind", 2f), number("passport.faults.days", 0.9f)), rows, false));
        if (p.openFaults().size() > MAX_FAULTS) {
            blocks.add(new Note(messages.get("passport.faults.more", p.openFaults().size() - MAX_FAULTS)));
        }
        return new Section("faults", title, blocks);
    }

    private Section checks(SchoolPassport p) {
        String title = messages.get("passport.section.checks");
        if (p.checks().isEmpty()) {
            return new Section("checks", title, List.of(new Note(messages.get("passport.checks.none"))));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (CheckLine c : p.checks()) {
            rows.add(row(formats.date(c.checkedOn()), c.officer(), messages.get("passport.checks.result", c.ok(), c.defects(), c.absent())));
        }
        return new Section("checks", title, List.of(new Table("checks", null, List.of(text("passport.checks.date", 1f),
                text("passport.checks.officer", 1.6f), text("passport.checks.summary", 3f)), rows, false)));
    }

    private Section work(SchoolPassport p) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Note(messages.get("passport.work.counts", String.valueOf(p.day().getYear()), p.visitsThisYear(), p.eventsThisYear())));
        List<List<Object>> rows = new ArrayList<>();
        for (Dated v : p.lastVisits()) {
            rows.add(row(messages.get("passport.work.visit"), formats.date(v.day()), v.topic()));
        }
        for (Dated e : p.lastEvents()) {
            rows.add(row(messages.get("passport.work.event"), formats.date(e.day()), e.topic()));
        }
        if (!rows.isEmpty()) {
            blocks.add(new Table("work", null, List.of(text("passport.work.kind", 1.1f), text("passport.work.date", 1f),
                    text("passport.work.topic", 4f)), rows, false));
        }
        return new Section("work", messages.get("passport.section.work"), blocks);
    }

    /** A label–value grid: four columns without headers. */
    private static Table grid(String id, List<List<Object>> rows) {
        return new Table(id, null, List.of(new Column("", 1.3f, ColumnKind.TEXT), new Column("", 2.2f, ColumnKind.TEXT),
                new Column("", 1.3f, ColumnKind.TEXT), new Column("", 1.4f, ColumnKind.TEXT)), rows, false);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    /** A form's field label without the star that marks a required field. */
    private String label(String key) {
        return messages.get(key).replace("*", "").trim();
    }

    private Column text(String key, float weight) {
        return new Column(messages.get(key), weight, ColumnKind.TEXT);
    }

    private Column number(String key, float weight) {
        return new Column(messages.get(key), weight, ColumnKind.NUMBER);
    }

    private String yesNo(boolean value) {
        return messages.get(value ? "common.yes" : "common.no");
    }

    private String number(Integer n) {
        return n == null ? messages.get("passport.unknown") : formats.count(n);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
