// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.photos;

import java.awt.geom.AffineTransform;

/**
 * Which way up a phone held its camera: the EXIF orientation tag of a JPEG (1 to 8, 1 = as stored). Phones save a
 * portrait photo lying on its side with this tag; neither ImageIO nor JavaFX turns it, so the thumbnail and the
 * viewer do. The file itself is kept as it came.
 */
public final class ExifOrientation {

    /** As stored: no turn. */
    public static final int UPRIGHT = 1;

    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    /** The orientation a JPEG's EXIF block gives; {@link #UPRIGHT} for a PNG, no tag, or a block that does not parse. */
    public static int of(byte[] picture) {
        try {
            int value = read(picture);
            return value >= 1 && value <= 8 ? value : UPRIGHT;
        } catch (IndexOutOfBoundsException e) {
            return UPRIGHT;
        }
    }

    /** Whether the picture's width and height trade places when it is turned upright (orientations 5 to 8). */
    public static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /**
     * The transform that draws a {@code width}×{@code height} picture of this orientation upright (into a
     * height×width one when {@link #swapsSides}).
     */
    static AffineTransform upright(int orientation, int width, int height) {
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, width, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, width, height);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, height);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, height, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, height, width);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, width);
            default -> new AffineTransform();
        };
    }

    /** Walks the JPEG's segments up to the picture data, looking for APP1 «Exif». */
    private static int read(byte[] b) {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            return UPRIGHT;
        }
        int pos = 2;
        while (pos + 4 <= b.length && (b[pos] & 0xFF) == 0xFF) {
            int marker = b[pos + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                // The picture data (or the end) begins: no EXIF comes after it.
                return UPRIGHT;
            }
            int length = ((b[pos + 2] & 0xFF) << 8) | (b[pos + 3] & 0xFF);
            if (marker == 0xE1 && length >= 16 && b[pos + 4] == 'E' && b[pos + 5] == 'x' && b[pos + 6] == 'i'
                    && b[pos + 7] == 'f' && b[pos + 8] == 0 && b[pos + 9] == 0) {
                return fromTiff(b, pos + 10);
            }
            pos += 2 + length;
        }
        return UPRIGHT;
    }

    /** The orientation entry of the first IFD of the TIFF block at {@code tiff}. */
    private static int fromTiff(byte[] b, int tiff) {
        boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
        if (!little && !(b[tiff] == 'M' && b[tiff + 1] == 'M')) {
            return UPRIGHT;
        }
        int ifd = tiff + (int) number(b, tiff + 4, 4, little);
        int entries = (int) number(b, ifd, 2, little);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + 12 * i;
            if (number(b, entry, 2, little) == ORIENTATION_TAG) {
                return (int) number(b, entry + 8, 2, little);
            }
        }
        return UPRIGHT;
    }

    private static long number(byte[] b, int at, int size, boolean little) {
        if (at < 0 || at + size > b.length) {
            throw new IndexOutOfBoundsException(at);
        }
        long value = 0;
        for (int i = 0; i < size; i++) {
            int next = b[at + (little ? size - 1 - i : i)] & 0xFF;
            value = (value << 8) | next;
        }
        return value;
    }
}
