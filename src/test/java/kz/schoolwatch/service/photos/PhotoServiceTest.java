// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.photos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import kz.schoolwatch.EngineCases;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Photo;
import kz.schoolwatch.domain.PhotoOwner;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.persistence.PhotoRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import kz.schoolwatch.persistence.store.H2Url;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.AccessDeniedException;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.SaveFailedException;
import kz.schoolwatch.service.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Photos of findings and orders on both engines: checked by content, thumbnailed, kept inside the database. */
class PhotoServiceTest {

    @Nested
    class OnH2 extends Cases {
        OnH2() {
            super(Engine.H2);
        }

        @Test
        void aPictureCannotBeReadFromTheEncryptedFileOnDisk() throws Exception {
            Path jpeg = fixtures.jpeg(files.resolve("вход.jpg"), 900, 700);
            byte[] picture = Files.readAllBytes(jpeg);
            service.add(finding, jpeg);
            db.close();

            Path[] dataFiles;
            try (Stream<Path> found = Files.walk(folder)) {
                dataFiles = found.filter(p -> p.getFileName().toString().equals(H2Url.FILE_NAME + ".mv.db")).toArray(Path[]::new);
            }
            assertThat(dataFiles).hasSize(1);
            byte[] onDisk = Files.readAllBytes(dataFiles[0]);
            // Windows of 32 bytes from the start, the middle and the end of the picture: none is in the file.
            for (int at : new int[] {0, picture.length / 2, picture.length - 32}) {
                byte[] window = Arrays.copyOfRange(picture, at, at + 32);
                assertThat(indexOf(onDisk, window)).as("picture bytes at %d found on disk", at).isEqualTo(-1);
            }
            // The search itself works: an H2 file without encryption shows the same bytes plainly.
            assertThat(indexOf(plainH2FileHolding(picture), Arrays.copyOfRange(picture, picture.length / 2, picture.length / 2 + 32)))
                    .isNotEqualTo(-1);
        }

