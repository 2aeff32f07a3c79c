// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.reliability;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import kz.schoolwatch.domain.EventDraft;
import kz.schoolwatch.domain.VisitDraft;
import kz.schoolwatch.persistence.store.Database;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The process the crash harness kills: it opens the data folder as the app does and saves through the app's own
 * services, as fast as it can, announcing each save on standard output only after the service call returned.
 *
 * <p>Lines (one per save, flushed at once): {@code READY <pid>} once the database is open; {@code ACK V <id>
 * <marker>} for a visit; {@code ACK E <id> <marker>} for an event, written in one transaction together with its two
 * partners and two officers; {@code ACK U <id> <version>} for an event rewritten to {@code v<version>} with other
 * partners (delete and insert in one transaction). Whatever was acknowledged must survive {@code kill -9}, and an
 * event must never be seen with other than two partners and two officers.
 *
 * <p>Arguments: data folder, run number (makes markers unique), {@link ReliabilityFixture.Seed#toArg() seed}.
 * It saves until killed, or, when standard input closes, closes the database, prints {@code BYE} and exits.
 */
public final class CrashChild {

    /** Marker of every harness record: {@code crash r<run>-<n>}, and for events {@code ... v<version>}. */
    static final String PREFIX = "crash r";

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        Path folder = Path.of(args[0]);
        int run = Integer.parseInt(args[1]);
        ReliabilityFixture.Seed seed = ReliabilityFixture.Seed.parse(args[2]);
        warmUpJooq();
        Database db;
        try {
            db = ReliabilityFixture.open(folder);
        } catch (Exception e) {
            out.println("FAIL open " + e);
            out.flush();
            System.exit(2);
            return;
        }
        ReliabilityFixture.Services services = ReliabilityFixture.services(db);
        Thread stopper = stopWhenInputCloses();
        line(out, "READY " + ProcessHandle.current().pid());
        Random random = new Random(run);
        List<long[]> events = new ArrayList<>();
        try {
            for (int n = 0; stopper.isAlive(); n++) {
                String marker = PREFIX + run + "-" + n;
                long visit = services.visits().create(new VisitDraft(seed.officers().get(n % 3), seed.school(),
                        LocalDateTime.now().minusHours(1).withNano(0), seed.purpose(), marker, null, 0));
                line(out, "ACK V " + visit + " " + marker);
                long event = services.events().create(event(seed, marker, 0));
                line(out, "ACK E " + event + " " + marker);
                events.add(new long[] {event, n, 0});
                if (n % 3 == 2) {
                    long[] e = events.get(random.nextInt(events.size()));
                    e[2]++;
                    services.events().update(e[0], event(seed, PREFIX + run + "-" + e[1], (int) e[2]));
                    line(out, "ACK U " + e[0] + " " + e[2]);
                }
            }
        } catch (RuntimeException e) {
            line(out, "FAIL save " + e);
            System.exit(3);
        }
        db.close();
        line(out, "BYE");
    }

    /** An event with two partners and two officers, chosen by the version so that a rewrite replaces them. */
    static EventDraft event(ReliabilityFixture.Seed seed, String marker, int version) {
        List<Long> p = seed.partners();
        List<Long> o = seed.officers();
        int k = version % 2;
        return new EventDraft(seed.eventType(), marker + " v" + version, LocalDate.now(), seed.school(), null, 30 + version, 10,
                marker, List.of(p.get(2 * k), p.get(2 * k + 1)), List.of(o.get(k), o.get(k + 1)),
                version); // stored at version 1 when created, the event is at version n before its n-th correction
    }

    /** As the app's start-up does: jOOQ's first rendering costs most of a second, so pay it on a spare core while H2 opens. */
    private static void warmUpJooq() {
        Thread t = new Thread(() -> {
            var dsl = DSL.using(SQLDialect.H2);
            dsl.render(dsl.insertInto(DSL.table("t"), DSL.field("a"), DSL.field("b")).values(1, "x").returning(DSL.field("a")));
        }, "jooq-warmup");
        t.setDaemon(true);
        t.start();
    }

    private static void line(PrintStream out, String text) {
        out.println(text);
        out.flush();
    }

    private static Thread stopWhenInputCloses() {
        Thread t = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing to read; the parent closes the stream to ask for a clean stop
                }
            } catch (IOException ignored) {
                // treated as closed
            }
        }, "stop-on-eof");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
