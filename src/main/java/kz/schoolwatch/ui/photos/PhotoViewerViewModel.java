// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.photos;

import java.io.ByteArrayInputStream;
import java.util.List;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;
import kz.schoolwatch.domain.Photo;
import kz.schoolwatch.service.SaveFailedException;
import kz.schoolwatch.service.photos.ExifOrientation;
import kz.schoolwatch.service.photos.PhotoService;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * One photo at a time out of a finding's or order's photos, its full picture read from the database and decoded in
 * the background; the previous and the next one.
 */
public final class PhotoViewerViewModel {

    /**
     * The picture is decoded to at most this size: a screen shows no more, and a 40-megapixel photo decoded whole
     * would hold 160 MB.
     */
    private static final double MAX_DECODED_SIDE = 2560;

    private final PhotoService service;
    private final TaskRunner tasks;
    private final List<Photo> photos;

    // Properties
    private final IntegerProperty index = new SimpleIntegerProperty(-1);
    private final ObjectProperty<Photo> photo = new SimpleObjectProperty<>();
    private final ObjectProperty<Image> image = new SimpleObjectProperty<>();
    /** The EXIF orientation of the picture shown (1 to 8), which the view turns it by. */
    private final IntegerProperty orientation = new SimpleIntegerProperty(ExifOrientation.UPRIGHT);
    /** Message key of why the picture is not shown; null while it is (or is on its way). */
    private final ObjectProperty<String> problem = new SimpleObjectProperty<>();

    public PhotoViewerViewModel(PhotoServices services, List<Photo> photos, int first) {
        this.service = services.photos();
        this.tasks = services.tasks();
        this.photos = List.copyOf(photos);
        if (!this.photos.isEmpty()) {
            go(Math.max(0, Math.min(first, this.photos.size() - 1)));
        }
    }

    // Commands

    public void next() {
        if (hasNext()) {
            go(index.get() + 1);
        }
    }

    public void previous() {
        if (hasPrevious()) {
            go(index.get() - 1);
        }
    }

    public boolean hasNext() {
        return index.get() + 1 < photos.size();
    }

    public boolean hasPrevious() {
        return index.get() > 0;
    }

    /** A picture read and decoded, with the way it is to be turned. */
    private record Decoded(Image image, int orientation) {
    }

    private void go(int to) {
        Photo shown = photos.get(to);
        index.set(to);
        photo.set(shown);
        image.set(null);
        problem.set(null);
        tasks.submit(() -> decode(shown, service.picture(shown.id())), decoded -> {
            if (shown.equals(photo.get())) {
                if (decoded.image().isError()) {
                    problem.set("photo.viewer.unreadable");
                } else {
                    orientation.set(decoded.orientation());
                    image.set(decoded.image());
                }
            }
        }, error -> {
            if (shown.equals(photo.get())) {
                problem.set(error instanceof SaveFailedException gone ? gone.messageKey() : "common.loadFailed");
            }
        });
    }

    /** Off the FX thread (JavaFX allows an Image to be made there); a small picture is kept at its own size. */
    private static Decoded decode(Photo shown, byte[] picture) {
        ByteArrayInputStream in = new ByteArrayInputStream(picture);
        Image decoded = Math.max(shown.width(), shown.height()) <= MAX_DECODED_SIDE ? new Image(in)
                : new Image(in, MAX_DECODED_SIDE, MAX_DECODED_SIDE, true, true);
        return new Decoded(decoded, ExifOrientation.of(picture));
    }

    // Properties

    /** The photo shown, null when there are none. */
    public ReadOnlyObjectProperty<Photo> photoProperty() {
        return photo;
    }

    /** Its decoded picture, null while it is read. */
    public ReadOnlyObjectProperty<Image> imageProperty() {
        return image;
    }

    /** How the picture is to be turned upright: its EXIF orientation, 1 to 8 ({@link ExifOrientation}). */
    public ReadOnlyIntegerProperty orientationProperty() {
        return orientation;
    }

    public ReadOnlyObjectProperty<String> problemProperty() {
        return problem;
    }

    /** Which photo is shown, from 0. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index;
    }

    public int count() {
        return photos.size();
    }
}