        private byte[] plainH2FileHolding(byte[] picture) throws Exception {
            Path base = files.resolve("plain");
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base.toAbsolutePath(), "sa", "")) {
                try (Statement create = c.createStatement()) {
                    create.execute("CREATE TABLE p (picture VARBINARY(20000000))");
                }
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO p VALUES (?)")) {
                    insert.setBytes(1, picture);
                    insert.executeUpdate();
                }
            }
            return Files.readAllBytes(files.resolve("plain.mv.db"));
        }
    }

    @Nested
    class OnPostgreSql extends Cases {
        OnPostgreSql() {
            super(Engine.POSTGRESQL);
        }
    }

    /** The cases, run once per engine. */
    abstract static class Cases extends EngineCases {

        Cases(Engine engine) {
            super(engine);
        }

        private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
        private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

        @TempDir
        Path folder;
        @TempDir
        Path files;

        Database db;
        PhotoFixtures fixtures;
        PhotoService service;
        PhotoOwner finding;
        private Clock clock;
        private final List<DataChanges.Topic> published = new ArrayList<>();

        @BeforeEach
        void open() throws Exception {
            db = databases.open(engine, folder);
            clock = Clock.fixed(TODAY.atTime(11, 0).atZone(ALMATY).toInstant(), ALMATY);
            fixtures = new PhotoFixtures(db);
            finding = PhotoOwner.finding(fixtures.finding(4));
            service = serviceFor(TestDatabases.head());
        }

        private PhotoService serviceFor(Access access) {
            DataChanges changes = new DataChanges();
            changes.subscribe(published::add);
            return new PhotoService(db, new PhotoRepository(db), changes, clock, access);
        }

        @Test
        void addsAJpegAndAPngWithThumbnailsAndGivesTheBytesBackExactly() throws Exception {
            Path jpeg = fixtures.jpeg(files.resolve("Вход №1.JPG"), 1600, 1200);
            Path png = fixtures.png(files.resolve("скриншот.png"), 200, 500);

            Photo first = service.add(finding, jpeg);
            Photo second = service.add(finding, png);

            assertThat(first.contentType()).isEqualTo("image/jpeg");
            assertThat(first.fileName()).isEqualTo("Вход №1.JPG");
            assertThat(first.addedOn()).isEqualTo(TODAY);
            assertThat(List.of(first.width(), first.height())).containsExactly(1600, 1200);
            assertThat(size(first.thumbnail())).containsExactly(320, 240);
            assertThat(second.contentType()).isEqualTo("image/png");
            assertThat(size(second.thumbnail())).containsExactly(128, 320);

            List<Photo> listed = service.list(finding);
            assertThat(listed).extracting(Photo::id).containsExactly(first.id(), second.id());
            assertThat(listed.get(0).thumbnail()).isEqualTo(first.thumbnail());
            assertThat(service.picture(first.id())).isEqualTo(Files.readAllBytes(jpeg));
            assertThat(service.picture(second.id())).isEqualTo(Files.readAllBytes(png));
            assertThat(published).containsOnly(DataChanges.Topic.CHECKS).hasSize(2);
        }

        @Test
        void aSmallPictureKeepsItsSizeInTheThumbnailAndTransparencyTurnsWhite() throws Exception {
            Photo photo = service.add(finding, fixtures.png(files.resolve("мал.png"), 100, 50));

            BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(photo.thumbnail()));
            assertThat(List.of(thumbnail.getWidth(), thumbnail.getHeight())).containsExactly(100, 50);
            assertThat(photo.thumbnail()).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
        }

        @Test
        void aPhonePhotoStoredOnItsSideGetsAnUprightThumbnailAndKeepsItsFileAsItCame() throws Exception {
            Path turned = PhotoFixtures.jpegTurned(files.resolve("портрет.jpg"), 6);

            Photo photo = service.add(finding, turned);

            // Orientation 6: turned a quarter clockwise, the red left half of the stored picture is on top.
            assertThat(List.of(photo.width(), photo.height())).containsExactly(200, 400);
            BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(photo.thumbnail()));
            assertThat(List.of(thumbnail.getWidth(), thumbnail.getHeight())).containsExactly(160, 320);
            assertThat(new Color(thumbnail.getRGB(80, 40)).getRed()).isGreaterThan(200);
            assertThat(new Color(thumbnail.getRGB(80, 280)).getBlue()).isGreaterThan(200);
            assertThat(service.picture(photo.id())).isEqualTo(Files.readAllBytes(turned));
        }

        @Test
        void anOrdersFixCarriesPhotosOfItsOwn() throws Exception {
            PhotoOwner order = PhotoOwner.order(fixtures.order(finding.id()));

            Photo fixed = service.add(order, fixtures.jpeg(files.resolve("после.jpg"), 640, 480));

            assertThat(service.list(order)).extracting(Photo::id).containsExactly(fixed.id());
            assertThat(service.list(finding)).isEmpty();
        }

        @Test
        void keepsAPhoneSizedPhotoOfSeveralMegabytes() throws Exception {
            Path jpeg = fixtures.jpeg(files.resolve("телефон.jpg"), 4000, 3000);
            assertThat(Files.size(jpeg)).as("a photo of a few megabytes, as phones take").isBetween(3_000_000L, 10_000_000L);

            Photo photo = service.add(finding, jpeg);

            assertThat(service.picture(photo.id())).isEqualTo(Files.readAllBytes(jpeg));
            assertThat(size(photo.thumbnail())).containsExactly(320, 240);
        }

        @Test
        void refusesATextFileNamedJpg() throws Exception {
            Path text = Files.writeString(files.resolve("акт.jpg"), "Это не фото, а текст.", StandardCharsets.UTF_8);
            Path pdf = Files.writeString(files.resolve("x.pdf"), "%PDF-1.7\n", StandardCharsets.US_ASCII);

            assertThat(refusal(() -> service.add(finding, text))).isEqualTo(FieldError.of("photo", "photo.error.notImage", "акт.jpg"));
            assertThat(refusal(() -> service.add(finding, pdf))).isEqualTo(FieldError.of("photo", "photo.error.notImage", "x.pdf"));
            assertThat(service.list(finding)).isEmpty();
        }

        @Test
        void refusesAFileOverTenMegabytesBeforeReadingIt() throws Exception {
            byte[] big = new byte[10 * 1024 * 1024 + 1];
            big[0] = (byte) 0xFF;
            big[1] = (byte) 0xD8;
            big[2] = (byte) 0xFF;
            Path file = Files.write(files.resolve("большое.jpg"), big);

            FieldError error = refusal(() -> service.add(finding, file));

            assertThat(error.messageKey()).isEqualTo("photo.error.tooBig");
            assertThat(error.args()).startsWith("большое.jpg");
            assertThat(service.list(finding)).isEmpty();
        }

        @Test
        void refusesTheEleventhPhoto() throws Exception {
            for (int i = 1; i <= 10; i++) {
                service.add(finding, fixtures.png(files.resolve("фото" + i + ".png"), 40, 30));
            }
            Path eleventh = fixtures.png(files.resolve("фото11.png"), 40, 30);

            assertThat(refusal(() -> service.add(finding, eleventh)))
                    .isEqualTo(FieldError.of("photo", "photo.error.tooMany", 10, "фото11.png"));
            assertThat(service.list(finding)).hasSize(10);
        }

        @Test
        void refusesADamagedAnOversizedAMissingAndAnUnreadableFile() throws Exception {
            byte[] broken = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 200);
            Path damaged = Files.write(files.resolve("битый.png"), broken);
            Path huge = PhotoFixtures.pngHeaderOnly(files.resolve("огромный.png"), 8000, 6000);

            assertThat(refusal(() -> service.add(finding, damaged))).isEqualTo(FieldError.of("photo", "photo.error.damaged", "битый.png"));
            assertThat(refusal(() -> service.add(finding, huge)))
                    .isEqualTo(FieldError.of("photo", "photo.error.tooManyPixels", "огромный.png", 8000, 6000, 40L));
            assertThat(refusal(() -> service.add(finding, files.resolve("нет.jpg"))))
                    .isEqualTo(FieldError.of("photo", "photo.error.missing", "нет.jpg"));
            // What cannot be read (here a folder named like a photo; on Windows also a file another program locks).
            Path folderNamedJpg = Files.createDirectory(files.resolve("папка.jpg"));
            assertThat(refusal(() -> service.add(finding, folderNamedJpg)))
                    .isEqualTo(FieldError.of("photo", "photo.error.unreadable", "папка.jpg"));
            assertThat(service.list(finding)).isEmpty();
        }

        @Test
        void deletesAPhotoAndSaysSoWhenItIsGoneAlready() throws Exception {
            Photo kept = service.add(finding, fixtures.jpeg(files.resolve("1.jpg"), 50, 50));
            Photo removed = service.add(finding, fixtures.jpeg(files.resolve("2.jpg"), 50, 50));

            service.delete(removed.id());

            assertThat(service.list(finding)).extracting(Photo::id).containsExactly(kept.id());
            assertThatThrownBy(() -> service.delete(removed.id())).isInstanceOfSatisfying(SaveFailedException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("photo.error.gone"));
            assertThatThrownBy(() -> service.picture(removed.id())).isInstanceOfSatisfying(SaveFailedException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("photo.error.gone"));
        }

        @Test
        void aPhotoOfADeletedFindingIsRefusedWithTheFileNamed() throws Exception {
            Path jpeg = fixtures.jpeg(files.resolve("a.jpg"), 60, 40);

            assertThatThrownBy(() -> service.add(PhotoOwner.finding(999_999), jpeg)).isInstanceOfSatisfying(SaveFailedException.class,
                    e -> assertThat(List.of(e.messageKey(), e.args())).containsExactly("photo.error.ownerGone", List.of("a.jpg")));
        }

        @Test
        void inspectorsLookHeadsOfOtherDistrictsMayNotAddTheAdministratorSeesNone() throws Exception {
            Photo photo = service.add(finding, fixtures.jpeg(files.resolve("a.jpg"), 60, 40));
            Path another = fixtures.jpeg(files.resolve("b.jpg"), 60, 40);
            PhotoService inspector = serviceFor(new Access(TestDatabases.account(Role.INSPECTOR, null, 4), id -> 4));
            SchoolRepository schools = new SchoolRepository(db);
            PhotoService otherHead = serviceFor(new Access(TestDatabases.account(Role.HEAD, null, 2), schools::districtOf));
            PhotoService admin = serviceFor(TestDatabases.admin());

            assertThat(inspector.list(finding)).hasSize(1);
            assertThat(inspector.picture(photo.id())).isNotEmpty();
            assertThat(inspector.canChange()).isFalse();
            assertThatThrownBy(() -> inspector.add(finding, another)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> inspector.delete(photo.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> otherHead.add(finding, another)).isInstanceOfSatisfying(AccessDeniedException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("access.denied.district"));
            assertThatThrownBy(() -> admin.list(finding)).isInstanceOf(AccessDeniedException.class);
            assertThat(service.list(finding)).hasSize(1);
        }

        @Test
        void theAuditTrailRecordsTheAddingWithoutThePicture() throws Exception {
            service.add(finding, fixtures.jpeg(files.resolve("вход.jpg"), 400, 300));

            List<String> recorded = db.dsl().resultQuery("SELECT after_value FROM audit_entry WHERE subject = 'inspection_photo'")
                    .fetch(0, String.class);
            assertThat(recorded).singleElement().satisfies(after -> assertThat(after)
                    .contains("вход.jpg", "\"picture\":\"***\"", "\"thumbnail\":\"***\"").hasSizeLessThan(1000));
        }

        @Test
        void leavesNoImageCacheFilesInTheTempFolder() throws Exception {
            Path temp = Path.of(System.getProperty("java.io.tmpdir"));
            List<Path> before = imageIoCaches(temp);

            service.add(finding, fixtures.jpeg(files.resolve("a.jpg"), 2000, 1500));
            service.add(finding, fixtures.png(files.resolve("b.png"), 700, 300));

            assertThat(imageIoCaches(temp)).isEqualTo(before);
        }

        private static List<Path> imageIoCaches(Path temp) throws IOException {
            try (Stream<Path> files = Files.list(temp)) {
                return files.filter(f -> f.getFileName().toString().startsWith("imageio")).sorted().toList();
            }
        }

        private static FieldError refusal(Runnable add) {
            ValidationException refused = catchThrowableOfType(add::run, ValidationException.class);
            assertThat(refused).as("refused").isNotNull();
            assertThat(refused.errors()).hasSize(1);
            return refused.errors().get(0);
        }

        private static List<Integer> size(byte[] jpeg) throws IOException {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
            return List.of(image.getWidth(), image.getHeight());
        }

        static int indexOf(byte[] haystack, byte[] needle) {
            outer:
            for (int i = 0; i + needle.length <= haystack.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (haystack[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
