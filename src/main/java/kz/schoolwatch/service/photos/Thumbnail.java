// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.photos;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import kz.schoolwatch.domain.Photo;

/** The small JPEG of a photo for lists and the act: longest side {@value Photo#THUMBNAIL_SIDE} px. */
final class Thumbnail {

    private static final float QUALITY = 0.85f;

    private Thumbnail() {
    }

    /** Scales {@code image} down (never up), turns it upright and encodes it as a JPEG in memory. */
    static byte[] of(BufferedImage image, int orientation) {
        return jpeg(upright(scaled(opaque(image), Photo.THUMBNAIL_SIDE), orientation));
    }

    /** The picture turned as its EXIF orientation says (see {@link ExifOrientation}). */
    private static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation == ExifOrientation.UPRIGHT) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = ExifOrientation.swapsSides(orientation);
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        try {
            g.drawImage(image, ExifOrientation.upright(orientation, w, h), null);
        } finally {
            g.dispose();
        }
        return turned;
    }

    /**
     * The picture on white in plain RGB: JPEG has no transparency, and a PNG's transparent parts would otherwise
     * turn black.
     */
    private static BufferedImage opaque(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    /**
     * Halves the picture with bilinear filtering until one more step reaches the target, then scales to it: a
     * single bilinear step from far above would skip most pixels and look grainy.
     */
    static BufferedImage scaled(BufferedImage image, int longestSide) {
        int w = image.getWidth();
        int h = image.getHeight();
        int longest = Math.max(w, h);
        if (longest <= longestSide) {
            return image;
        }
        int targetW = Math.max(1, (int) Math.round((double) w * longestSide / longest));
        int targetH = Math.max(1, (int) Math.round((double) h * longestSide / longest));
        BufferedImage current = image;
        while (current.getWidth() / 2 >= targetW && current.getHeight() / 2 >= targetH) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return current.getWidth() == targetW && current.getHeight() == targetH ? current : draw(current, targetW, targetH);
    }

    private static BufferedImage draw(BufferedImage from, int w, int h) {
        BufferedImage to = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = to.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.drawImage(from, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return to;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("a thumbnail could not be encoded in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
