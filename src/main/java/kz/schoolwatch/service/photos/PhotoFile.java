// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.photos;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import kz.schoolwatch.domain.Photo;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.ValidationException;

/**
 * Reads a photo's file and decides by its content, not its name, whether it is a JPEG or PNG the program can
 * show; refuses anything else with a message naming the file. Everything happens in memory: ImageIO's own
 * streams over a file would leave cache files in the temp folder.
 */
final class PhotoFile {

    /** A file larger than this is refused before it is read (10 MB). */
    static final long MAX_BYTES = 10L * 1024 * 1024;
    /** A picture of more pixels is refused before it is decoded, instead of running out of memory (40 megapixels). */
    static final long MAX_PIXELS = 40_000_000L;
    /** The field name of the refusals: the UI shows them beside the photos, per file. */
    static final String FIELD = "photo";

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    /**
     * A file that passed: its bytes as read, what they are, its size upright (EXIF orientation applied), and the
     * thumbnail made of them.
     */
    record Checked(String fileName, byte[] bytes, String contentType, int width, int height, byte[] thumbnail) {
    }

    private PhotoFile() {
    }

    /**
     * Reads and checks {@code file}; call it off the FX thread.
     *
     * @throws ValidationException with a message naming the file: missing or unreadable (locked by another
     *                             program), over 10 MB, not a JPEG or PNG, over 40 megapixels, or damaged
     */
    static Checked read(Path file) {
        String name = nameOf(file);
        byte[] bytes = bytesOf(file, name);
        String type = typeOf(bytes);
        if (type == null) {
            throw refusal("photo.error.notImage", name);
        }
        ImageReader reader = readerFor(type);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if ((long) width * height > MAX_PIXELS) {
                throw refusal("photo.error.tooManyPixels", name, width, height, MAX_PIXELS / 1_000_000);
            }
            BufferedImage image = reader.read(0, subsampled(reader, Math.max(width, height)));
            int orientation = ExifOrientation.of(bytes);
            byte[] thumbnail = Thumbnail.of(image, orientation);
            // The size as the photo is seen: a portrait taken by a phone lying on its side is taller than wide.
            return ExifOrientation.swapsSides(orientation)
                    ? new Checked(name, bytes, type, height, width, thumbnail)
                    : new Checked(name, bytes, type, width, height, thumbnail);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException refused) {
                throw refused;
            }
            // A decoder meets a broken file with IOExceptions and, now and then, an unchecked exception.
            throw refusal("photo.error.damaged", name);
        } finally {
            reader.dispose();
        }
    }

    /** The file's name as stored: at most 255 characters, its ending kept. */
    static String nameOf(Path file) {
        Path last = file.getFileName();
        String name = last == null ? file.toString() : last.toString();
        if (name.length() <= 255) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String ending = dot >= 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        return name.substring(0, 255 - ending.length()) + ending;
    }

    private static byte[] bytesOf(Path file, String name) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooBig(name, size);
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > MAX_BYTES) {
                // It grew between the two looks.
                throw tooBig(name, bytes.length);
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw refusal("photo.error.missing", name);
        } catch (AccessDeniedException e) {
            throw refusal("photo.error.unreadable", name);
        } catch (IOException e) {
            // Windows says "used by another process" for a file another program holds locked.
            throw refusal("photo.error.unreadable", name);
        }
    }

    private static ValidationException tooBig(String name, long size) {
        return refusal("photo.error.tooBig", name, size / (1024.0 * 1024.0), MAX_BYTES / (1024 * 1024));
    }

    /** {@code image/jpeg} or {@code image/png} from the first bytes; null for anything else. */
    static String typeOf(byte[] bytes) {
        if (startsWith(bytes, JPEG_MAGIC)) {
            return "image/jpeg";
        }
        if (startsWith(bytes, PNG_MAGIC)) {
            return "image/png";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static ImageReader readerFor(String contentType) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(contentType);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + contentType + " (java.desktop is missing)");
        }
        return readers.next();
    }

    /**
     * Decodes only every n-th pixel of a large picture, keeping at least twice the thumbnail's side: a
     * 40-megapixel photo then needs a few megabytes instead of 160, and the thumbnail's scaling does the rest.
     */
    private static ImageReadParam subsampled(ImageReader reader, int longestSide) {
        ImageReadParam param = reader.getDefaultReadParam();
        int step = Math.max(1, longestSide / (2 * Photo.THUMBNAIL_SIDE));
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        return param;
    }

    static ValidationException refusal(String key, Object... args) {
        return new ValidationException(List.of(FieldError.of(FIELD, key, args)));
    }
}
