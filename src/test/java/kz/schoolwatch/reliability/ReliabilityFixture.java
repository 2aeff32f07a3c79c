// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.reliability;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.DatabaseOpenException;
import kz.schoolwatch.persistence.EventRepository;
import kz.schoolwatch.persistence.store.WrappedFileSystems;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.VisitRepository;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.EventService;
import kz.schoolwatch.service.VisitService;

/**
 * The one place where the reliability tests open the database and build the app's services, so that a change
 * to how the app opens its data (a key, a signed-in user) is one edit here.
 */
public final class ReliabilityFixture {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private ReliabilityFixture() {
    }

    /** The services a harness saves through, built as {@code AppContext} builds them. */
    public record Services(VisitService visits, EventService events) {
    }

    /** Ids of the reference rows every saved visit and event points at. */
    public record Seed(List<Long> officers, long school, List<Long> partners, int purpose, int eventType) {

        /** As one command-line argument for the child JVM. */
        public String toArg() {
            return join(officers) + ";" + school + ";" + join(partners) + ";" + purpose + ";" + eventType;
        }

        public static Seed parse(String arg) {
            String[] p = arg.split(";");
            return new Seed(split(p[0]), Long.parseLong(p[1]), split(p[2]), Integer.parseInt(p[3]), Integer.parseInt(p[4]));
        }

        private static String join(List<Long> ids) {
            return String.join(",", ids.stream().map(String::valueOf).toList());
        }

        private static List<Long> split(String ids) {
            return Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
        }
    }

    /** Opens (creating) the data folder's database as the app does. */
    public static Database open(Path folder) throws DatabaseOpenException {
        // Encrypted with the tests' fixed key, which the child JVMs of the harness share with their parent.
        return TestDatabases.open(folder);
    }

    /** Opens it as the app does, but with the file on the {@link FullDisk} file system. */
    public static Database openOnFullDisk(Path folder) throws DatabaseOpenException {
        FullDisk.register();
        return WrappedFileSystems.openThrough(FullDisk.SCHEME, folder);
    }

    public static Services services(Database db) {
        DataChanges changes = new DataChanges();
        return new Services(new VisitService(db, new VisitRepository(db), changes, Clock.system(ALMATY), TestDatabases.head()),
                new EventService(db, new EventRepository(db), changes, TestDatabases.head()));
    }

    /** Adds three officers and a school; partners, purposes and event types come with the schema. */
    public static Seed seed(Database db) {
        TestRows rows = new TestRows(db);
        List<Long> officers = List.of(rows.officer("Крашев", "900001", 1), rows.officer("Тестова", "900002", 1),
                rows.officer("Сейткали", "900003", 2));
        long school = rows.school(901, 1);
        List<Long> partners = db.dsl().fetch("SELECT id FROM partner ORDER BY id LIMIT 4").getValues(0, Long.class);
        int eventType = db.dsl().fetchOne("SELECT MIN(id) FROM event_type").get(0, Integer.class);
        db.checkpoint();
        return new Seed(officers, school, partners, rows.firstPurposeId(), eventType);
    }
}
