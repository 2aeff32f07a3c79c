// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.photos;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.Photo;
import kz.schoolwatch.domain.PhotoOwner;
import kz.schoolwatch.service.AccessDeniedException;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.SaveFailedException;
import kz.schoolwatch.service.ValidationException;
import kz.schoolwatch.service.photos.PhotoService;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * The photos of one finding or order: the thumbnails, adding several files at once (each refused file says why,
 * the good ones are added all the same), and deleting one.
 */
public final class PhotoStripViewModel {

    /** What adding a batch of files came to: the owner's photos now, and the refusals, file by file. */
    private record Added(List<Photo> photos, List<FieldError> problems) {
    }

    private final PhotoService service;
    private final TaskRunner tasks;

    // Properties
    private final ObjectProperty<PhotoOwner> owner = new SimpleObjectProperty<>();
    private final ObservableList<Photo> photos = FXCollections.observableArrayList();
    private final ObjectProperty<Photo> selected = new SimpleObjectProperty<>();
    private final ObservableList<FieldError> problems = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final BooleanProperty canChange;

    public PhotoStripViewModel(PhotoServices services) {
        this.service = services.photos();
        this.tasks = services.tasks();
        this.canChange = new SimpleBooleanProperty(service.canChange());
    }

    // Commands

    /** Shows {@code next}'s photos; null shows none (nothing chosen yet). */
    public void show(PhotoOwner next) {
        owner.set(next);
        problems.clear();
        selected.set(null);
        photos.clear();
        reload();
    }

    /** Reads the photos again (another PC may have added some). */
    public void reload() {
        PhotoOwner shown = owner.get();
        if (shown == null) {
            return;
        }
        tasks.submit(() -> service.list(shown), list -> {
            if (shown.equals(owner.get())) {
                showPhotos(list);
            }
        }, error -> problems.setAll(problemsOf(error, null)));
    }

    /**
     * Adds {@code files} one after another in the background, with progress; a refused file leaves its reason in
     * {@link #problems()} and does not stop the others.
     */
    public void add(List<Path> files) {
        PhotoOwner target = owner.get();
        if (target == null || files.isEmpty() || busy.get()) {
            return;
        }
        problems.clear();
        busy.set(true);
        progress.set(0);
        List<Path> batch = List.copyOf(files);
        tasks.submit(step -> {
            List<FieldError> refused = new ArrayList<>();
            for (int i = 0; i < batch.size() && !step.isCancelled(); i++) {
                Path file = batch.get(i);
                try {
                    service.add(target, file);
                } catch (RuntimeException e) {
                    refused.addAll(problemsOf(e, file));
                }
                step.update((i + 1) / (double) batch.size());
            }
            return new Added(service.list(target), refused);
        }, added -> {
            progress.set(1);
            busy.set(false);
            if (target.equals(owner.get())) {
                showPhotos(added.photos());
                problems.setAll(added.problems());
            }
        }, error -> {
            busy.set(false);
            problems.setAll(problemsOf(error, null));
            reload();
        }).progressProperty().addListener((o, was, now) -> progress.set(now.doubleValue()));
    }

    /** Deletes {@code photo} (the view has asked the user first). */
    public void delete(Photo photo) {
        if (photo == null || busy.get()) {
            return;
        }
        problems.clear();
        busy.set(true);
        tasks.submit(() -> {
            service.delete(photo.id());
            return null;
        }, done -> {
            busy.set(false);
            reload();
        }, error -> {
            busy.set(false);
            problems.setAll(problemsOf(error, null));
            reload();
        });
    }

    private void showPhotos(List<Photo> list) {
        Photo was = selected.get();
        photos.setAll(list);
        selected.set(was == null ? null : list.stream().filter(p -> p.id() == was.id()).findFirst().orElse(null));
    }

    /** The message keys a failure shows; {@code file} names the file a general failure was met with. */
    private static List<FieldError> problemsOf(Throwable error, Path file) {
        if (error instanceof ValidationException refused) {
            return refused.errors();
        }
        if (error instanceof SaveFailedException failed) {
            return List.of(new FieldError("photo", failed.messageKey(), failed.args()));
        }
        if (error instanceof AccessDeniedException denied) {
            return List.of(FieldError.of("photo", denied.messageKey()));
        }
        return file == null ? List.of(FieldError.of("photo", "common.loadFailed"))
                : List.of(FieldError.of("photo", "photo.error.notAdded", file.getFileName().toString()));
    }

    // Properties

    public ReadOnlyObjectProperty<PhotoOwner> ownerProperty() {
        return owner;
    }

    /** The owner's photos, oldest first. */
    public ObservableList<Photo> photos() {
        return photos;
    }

    /** The photo «Удалить» and «Открыть» act on. */
    public ObjectProperty<Photo> selectedProperty() {
        return selected;
    }

    /** Why files were not added (or a delete failed), one entry per file: message keys with their arguments. */
    public ObservableList<FieldError> problems() {
        return problems;
    }

    /** True while files are added or a photo is deleted. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** How far the adding of a batch is, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** Whether this account may add and delete (a head); inspectors only look. */
    public ReadOnlyBooleanProperty canChangeProperty() {
        return canChange;
    }

    /** The most photos one finding or order may have. */
    public int limit() {
        return PhotoService.MAX_PER_OWNER;
    }
}
