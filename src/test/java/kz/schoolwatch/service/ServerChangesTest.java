// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.VisitDraft;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.VisitRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.PostgresServer;
import kz.schoolwatch.persistence.store.ServerAddress;
import kz.schoolwatch.persistence.store.TcpProxy;
import kz.schoolwatch.service.DataChanges.Topic;
import org.junit.jupiter.api.Test;

/**
 * Another PC's save on the unit's server reaches this PC's open screens within two seconds: the server's
 * notification names the table, and the matching topic is published here as if the save were local.
 */
class ServerChangesTest {

    @Test
    void eachTableOfAScreenHasItsTopicAndTheAuditTrailItsOwnOnlyWhenNoDataChangedWithIt() {
        assertThat(ServerChanges.topics(Set.of("school_visit", "event_officer", "audit_entry")))
                .containsExactly(Topic.VISITS, Topic.EVENTS);
        assertThat(ServerChanges.topics(Set.of("audit_entry"))).containsExactly(Topic.AUDIT);
        assertThat(ServerChanges.topics(Set.of("*"))).containsExactlyInAnyOrder(Topic.values());
    }

    @Test
    void everyTableButTheTrailAndTheMigrationsHasATopic() {
        // A table without one would change on another PC without any screen here reading it again.
        assertThat(kz.schoolwatch.persistence.jooq.Public.PUBLIC.getTables())
                .extracting(t -> t.getName().toLowerCase(java.util.Locale.ROOT))
                .filteredOn(name -> !name.equals("audit_entry") && !name.equals("flyway_schema_history"))
                .allSatisfy(name -> assertThat(ServerChanges.TOPICS).as(name).containsKey(name));
    }

    @Test
    void aNotificationFromAnotherPcIsPublishedHereWithinTwoSeconds() throws Exception {
        ServerAddress address = PostgresServer.newDatabase();
        try (Database other = PostgresServer.connect(address); Database here = PostgresServer.connect(address)) {
            DataChanges changes = new DataChanges();
            BlockingQueue<Topic> heard = new LinkedBlockingQueue<>();
            changes.subscribe(heard::add);
            try (ServerChanges listening = ServerChanges.start(here, changes)) {
                // The listener's LISTEN runs on its own thread: a first notification shows it is in place.
                awaitListening(other, heard);
                long start = System.nanoTime();
                other.dsl().execute("NOTIFY schoolwatch_changes, 'school_visit'");
                assertThat(heard.poll(2, TimeUnit.SECONDS)).isEqualTo(Topic.VISITS);
                assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2_000);
            }
        }
    }

    @Test
    void aVisitLoggedOnAnotherPcReachesThisPcsVisitListWithinTwoSeconds() throws Exception {
        ServerAddress address = PostgresServer.newDatabase();
        try (Database other = PostgresServer.connect(address); Database here = PostgresServer.connect(address)) {
            TestRows rows = new TestRows(other);
            long officer = rows.officer("Исин", "100001", 1);
            long school = rows.school(125, 1);
            VisitService visits = new VisitService(other, new VisitRepository(other), new DataChanges(), Clock.systemDefaultZone(),
                    TestDatabases.head());
            DataChanges changes = new DataChanges();
            BlockingQueue<Topic> heard = new LinkedBlockingQueue<>();
            changes.subscribe(heard::add);
            try (ServerChanges listening = ServerChanges.start(here, changes)) {
                awaitListening(other, heard);
                long start = System.nanoTime();
                // The save goes through the service and the server's audit trigger, which notifies at the commit.
                visits.create(new VisitDraft(officer, school, LocalDateTime.now().minusHours(1), rows.firstPurposeId(), "Охрана на месте", "", 0));
                assertThat(heard.poll(2, TimeUnit.SECONDS)).isEqualTo(Topic.VISITS);
                assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2_000);
            }
        }
    }

    @Test
    void thisPcsOwnSavesAreNotPublishedASecondTime() throws Exception {
        ServerAddress address = PostgresServer.newDatabase();
        try (Database other = PostgresServer.connect(address); Database here = PostgresServer.connect(address)) {
            DataChanges changes = new DataChanges();
            BlockingQueue<Topic> heard = new LinkedBlockingQueue<>();
            changes.subscribe(heard::add);
            try (ServerChanges listening = ServerChanges.start(here, changes)) {
                awaitListening(other, heard);
                // Its own save was published here when it committed; the server's echo of it is left out.
                here.dsl().execute("NOTIFY schoolwatch_changes, 'camera'");
                other.dsl().execute("NOTIFY schoolwatch_changes, 'offence'");
                assertThat(heard.poll(2, TimeUnit.SECONDS)).isEqualTo(Topic.OFFENCES);
                assertThat(heard).isEmpty();
            }
        }
    }

    @Test
    void afterTheConnectionWasLostEveryScreenReadsAgainAndLaterChangesAreHeard() throws Exception {
        ServerAddress address = PostgresServer.newDatabase();
        PostgresServer.connect(address).close();
        try (TcpProxy proxy = TcpProxy.toTestServer();
             Database other = PostgresServer.connect(address);
             Database here = PostgresServer.connect(proxy.through(address))) {
            DataChanges changes = new DataChanges();
            BlockingQueue<Topic> heard = new LinkedBlockingQueue<>();
            changes.subscribe(heard::add);
            try (ServerChanges listening = ServerChanges.start(here, changes)) {
                awaitListening(other, heard);
                proxy.cut();
                proxy.restore();
                // What changed while nothing was heard is unknown: every topic once.
                List<Topic> again = new java.util.ArrayList<>();
                while (again.size() < Topic.values().length) {
                    Topic t = heard.poll(20, TimeUnit.SECONDS);
                    assertThat(t).as("every topic after listening again").isNotNull();
                    again.add(t);
                }
                assertThat(again).containsExactlyInAnyOrder(Topic.values());
                other.dsl().execute("NOTIFY schoolwatch_changes, 'camera'");
                assertThat(heard.poll(2, TimeUnit.SECONDS)).isEqualTo(Topic.CAMERAS);
            }
        }
    }

    /** Sends a notification until one arrives (the listener starts on its own thread), then empties the queue. */
    private static void awaitListening(Database other, BlockingQueue<Topic> heard) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            other.dsl().execute("NOTIFY schoolwatch_changes, 'officer'");
            if (heard.poll(200, TimeUnit.MILLISECONDS) != null) {
                heard.clear();
                return;
            }
        }
        throw new AssertionError("the listener never started");
    }
}
