// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.photos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Photo;
import kz.schoolwatch.domain.PhotoOwner;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.PhotoRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.photos.PhotoFixtures;
import kz.schoolwatch.service.photos.PhotoService;
import kz.schoolwatch.ui.common.InStepTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The strip's model: a batch adds its good files whatever the bad ones, deleting, and what an inspector may do. */
class PhotoStripViewModelTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 26).atTime(10, 0).atZone(ALMATY).toInstant(), ALMATY);

    @TempDir
    Path folder;
    @TempDir
    Path files;

    private Database db;
    private PhotoFixtures fixtures;
    private PhotoOwner finding;
    private final InStepTaskRunner tasks = new InStepTaskRunner();

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        fixtures = new PhotoFixtures(db);
        finding = PhotoOwner.finding(fixtures.finding(4));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private PhotoStripViewModel model(Access access) {
        PhotoService service = new PhotoService(db, new PhotoRepository(db), new DataChanges(), CLOCK, access);
        PhotoStripViewModel model = new PhotoStripViewModel(new PhotoServices(service, tasks, Messages.russian()));
        model.show(finding);
        return model;
    }

    @Test
    void aBatchAddsItsGoodFilesAndSaysWhyEachBadOneWasNot() throws Exception {
        PhotoStripViewModel model = model(TestDatabases.head());
        Path good = fixtures.jpeg(files.resolve("вход.jpg"), 300, 200);
        Path text = Files.writeString(files.resolve("акт.png"), "текст", StandardCharsets.UTF_8);
        Path other = fixtures.png(files.resolve("забор.png"), 300, 200);
        Path missing = files.resolve("нет.jpg");

        model.add(List.of(good, text, other, missing));

        assertThat(model.photos()).extracting(Photo::fileName).containsExactly("вход.jpg", "забор.png");
        assertThat(model.problems()).containsExactly(FieldError.of("photo", "photo.error.notImage", "акт.png"),
                FieldError.of("photo", "photo.error.missing", "нет.jpg"));
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void deletingRemovesThePhotoFromTheStrip() throws Exception {
        PhotoStripViewModel model = model(TestDatabases.head());
        model.add(List.of(fixtures.jpeg(files.resolve("1.jpg"), 60, 40), fixtures.jpeg(files.resolve("2.jpg"), 60, 40)));
        model.selectedProperty().set(model.photos().get(1));

        model.delete(model.photos().get(1));

        assertThat(model.photos()).extracting(Photo::fileName).containsExactly("1.jpg");
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.problems()).isEmpty();
    }

    @Test
    void anInspectorSeesThePhotosButMayNotChangeThem() throws Exception {
        model(TestDatabases.head()).add(List.of(fixtures.jpeg(files.resolve("1.jpg"), 60, 40)));

        PhotoStripViewModel inspector = model(new Access(TestDatabases.account(Role.INSPECTOR, null, 4), id -> 4));

        assertThat(inspector.canChangeProperty().get()).isFalse();
        assertThat(inspector.photos()).hasSize(1);
        inspector.add(List.of(fixtures.jpeg(files.resolve("2.jpg"), 60, 40)));
        assertThat(inspector.problems()).containsExactly(FieldError.of("photo", "access.denied"));
        assertThat(inspector.photos()).hasSize(1);
    }

    @Test
    void nothingIsShownOrAddedWithoutAnOwner() throws Exception {
        PhotoStripViewModel model = model(TestDatabases.head());
        model.show(null);

        model.add(List.of(fixtures.jpeg(files.resolve("1.jpg"), 60, 40)));

        assertThat(model.photos()).isEmpty();
        assertThat(new PhotoService(db, new PhotoRepository(db), new DataChanges(), CLOCK, TestDatabases.head()).list(finding)).isEmpty();
    }
}
