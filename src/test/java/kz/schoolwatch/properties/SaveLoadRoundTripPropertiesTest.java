// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.properties;

import static kz.schoolwatch.properties.Gen.part;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Camera;
import kz.schoolwatch.domain.CameraDetails;
import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.CameraViewArea;
import kz.schoolwatch.domain.CheckItem;
import kz.schoolwatch.domain.CheckResult;
import kz.schoolwatch.domain.EventDraft;
import kz.schoolwatch.domain.LeisureAttendance;
import kz.schoolwatch.domain.LeisureCentre;
import kz.schoolwatch.domain.LeisureCentreDraft;
import kz.schoolwatch.domain.Offence;
import kz.schoolwatch.domain.OffenceDraft;
import kz.schoolwatch.domain.OffenceLocation;
import kz.schoolwatch.domain.Officer;
import kz.schoolwatch.domain.OfficerAssignment;
import kz.schoolwatch.domain.OfficerDraft;
import kz.schoolwatch.domain.OutreachEvent;
import kz.schoolwatch.domain.Ownership;
import kz.schoolwatch.domain.ReferenceItem;
import kz.schoolwatch.domain.ReferenceList;
import kz.schoolwatch.domain.SchoolDetails;
import kz.schoolwatch.domain.SchoolEquipment;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.domain.SecurityCheck;
import kz.schoolwatch.domain.TeachingLanguage;
import kz.schoolwatch.domain.Visit;
import kz.schoolwatch.domain.VisitDraft;
import kz.schoolwatch.persistence.AssignmentRepository;
import kz.schoolwatch.persistence.CameraRepository;
import kz.schoolwatch.persistence.CameraStatsRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.EquipmentRepository;
import kz.schoolwatch.persistence.EventRepository;
import kz.schoolwatch.persistence.LeisureRepository;
import kz.schoolwatch.persistence.OffenceRepository;
import kz.schoolwatch.persistence.OfficerRepository;
import kz.schoolwatch.persistence.ReferenceListRepository;
import kz.schoolwatch.persistence.ReferenceRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.SecurityCheckRepository;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.VisitRepository;
import kz.schoolwatch.service.CameraService;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.EquipmentService;
import kz.schoolwatch.service.EventService;
import kz.schoolwatch.service.LeisureService;
import kz.schoolwatch.service.OffenceService;
import kz.schoolwatch.service.OfficerService;
import kz.schoolwatch.service.ReferenceListService;
import kz.schoolwatch.service.SchoolService;
import kz.schoolwatch.service.SecurityCheckService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.VisitService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Save, then load, through the real services and a real H2 file: every value the validators let through comes
 * back as it was typed (trimmed; blank optional texts as empty), and every value they refuse is refused next to
 * its field, never by the database. One database serves the whole class.
 */
class SaveLoadRoundTripPropertiesTest {

