// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench.load;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import kz.schoolwatch.domain.EventDraft;
import kz.schoolwatch.domain.VisitDraft;
import kz.schoolwatch.domain.VisitFilter;
import kz.schoolwatch.persistence.EventRepository;
import kz.schoolwatch.persistence.VisitRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.EventService;
import kz.schoolwatch.service.VisitService;

/**
 * An inspector: logs a visit to one of the district's schools, opens the month of visits as the Visits screen
 * does (the first page's rows, then their count, under the server's row-level security), and every other round
 * records an outreach event with the own officer.
 */
final class Inspector extends LoadOfficer {

    /** The Visits screen's page (VisitListViewModel.PAGE_SIZE). */
    private static final int PAGE = 100;

    private final long officerId;
    private final List<Long> schools;
    private final int purposeId;
    private final int eventTypeId;
    private final VisitService visits;
    private final EventService events;
    private int rounds;

    Inspector(Database db, Access access, Ledger.Tally tally, Ledger ledger, long seed, long officerId, List<Long> schools,
              int purposeId, int eventTypeId) {
        super(db, tally, ledger, seed);
        this.officerId = officerId;
        this.schools = schools;
        this.purposeId = purposeId;
        this.eventTypeId = eventTypeId;
        this.visits = new VisitService(db, new VisitRepository(db), new DataChanges(), Clock.systemDefaultZone(), access);
        this.events = new EventService(db, new EventRepository(db), new DataChanges(), access);
    }

    @Override
    void round(Latencies times) {
        long school = schools.get(random.nextInt(schools.size()));
        LocalDateTime at = LocalDateTime.now().minusMinutes(random.nextInt(120)).truncatedTo(ChronoUnit.MINUTES);
        timed(times, "visit", () -> visits.create(new VisitDraft(officerId, school, at, purposeId,
                "Обход территории, замечаний нет (нагрузочный замер)", null, 0)));
        tally.saved("visit");
        VisitFilter month = VisitFilter.month(LocalDate.now());
        timed(times, "month", () -> visits.rows(month, 0, PAGE).size() + visits.count(month));
        if (rounds++ % 2 == 0) {
            timed(times, "event", () -> events.create(new EventDraft(eventTypeId, "Беседа о безопасности", LocalDate.now(), school,
                    null, 25, 3, null, List.of(), List.of(officerId), 0)));
            tally.saved("event");
        }
    }
}
