// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.demo;

import static kz.schoolwatch.persistence.demo.DemoNames.pick;
import static kz.schoolwatch.persistence.jooq.Tables.EVENT_OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.EVENT_PARTNER;
import static kz.schoolwatch.persistence.jooq.Tables.EVENT_TYPE;
import static kz.schoolwatch.persistence.jooq.Tables.OFFENCE;
import static kz.schoolwatch.persistence.jooq.Tables.OFFENCE_KIND;
import static kz.schoolwatch.persistence.jooq.Tables.OUTREACH_EVENT;
import static kz.schoolwatch.persistence.jooq.Tables.PARTNER;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_ASSIGNMENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_VISIT;
import static kz.schoolwatch.persistence.jooq.Tables.SECURITY_CHECK;
import static kz.schoolwatch.persistence.jooq.Tables.SECURITY_CHECK_FINDING;
import static kz.schoolwatch.persistence.jooq.Tables.VISIT_PURPOSE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import kz.schoolwatch.persistence.demo.DemoCitySeeder.Plan;
import kz.schoolwatch.persistence.demo.DemoSchools.SchoolRow;
import kz.schoolwatch.persistence.jooq.tables.records.SchoolVisitRecord;
import org.jooq.DSLContext;
import org.jooq.TableRecord;

/** A year of the demo city's work: visits, outreach events, security checks and offences. */
final class DemoActivity {

    private final Plan plan;
    private final LocalDate today;
    private final Random random;

    DemoActivity(Plan plan, LocalDate today, Random random) {
        this.plan = plan;
        this.today = today;
        this.random = random;
    }