    private static final int TRIES = 200;
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 16, 12, 0);
    private static final LocalDate TODAY = NOW.toLocalDate();

    @TempDir
    static Path folder;

    private static Database db;
    private static SchoolService schools;
    private static CameraService cameras;
    private static EquipmentService equipment;
    private static SecurityCheckService checks;
    private static VisitService visits;
    private static EventService events;
    private static OfficerService officers;
    private static LeisureService leisure;
    private static OffenceService offences;
    private static ReferenceListService lists;
    private static SettingsService settings;

    private static long school;
    private static long bulkSchool;
    private static long officer;
    private static long otherOfficer;
    private static long centre;
    private static int purpose;
    private static int eventType;
    private static int offenceKind;
    private static final AtomicInteger NEXT_NUMBER = new AtomicInteger(1_000);
    private static final Set<String> BADGES = new HashSet<>();

    @BeforeAll
    static void open() throws Exception {
        db = TestDatabase.open(folder);
        Clock clock = Clock.fixed(NOW.atZone(ALMATY).toInstant(), ALMATY);
        DataChanges changes = new DataChanges();
        SchoolRepository schoolRepo = new SchoolRepository(db);
        schools = new SchoolService(db, schoolRepo, new AssignmentRepository(db), new ReferenceRepository(db), changes, clock, TestDatabases.head());
        cameras = new CameraService(db, new CameraRepository(db), new CameraStatsRepository(db), schoolRepo, changes, clock, TestDatabases.head());
        equipment = new EquipmentService(db, new EquipmentRepository(db), changes, TestDatabases.head());
        checks = new SecurityCheckService(db, new SecurityCheckRepository(db), changes, clock, TestDatabases.head());
        visits = new VisitService(db, new VisitRepository(db), changes, clock, TestDatabases.head());
        events = new EventService(db, new EventRepository(db), changes, TestDatabases.head());
        officers = new OfficerService(db, new OfficerRepository(db), changes, TestDatabases.head());
        leisure = new LeisureService(db, new LeisureRepository(db), changes, TestDatabases.head());
        offences = new OffenceService(db, new OffenceRepository(db), changes, clock, TestDatabases.head());
        lists = new ReferenceListService(db, new ReferenceListRepository(db), changes, TestDatabases.admin());
        settings = new SettingsService(new SettingsRepository(db), changes, TestDatabases.admin());

        TestRows rows = new TestRows(db);
        school = rows.school(1, 1);
        bulkSchool = rows.school(2, 1);
        officer = rows.officer("Исин", "100001", 1);
        otherOfficer = rows.officer("Ахметова", "100002", 2);
        BADGES.addAll(List.of("100001", "100002"));
        centre = rows.centre("Дворец школьников", 1);
        purpose = rows.firstPurposeId();
        eventType = db.dsl().fetchOne("SELECT MIN(id) FROM event_type").get(0, Integer.class);
        offenceKind = db.dsl().fetchOne("SELECT MIN(id) FROM offence_kind").get(0, Integer.class);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void schoolsComeBackAsTyped() {
        ForAll.of(Gen.tuple(Gen.textAround(300), Gen.textAround(300).orNull(5), Gen.textAround(200).orNull(5), phones(),
                Gen.ints(0, 9), Gen.ints(-5, 20_005).orNull(5), Gen.ints(1, 8).orNull(20), Gen.oneOf(SchoolType.values()).orNull(20),
                Gen.oneOf(Ownership.values()).orNull(20), Gen.oneOf(TeachingLanguage.values()).orNull(20))).tries(TRIES).check(v -> {
                    String name = part(v, 0);
                    String address = part(v, 1);
                    String director = part(v, 2);
                    String phone = part(v, 3);
                    int numberKind = part(v, 4);
                    Integer number = switch (numberKind) {
                        case 0 -> null;
                        case 1 -> 0;
                        case 2 -> -1;
                        case 3 -> 100_000;
                        case 4 -> 1; // the school made in open(): taken
                        default -> NEXT_NUMBER.incrementAndGet();
                    };
                    Integer pupils = part(v, 5);
                    Integer district = part(v, 6);
                    SchoolType type = part(v, 7);
                    Ownership ownership = part(v, 8);
                    TeachingLanguage language = part(v, 9);
                    Set<String> wrong = new TreeSet<>();
                    if (number == null || number < 1 || number > 99_999) {
                        wrong.add("number");
                    }
                    if (Expect.blank(name) || name.length() > 300) {
                        wrong.add("name");
                    }
                    if (type == null) {
                        wrong.add("type");
                    }
                    if (ownership == null) {
                        wrong.add("ownership");
                    }
                    if (language == null) {
                        wrong.add("language");
                    }
                    if (district == null) {
                        wrong.add("district");
                    }
                    if (address != null && address.length() > 300) {
                        wrong.add("address");
                    }
                    if (director != null && director.length() > 200) {
                        wrong.add("director");
                    }
                    if (!Expect.phone(phone)) {
                        wrong.add("phone");
                    }
                    if (pupils != null && (pupils < 0 || pupils > 20_000)) {
                        wrong.add("pupils");
                    }
                    if (wrong.isEmpty() && numberKind == 4) {
                        wrong.add("number");
                    }
                    SchoolDetails typed = new SchoolDetails(null, number, name, type, ownership, language, district, address, director,
                            phone, pupils, null, null, null, 0);
                    Long id = Expect.savedOrRefused(wrong, () -> schools.save(typed));
                    if (id != null) {
                        SchoolDetails back = schools.find(id);
                        assertThat(back.number()).isEqualTo(number);
                        assertThat(back.name()).isEqualTo(name.trim());
                        assertThat(back.address()).isEqualTo(Expect.stored(address));
                        assertThat(back.directorName()).isEqualTo(Expect.stored(director));
                        assertThat(back.phone()).isEqualTo(Expect.stored(phone));
                        assertThat(back.pupils()).isEqualTo(pupils == null ? 0 : pupils);
                        assertThat(back.type()).isEqualTo(type);
                        assertThat(back.ownership()).isEqualTo(ownership);
                        assertThat(back.language()).isEqualTo(language);
                        assertThat(back.districtId()).isEqualTo(district);
                    }
                });
    }

    @Test
    void visitNotesComeBackAsTyped() {
        ForAll.of(Gen.tuple(Gen.textAround(4_000).orNull(5), Gen.textAround(4_000).orNull(5), Gen.dates().orNull(20), Gen.ints(0, 1_439),
                Gen.ints(0, 9))).tries(TRIES).check(v -> {
                    String findings = part(v, 0);
                    String actions = part(v, 1);
                    LocalDate day = part(v, 2);
                    int minute = part(v, 3);
                    int missing = part(v, 4);
                    LocalDateTime at = day == null ? null : day.atTime(LocalTime.of(minute / 60, minute % 60));
                    VisitDraft draft = new VisitDraft(missing == 1 ? null : officer, missing == 2 ? null : school, at,
                            missing == 3 ? null : purpose, findings, actions, 0);
                    Set<String> wrong = new TreeSet<>();
                    switch (missing) {
                        case 1 -> wrong.add("officer");
                        case 2 -> wrong.add("school");
                        case 3 -> wrong.add("purpose");
                        default -> { }
                    }
                    if (at == null || at.isAfter(NOW.plusHours(1)) || at.getYear() < 2000) {
                        wrong.add("visitedAt");
                    }
                    if (findings != null && findings.length() > VisitService.TEXT_MAX) {
                        wrong.add("findings");
                    }
                    if (actions != null && actions.length() > VisitService.TEXT_MAX) {
                        wrong.add("agreedActions");
                    }
                    Long id = Expect.savedOrRefused(wrong, () -> visits.create(draft));
                    if (id != null) {
                        Visit back = visits.find(id).orElseThrow();
                        assertThat(back.findings()).isEqualTo(Expect.stored(findings));
                        assertThat(back.agreedActions()).isEqualTo(Expect.stored(actions));
                        assertThat(back.visitedAt()).isEqualTo(at);
                    }
                });
    }

    @Test
    void eventsComeBackAsTyped() {
        Gen<Integer> counts = Gen.ints(-3, 100_003).orNull(20);
        ForAll.of(Gen.tuple(Gen.textAround(300).orNull(4), Gen.textAround(4_000).orNull(4), Gen.dates().orNull(20), counts, counts,
                Gen.ints(0, 9), Gen.booleans())).tries(TRIES).check(v -> {
                    String title = part(v, 0);
                    String notes = part(v, 1);
                    LocalDate heldOn = part(v, 2);
                    Integer pupils = part(v, 3);
                    Integer parents = part(v, 4);
                    int shape = part(v, 5);
                    boolean withOfficer = part(v, 6);
                    Long atSchool = shape == 1 || shape == 3 ? null : school;
                    Long atCentre = shape == 1 || shape == 2 ? centre : null;
                    EventDraft draft = new EventDraft(shape == 4 ? null : eventType, title, heldOn, atSchool, atCentre, pupils, parents,
                            notes, List.of(), withOfficer ? List.of(officer, officer) : List.of(), 0);
                    Set<String> wrong = new TreeSet<>();
                    if (shape == 4) {
                        wrong.add("type");
                    }
                    if (heldOn == null || Expect.outOfRange(heldOn)) {
                        wrong.add("heldOn");
                    }
                    if ((atSchool == null) == (atCentre == null)) {
                        wrong.add("place");
                    }
                    if (pupils == null || pupils < 0 || pupils > 100_000) {
                        wrong.add("pupils");
                    }
                    if (parents == null || parents < 0 || parents > 100_000) {
                        wrong.add("parents");
                    }
                    if (title != null && title.length() > 300) {
                        wrong.add("title");
                    }
                    if (notes != null && notes.length() > 4_000) {
                        wrong.add("notes");
                    }
                    Long id = Expect.savedOrRefused(wrong, () -> events.create(draft));
                    if (id != null) {
                        OutreachEvent back = events.find(id).orElseThrow();
                        assertThat(back.title()).isEqualTo(Expect.stored(title));
                        assertThat(back.notes()).isEqualTo(Expect.stored(notes));
                        assertThat(back.heldOn()).isEqualTo(heldOn);
                        assertThat(back.pupils()).isEqualTo(pupils);
                        assertThat(back.parents()).isEqualTo(parents);
                        assertThat(back.officers()).hasSize(withOfficer ? 1 : 0);
                    }
                });
    }

    @Test
    void officersComeBackAsTyped() {
        ForAll.of(Gen.tuple(Gen.textAround(100), Gen.textAround(100), Gen.textAround(100).orNull(4), badges(), phones(),
                Gen.ints(0, 9), Gen.booleans())).tries(TRIES).check(v -> {
                    String last = part(v, 0);
                    String first = part(v, 1);
                    String middle = part(v, 2);
                    String badge = part(v, 3);
                    String phone = part(v, 4);
                    int missing = part(v, 5);
                    OfficerDraft draft = new OfficerDraft(missing == 1 ? null : 8, last, first, middle, badge, missing == 2 ? null : 3, phone,
                            part(v, 6), 0);
                    Set<String> wrong = new TreeSet<>();
                    if (missing == 1) {
                        wrong.add("rank");
                    }
                    if (missing == 2) {
                        wrong.add("district");
                    }
                    if (Expect.blank(last) || last.trim().length() > 100) {
                        wrong.add("lastName");
                    }
                    if (Expect.blank(first) || first.trim().length() > 100) {
                        wrong.add("firstName");
                    }
                    if (Expect.stored(middle) != null && middle.trim().length() > 100) {
                        wrong.add("middleName");
                    }
                    String trimmedBadge = badge == null ? null : badge.trim();
                    if (!badgeFormat(trimmedBadge)) {
                        wrong.add("badgeNumber");
                    }
                    if (!Expect.phone(phone)) {
                        wrong.add("phone");
                    }
                    if (wrong.isEmpty() && BADGES.contains(trimmedBadge)) {
                        wrong.add("badgeNumber");
                    }
                    Long id = Expect.savedOrRefused(wrong, () -> officers.create(draft));
                    if (id != null) {
                        BADGES.add(trimmedBadge);
                        Officer back = officers.find(id).orElseThrow();
                        assertThat(back.lastName()).isEqualTo(last.trim());
                        assertThat(back.firstName()).isEqualTo(first.trim());
                        assertThat(back.middleName()).isEqualTo(Expect.stored(middle));
                        assertThat(back.badgeNumber()).isEqualTo(trimmedBadge);
                        assertThat(back.phone()).isEqualTo(Expect.stored(phone));
                        assertThat(back.active()).isEqualTo(draft.active());
                    }
                });
    }

    @Test
    void referenceListEntriesComeBackAsTyped() {
        Map<ReferenceList, Set<String>> names = new HashMap<>();
        for (ReferenceList list : ReferenceList.values()) {
            names.put(list, new HashSet<>(lists.all(list).stream().map(ReferenceItem::name).toList()));
        }
        ForAll.of(Gen.tuple(Gen.oneOf(ReferenceList.values()), Gen.textAround(200).orNull(20))).tries(TRIES).check(v -> {
            ReferenceList list = part(v, 0);
            String name = part(v, 1);
            Set<String> wrong = new TreeSet<>();
            if (Expect.blank(name) || name.length() > ReferenceListService.NAME_MAX || names.get(list).contains(name.trim())) {
                wrong.add("name");
            }
            Integer id = Expect.savedOrRefused(wrong, () -> lists.add(list, name));
            if (id != null) {
                names.get(list).add(name.trim());
                assertThat(lists.all(list)).filteredOn(i -> i.id() == id).singleElement()
                        .satisfies(i -> assertThat(i.name()).isEqualTo(name.trim()));
            }
        });
    }

    @Test
    void signatureComesBackAsTyped() {
        ForAll.of(Gen.tuple(Gen.textAround(100).orNull(20), Gen.textAround(100).orNull(20))).tries(TRIES).check(v -> {
            String rank = part(v, 0);
            String name = part(v, 1);
            Set<String> wrong = new TreeSet<>();
            if (Expect.blank(rank) || rank.length() > 100) {
                wrong.add("signatureRank");
            }
            if (Expect.blank(name) || name.length() > 100) {
                wrong.add("signatureName");
            }
            Boolean saved = Expect.savedOrRefused(wrong, () -> {
                settings.setSignature(rank, name);
                return true;
            });
            if (saved != null) {
                assertThat(settings.signatureRank()).isEqualTo(rank.trim());
                assertThat(settings.signatureName()).isEqualTo(name.trim());
            }
        });
        ForAll.of(Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE)).tries(TRIES).check(days -> {
            Boolean saved = Expect.savedOrRefused(days < 1 || days > SettingsService.OVERDUE_MAX ? Set.of("overdueDays") : Set.of(), () -> {
                settings.setOverdueCheckDays(days);
                return true;
            });
            if (saved != null) {
                assertThat(settings.overdueCheckDays()).isEqualTo(days);
            }
        });
    }

    @Test
    void leisureCentresAndCountsComeBackAsTyped() {
        ForAll.of(Gen.tuple(Gen.textAround(300).orNull(20), Gen.textAround(300).orNull(5), Gen.lists(Gen.textAround(200), 4),
                Gen.ints(1, 8).orNull(20))).tries(TRIES).check(v -> {
                    String name = part(v, 0);
                    String address = part(v, 1);
                    List<String> clubs = part(v, 2);
                    Integer district = part(v, 3);
                    List<String> keptClubs = clubs.stream().map(String::trim).filter(c -> !Expect.blank(c)).distinct().toList();
                    Set<String> wrong = new TreeSet<>();
                    if (Expect.blank(name) || name.length() > 300) {
                        wrong.add("name");
                    }
                    if (district == null) {
                        wrong.add("district");
                    }
                    if (address != null && address.length() > 300) {
                        wrong.add("address");
                    }
                    if (keptClubs.stream().anyMatch(c -> c.length() > 200)) {
                        wrong.add("clubs");
                    }
                    Long id = Expect.savedOrRefused(wrong, () -> leisure.save(null, new LeisureCentreDraft(name, district, address, clubs)));
                    if (id != null) {
                        LeisureCentre back = leisure.centres().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
                        assertThat(back.name()).isEqualTo(name.trim());
                        assertThat(back.address()).isEqualTo(Expect.stored(address));
                        assertThat(back.clubs()).isEqualTo(keptClubs);
                    }
                });
        Gen<Integer> counts = Gen.ints(-3, 10_003).orNull(20);
        ForAll.of(Gen.tuple(Gen.dates().orNull(20), counts, counts)).tries(TRIES).check(v -> {
            LocalDate day = part(v, 0);
            Integer teens = part(v, 1);
            Integer kids = part(v, 2);
            Set<String> wrong = new TreeSet<>();
            if (day == null || Expect.outOfRange(day)) {
                wrong.add("month");
            }
            if (teens == null || teens < 0 || teens > 10_000) {
                wrong.add("teenagers");
            }
            if (kids == null || kids < 0 || kids > 10_000) {
                wrong.add("children");
            }
            // Over what is stored for the month, if anything: a correction names the version it read.
            int version = day == null || Expect.outOfRange(day) ? 0 : leisure.attendance(day).stream()
                    .filter(a -> a.centreId() == centre).mapToInt(LeisureAttendance::version).findFirst().orElse(0);
            Boolean saved = Expect.savedOrRefused(wrong, () -> {
                leisure.putAttendance(centre, day, teens, kids, version);
                return true;
            });
            if (saved != null) {
                LeisureAttendance back = leisure.attendance(day).stream().filter(a -> a.centreId() == centre).findFirst().orElseThrow();
                assertThat(back.month()).isEqualTo(day.withDayOfMonth(1));
                assertThat(back.registeredTeenagers()).isEqualTo(teens);
                assertThat(back.troubledFamilyChildren()).isEqualTo(kids);
            }
        });
    }

    @Test
    void offencesComeBackAsTyped() {
        ForAll.of(Gen.tuple(Gen.textAround(2_000).orNull(5), Gen.dates().orNull(20), Gen.oneOf(OffenceLocation.values()).orNull(20),
                Gen.ints(0, 9), Gen.booleans())).tries(TRIES).check(v -> {
                    String description = part(v, 0);
                    LocalDate on = part(v, 1);
                    OffenceLocation location = part(v, 2);
                    int missing = part(v, 3);
                    boolean helped = part(v, 4);
                    OffenceDraft draft = new OffenceDraft(on, missing == 1 ? null : school, missing == 2 ? null : offenceKind, location,
                            description, helped);
                    Set<String> wrong = new TreeSet<>();
                    if (on == null || on.isAfter(TODAY) || Expect.outOfRange(on)) {
                        wrong.add("occurredOn");
                    }
                    if (missing == 1) {
                        wrong.add("school");
                    }
                    if (missing == 2) {
                        wrong.add("kind");
                    }
                    if (location == null) {
                        wrong.add("location");
                    }
                    if (description != null && description.length() > 2_000) {
                        wrong.add("description");
                    }
                    Long id = Expect.savedOrRefused(wrong, () -> offences.save(null, draft));
                    if (id != null) {
                        Offence back = offences.page(on, on, school, 0, 10_000).rows().stream().filter(o -> o.id() == id).findFirst()
                                .orElseThrow();
                        assertThat(back.description()).isEqualTo(Expect.stored(description));
                        assertThat(back.occurredOn()).isEqualTo(on);
                        assertThat(back.location()).isEqualTo(location);
                        assertThat(back.camerasHelped()).isEqualTo(helped);
                    }
                });
    }

    @Test
    void camerasComeBackAsTyped() {
        ForAll.of(Gen.tuple(Gen.textAround(500).orNull(5), Gen.dates().orNull(5), Gen.oneOf(CameraPlacement.values()).orNull(20),
                Gen.oneOf(CameraViewArea.values()).orNull(20), Gen.oneOf(CameraStatus.values()).orNull(20), Gen.booleans()))
                .tries(TRIES).check(v -> {
                    String note = part(v, 0);
                    LocalDate installed = part(v, 1);
                    CameraPlacement placement = part(v, 2);
                    CameraViewArea area = part(v, 3);
                    CameraStatus status = part(v, 4);
                    Camera typed = new Camera(null, school, placement, area, status, installed, CameraDetails.connected(part(v, 5)), note, 0);
                    Set<String> wrong = new TreeSet<>();
                    if (placement == null) {
                        wrong.add("placement");
                    }
                    if (area == null) {
                        wrong.add("viewArea");
                    }
                    if (status == null) {
                        wrong.add("status");
                    }
                    if (installed != null && (installed.isAfter(TODAY) || Expect.outOfRange(installed))) {
                        wrong.add("installedOn");
                    }
                    if (note != null && note.length() > 500) {
                        wrong.add("note");
                    }
                    Long id = Expect.savedOrRefused(wrong, () -> cameras.save(typed));
                    if (id != null) {
                        Camera back = cameras.forSchool(school).stream().filter(c -> c.id() == id.longValue()).findFirst().orElseThrow();
                        assertThat(back.note()).isEqualTo(Expect.stored(note));
                        assertThat(back.installedOn()).isEqualTo(installed);
                        assertThat(back.placement()).isEqualTo(placement);
                        assertThat(back.viewArea()).isEqualTo(area);
                        assertThat(back.status()).isEqualTo(status);
                        assertThat(back.connectedToCou()).isEqualTo(typed.connectedToCou());
                    }
                });
    }

    @Test
    void bulkCamerasAddExactlyTheCountsTyped() {
        Gen<Integer> counts = random -> {
            int p = random.nextInt(10);
            int n = p < 7 ? random.nextInt(6) : p < 8 ? -random.nextInt(3) - 1 : p < 9 ? 499 + random.nextInt(3)
                    : random.nextBoolean() ? Integer.MAX_VALUE : Integer.MIN_VALUE;
            return Sample.of(n);
        };
        ForAll.of(Gen.tuple(counts.orNull(10), counts.orNull(10), Gen.oneOf(CameraStatus.values()).orNull(20), Gen.dates().orNull(5)))
                .tries(TRIES / 2).check(v -> {
                    Integer outdoor = part(v, 0);
                    Integer indoor = part(v, 1);
                    CameraStatus status = part(v, 2);
                    LocalDate installed = part(v, 3);
                    int out = outdoor == null ? 0 : outdoor;
                    int in = indoor == null ? 0 : indoor;
                    Set<String> wrong = new TreeSet<>();
                    if (out < 0 || out > 500 || out >= 0 && in >= 0 && out + in == 0) {
                        wrong.add("outdoor");
                    }
                    if (in < 0 || in > 500) {
                        wrong.add("indoor");
                    }
                    if (status == null) {
                        wrong.add("status");
                    }
                    if (installed != null && (installed.isAfter(TODAY) || Expect.outOfRange(installed))) {
                        wrong.add("installedOn");
                    }
                    int before = bulkCameras();
                    Boolean saved = Expect.savedOrRefused(wrong, () -> {
                        cameras.addMany(bulkSchool, outdoor, indoor, status, installed, false);
                        return true;
                    });
                    assertThat(bulkCameras()).isEqualTo(saved == null ? before : before + out + in);
                });
    }

    @Test
    void equipmentComesBackAsTyped() {
        ForAll.of(Gen.tuple(Gen.textAround(200).orNull(3), Gen.dates().orNull(3), Gen.booleans(), Gen.booleans(), Gen.booleans(),
                Gen.booleans(), Gen.booleans(), Gen.booleans())).tries(TRIES).check(v -> {
                    String company = part(v, 0);
                    LocalDate contractEnd = part(v, 1);
                    // Each try saves over the one before: at the version stored now.
                    SchoolEquipment typed = new SchoolEquipment(school, part(v, 2), part(v, 3), part(v, 4), part(v, 5), company, contractEnd,
                            part(v, 6), part(v, 7), equipment.find(school).version());
                    Set<String> wrong = new TreeSet<>();
                    if (typed.panicButtonConnected() && !typed.panicButton()) {
                        wrong.add("panicButtonConnected");
                    }
                    if (contractEnd != null && Expect.blank(company) || company != null && company.length() > 200) {
                        wrong.add("guardCompany");
                    }
                    if (Expect.outOfRange(contractEnd)) {
                        wrong.add("guardContractEnd");
                    }
                    Boolean saved = Expect.savedOrRefused(wrong, () -> {
                        equipment.save(typed);
                        return true;
                    });
                    if (saved != null) {
                        assertThat(equipment.find(school)).isEqualTo(new SchoolEquipment(school, typed.panicButton(),
                                typed.panicButtonConnected(), typed.accessControl(), typed.metalDetector(), Expect.stored(company),
                                contractEnd, typed.paSystem(), typed.turnstiles(), typed.version() + 1));
                    }
                });
    }

    @Test
    void securityChecksComeBackAsTyped() {
        ForAll.of(Gen.tuple(Gen.textAround(4_000).orNull(5), Gen.dates().orNull(20), Gen.ints(0, CheckItem.values().length + 3),
                Gen.ints(0, Integer.MAX_VALUE), Gen.booleans())).tries(TRIES).check(v -> {
                    String remarks = part(v, 0);
                    LocalDate on = part(v, 1);
                    int left = part(v, 2);
                    Random results = new Random((Integer) part(v, 3));
                    boolean withOfficer = part(v, 4);
                    Map<CheckItem, CheckResult> findings = new EnumMap<>(CheckItem.class);
                    for (CheckItem item : CheckItem.values()) {
                        if (item.ordinal() != left) {
                            findings.put(item, CheckResult.values()[results.nextInt(CheckResult.values().length)]);
                        }
                    }
                    SecurityCheck typed = new SecurityCheck(null, school, withOfficer ? officer : null, null, on, findings, remarks);
                    Set<String> wrong = new TreeSet<>();
                    if (!withOfficer) {
                        wrong.add("officer");
                    }
                    if (on == null || on.isAfter(TODAY) || Expect.outOfRange(on)) {
                        wrong.add("checkedOn");
                    }
                    if (remarks != null && remarks.length() > 4_000) {
                        wrong.add("remarks");
                    }
                    if (left < CheckItem.values().length) {
                        wrong.add("finding." + CheckItem.values()[left].name());
                    }
                    Long id = Expect.savedOrRefused(wrong, () -> checks.record(typed));
                    if (id != null) {
                        SecurityCheck back = checks.forSchool(school).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
                        assertThat(back.remarks()).isEqualTo(Expect.stored(remarks));
                        assertThat(back.checkedOn()).isEqualTo(on);
                        assertThat(back.findings()).isEqualTo(findings);
                        assertThat(back.officerId()).isEqualTo(officer);
                    }
                });
    }

    @Test
    void assignmentDatesComeBackAsTyped() {
        ForAll.of(Gen.tuple(Gen.dates().orNull(20), Gen.booleans(), Gen.ints(0, 9))).tries(TRIES).check(v -> {
            LocalDate from = part(v, 0);
            long who = (Boolean) part(v, 1) ? officer : otherOfficer;
            boolean noOfficer = (Integer) part(v, 2) == 0;
            Set<String> wrong = new TreeSet<>();
            if (noOfficer) {
                wrong.add("officer");
            }
            if (from == null || from.isAfter(TODAY.plusYears(1)) || Expect.outOfRange(from)) {
                wrong.add("assignedFrom");
            }
            Boolean saved = Expect.savedOrRefused(wrong, () -> {
                schools.assignOfficer(school, noOfficer ? null : who, from);
                return true;
            });
            if (saved != null) {
                OfficerAssignment current = schools.assignments(school).stream().filter(OfficerAssignment::current).findFirst().orElseThrow();
                assertThat(current.officerId()).isEqualTo(who);
            }
        });
    }

    /** Counted in SQL: the school gathers thousands of cameras, too many to load on every try. */
    private static int bulkCameras() {
        return db.dsl().fetchOne("SELECT COUNT(*) FROM camera WHERE school_id = ?", bulkSchool).get(0, Integer.class);
    }

    private static Gen<String> phones() {
        Gen<String> plausible = Gen.oneOf("+7 727 123 45 67", "8 (727) 123-45-67", "+77011234567", " 87011234567 ", "12345", "+7 727",
                "+7 727 123 45 67 89 01 23 45", "+7\u00a0727 123 45 67", "+7 727 123 45 67 (доб. 12)");
        return Gen.tuple(Gen.ints(0, 2), plausible, Gen.text()).map(v -> (Integer) v.get(0) == 0 ? null
                : (Integer) v.get(0) == 1 ? (String) v.get(1) : (String) v.get(2));
    }

    /** Badge numbers: mostly well formed (digits, Russian and Latin letters, dashes), some with Kazakh letters or spaces. */
    private static Gen<String> badges() {
        String alphabet = "0123456789АБВЕКМНОРСТабвекмнорстABCKMOPTabc-Ёё";
        Gen<String> wellFormed = random -> {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(random.nextInt(4) == 0 ? 22 : 8);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return Gen.textSample(sb.toString());
        };
        return Gen.tuple(Gen.ints(0, 4), wellFormed, Gen.text()).map(v -> switch ((Integer) v.get(0)) {
            case 0 -> (String) v.get(2);
            case 1 -> " " + v.get(1) + "\t";
            case 2 -> "100001";
            default -> (String) v.get(1);
        });
    }

    /** 1 to 20 of digits, Latin and Russian letters (with Ё) and dashes: the documented badge format, written out. */
    private static boolean badgeFormat(String badge) {
        if (badge == null || badge.isEmpty() || badge.length() > 20) {
            return false;
        }
        return badge.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
                || c >= 'А' && c <= 'я' || c == 'Ё' || c == 'ё' || c == '-');
    }
}
