// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * A stored photo as lists show it: what it is, and its small JPEG. The picture itself is read on its own when
 * someone looks at it (it may be megabytes).
 *
 * @param contentType {@code image/jpeg} or {@code image/png}, decided from the file's content
 * @param width       the picture's width in pixels as it is seen (a phone's portrait, stored on its side with an
 *                    EXIF orientation, is counted upright)
 * @param height      its height the same way
 * @param thumbnail   a JPEG, upright, whose longest side is at most {@link #THUMBNAIL_SIDE} pixels
 */
public record Photo(long id, PhotoOwner owner, String fileName, String contentType, int width, int height,
                    LocalDate addedOn, byte[] thumbnail) {

    /** The longest side of a thumbnail, in pixels. */
    public static final int THUMBNAIL_SIDE = 320;

    public Photo {
        thumbnail = thumbnail.clone();
    }

    @Override
    public byte[] thumbnail() {
        return thumbnail.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Photo p && id == p.id && owner.equals(p.owner) && fileName.equals(p.fileName)
                && contentType.equals(p.contentType) && width == p.width && height == p.height
                && Objects.equals(addedOn, p.addedOn) && Arrays.equals(thumbnail, p.thumbnail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, owner, fileName) * 31 + Arrays.hashCode(thumbnail);
    }

    @Override
    public String toString() {
        return "Photo[" + id + ", " + owner + ", " + fileName + ", " + contentType + ", " + width + "x" + height + "]";
    }
}