    void insertVisits(DSLContext dsl, List<SchoolRow> schools, List<Long> officers) {
        List<Integer> purposes = dsl.select(VISIT_PURPOSE.ID).from(VISIT_PURPOSE).orderBy(VISIT_PURPOSE.SORT_ORDER).fetch(VISIT_PURPOSE.ID);
        Map<Long, List<Long>> schoolsOf = new HashMap<>();
        dsl.select(SCHOOL_ASSIGNMENT.OFFICER_ID, SCHOOL_ASSIGNMENT.SCHOOL_ID).from(SCHOOL_ASSIGNMENT)
                .where(SCHOOL_ASSIGNMENT.ASSIGNED_TO.isNull())
                .forEach(r -> schoolsOf.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        List<SchoolVisitRecord> visits = new ArrayList<>();
        LocalDate start = today.minusYears(1).plusDays(1);
        for (long officer : officers) {
            List<Long> own = schoolsOf.getOrDefault(officer, List.of(schools.get(0).id()));
            int total = plan.visitsPerOfficerPerMonth() * 12;
            for (int v = 0; v < total; v++) {
                LocalDate day = start.plusDays(random.nextInt(365));
                if (day.getDayOfWeek().getValue() > 5) {
                    day = day.minusDays(day.getDayOfWeek().getValue() - 5L);
                }
                LocalDateTime at = LocalDateTime.of(day, LocalTime.of(8 + random.nextInt(9), random.nextInt(4) * 15));
                visits.add(dsl.newRecord(SCHOOL_VISIT)
                        .setOfficerId(officer)
                        .setSchoolId(own.get(random.nextInt(own.size())))
                        .setVisitedAt(at)
                        .setPurposeId(purposes.get(random.nextInt(purposes.size())))
                        .setFindings(pick(random, DemoNames.VISIT_FINDINGS))
                        .setAgreedActions(pick(random, DemoNames.VISIT_ACTIONS))
                        .setCreatedAt(at.plusHours(2)));
            }
        }
        dsl.batchInsert(visits).execute();
    }

    void insertEvents(DSLContext dsl, List<SchoolRow> schools, List<Long> centres, List<Long> officers) {
        List<Integer> types = dsl.select(EVENT_TYPE.ID).from(EVENT_TYPE).orderBy(EVENT_TYPE.SORT_ORDER).fetch(EVENT_TYPE.ID);
        List<Long> partners = dsl.select(PARTNER.ID).from(PARTNER).orderBy(PARTNER.ID).fetch(PARTNER.ID);
        LocalDate start = today.minusYears(1).plusDays(1);
        int total = plan.eventsPerMonth() * 12;
        List<TableRecord<?>> links = new ArrayList<>();
        for (int e = 0; e < total; e++) {
            // Every type appears every month: cycle through the types, then vary the rest.
            int typeIndex = e % types.size();
            boolean atCentre = typeIndex == types.size() - 1 || random.nextInt(100) < 12;
            int parents = typeIndex == 0 ? 40 + random.nextInt(160) : random.nextInt(40);
            var rec = dsl.newRecord(OUTREACH_EVENT)
                    .setEventTypeId(types.get(typeIndex))
                    .setTitle(typeIndex == 5 || typeIndex == 6 ? pick(random, DemoNames.EVENT_TITLES) : null)
                    .setHeldOn(start.plusDays(random.nextInt(365)))
                    .setSchoolId(atCentre ? null : schools.get(random.nextInt(schools.size())).id())
                    .setLeisureCentreId(atCentre ? centres.get(random.nextInt(centres.size())) : null)
                    .setPupils(15 + random.nextInt(250))
                    .setParents(parents)
                    .setNotes(null);
            rec.store();
            int partnerCount = 1 + random.nextInt(2);
            List<Long> chosen = new ArrayList<>(partners);
            Collections.shuffle(chosen, random);
            for (int p = 0; p < partnerCount; p++) {
                links.add(dsl.newRecord(EVENT_PARTNER).setEventId(rec.getId()).setPartnerId(chosen.get(p)));
            }
            long first = officers.get(random.nextInt(officers.size()));
            links.add(dsl.newRecord(EVENT_OFFICER).setEventId(rec.getId()).setOfficerId(first));
            if (random.nextInt(3) == 0) {
                long second = officers.get(random.nextInt(officers.size()));
                if (second != first) {
                    links.add(dsl.newRecord(EVENT_OFFICER).setEventId(rec.getId()).setOfficerId(second));
                }
            }
        }
        dsl.batchInsert(links).execute();
    }

    void insertChecks(DSLContext dsl, List<SchoolRow> schools, List<Long> officers) {
        String[] items = {"CAMERAS", "PANIC_BUTTON", "ACCESS_CONTROL", "METAL_DETECTOR", "GUARD", "PA_SYSTEM"};
        List<TableRecord<?>> findings = new ArrayList<>();
        for (SchoolRow s : schools) {
            int checks = random.nextInt(4);
            for (int c = 0; c < checks; c++) {
                var rec = dsl.newRecord(SECURITY_CHECK)
                        .setSchoolId(s.id())
                        .setOfficerId(officers.get(random.nextInt(officers.size())))
                        .setCheckedOn(today.minusDays(random.nextInt(365)))
                        .setRemarks(pick(random, DemoNames.CHECK_REMARKS));
                rec.store();
                for (String item : items) {
                    int r = random.nextInt(100);
                    findings.add(dsl.newRecord(SECURITY_CHECK_FINDING).setCheckId(rec.getId()).setItem(item)
                            .setResult(r < 75 ? "OK" : r < 90 ? "DEFECT" : "ABSENT"));
                }
            }
        }
        dsl.batchInsert(findings).execute();
    }

    void insertOffences(DSLContext dsl, List<SchoolRow> schools) {
        var kinds = dsl.select(OFFENCE_KIND.ID, OFFENCE_KIND.NAME).from(OFFENCE_KIND).orderBy(OFFENCE_KIND.SORT_ORDER).fetch();
        List<TableRecord<?>> rows = new ArrayList<>();
        LocalDate start = today.minusYears(1).plusDays(1);
        for (int i = 0; i < 60; i++) {
            long school = schools.get(random.nextInt(schools.size())).id();
            LocalDate day = start.plusDays(random.nextInt(365));
            var kind = kinds.get(random.nextInt(kinds.size()));
            String location = random.nextInt(3) == 0 ? "GROUNDS" : "INSIDE";
            // The description is one of its kind's (a kind renamed before the demo was loaded falls back to «Иное»).
            List<String> notes = DemoNames.OFFENCE_NOTES.getOrDefault(kind.value2(), DemoNames.OFFENCE_NOTES.get("Иное"));
            String note = notes.get(random.nextInt(DemoNames.OFFENCE_NOTE_DRAW) % notes.size());
            rows.add(dsl.newRecord(OFFENCE)
                    .setSchoolId(school)
                    .setOccurredOn(day)
                    .setOffenceKindId(kind.value1())
                    .setLocation(location)
                    .setDescription(note)
                    .setCamerasHelped(random.nextBoolean()));
        }
        dsl.batchInsert(rows).execute();
    }
}
