// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.photos;

import static kz.schoolwatch.persistence.jooq.Tables.CORRECTION_ORDER;
import static kz.schoolwatch.persistence.jooq.Tables.INSPECTION_FINDING;
import static kz.schoolwatch.persistence.jooq.Tables.REQUIREMENT_ITEM;
import static kz.schoolwatch.persistence.jooq.Tables.SECURITY_CHECK;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.store.Database;

/**
 * What photo tests start from: a check with a finding (rows inserted straight through jOOQ, as the check form
 * does not write findings yet) and picture files made on the spot with ImageIO.
 */
public final class PhotoFixtures {

    private final Database db;
    private final Random random = new Random(22);

    public PhotoFixtures(Database db) {
        this.db = db;
    }

    /** A school of {@code districtId}, a check of it and a failed finding on the default set's first item. */
    public long finding(int districtId) {
        TestRows rows = new TestRows(db);
        long school = rows.school(100 + random.nextInt(800), districtId);
        long officer = rows.officer("Сериков", "P" + System.nanoTime(), districtId);
        long check = db.dsl().insertInto(SECURITY_CHECK, SECURITY_CHECK.SCHOOL_ID, SECURITY_CHECK.OFFICER_ID, SECURITY_CHECK.CHECKED_ON)
                .values(school, officer, LocalDate.of(2026, 11, 20)).returning(SECURITY_CHECK.ID).fetchOne(SECURITY_CHECK.ID);
        long item = db.dsl().select(REQUIREMENT_ITEM.ID).from(REQUIREMENT_ITEM).orderBy(REQUIREMENT_ITEM.POSITION)
                .limit(1).fetchOne(REQUIREMENT_ITEM.ID);
        return db.dsl().insertInto(INSPECTION_FINDING, INSPECTION_FINDING.CHECK_ID, INSPECTION_FINDING.REQUIREMENT_ITEM_ID,
                        INSPECTION_FINDING.RESULT, INSPECTION_FINDING.NOTE)
                .values(check, item, "NOT_MET", "Камера у главного входа не работает")
                .returning(INSPECTION_FINDING.ID).fetchOne(INSPECTION_FINDING.ID);
    }

    /** An order to fix {@code findingId}'s failure. */
    public long order(long findingId) {
        long school = db.dsl().select(SECURITY_CHECK.SCHOOL_ID).from(INSPECTION_FINDING)
                .join(SECURITY_CHECK).on(SECURITY_CHECK.ID.eq(INSPECTION_FINDING.CHECK_ID))
                .where(INSPECTION_FINDING.ID.eq(findingId)).fetchOne(SECURITY_CHECK.SCHOOL_ID);
        return db.dsl().insertInto(CORRECTION_ORDER, CORRECTION_ORDER.FINDING_ID, CORRECTION_ORDER.SCHOOL_ID,
                        CORRECTION_ORDER.DESCRIPTION, CORRECTION_ORDER.DEADLINE, CORRECTION_ORDER.RESPONSIBLE)
                .values(findingId, school, "Отремонтировать камеру у главного входа", LocalDate.of(2026, 12, 20), "Ахметова А. С.")
                .returning(CORRECTION_ORDER.ID).fetchOne(CORRECTION_ORDER.ID);
    }

    /** A JPEG of {@code width}×{@code height} with coloured noise (so that it compresses as a photo does). */
    public Path jpeg(Path file, int width, int height) throws IOException {
        ImageIO.write(noise(width, height, BufferedImage.TYPE_INT_RGB), "jpg", file.toFile());
        return file;
    }

    /** A PNG with transparency. */
    public Path png(Path file, int width, int height) throws IOException {
        ImageIO.write(noise(width, height, BufferedImage.TYPE_INT_ARGB), "png", file.toFile());
        return file;
    }

    private BufferedImage noise(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // The left quarter of a PNG is see-through; the rest is opaque.
                row[x] = random.nextInt() | (type == BufferedImage.TYPE_INT_ARGB && x < width / 4 ? 0 : 0xFF000000);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(width / 3, height / 3, Math.max(1, width / 3), Math.max(1, height / 3));
        g.dispose();
        return image;
    }

    /**
     * A 400×200 JPEG as a phone lying on its side stores it: red on the left half, blue on the right, with an EXIF
     * block saying how to turn it ({@code orientation} 1 to 8).
     */
    public static Path jpegTurned(Path file, int orientation) throws IOException {
        BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 200, 200);
        g.setColor(Color.BLUE);
        g.fillRect(200, 0, 200, 200);
        g.dispose();
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", encoded);
        byte[] jpeg = encoded.toByteArray();
        // After the JFIF segment (APP0), as cameras write it: FF E1, length, "Exif\0\0", a big-endian TIFF header
        // and one IFD holding the orientation (tag 0x0112, a SHORT).
        int afterApp0 = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        ByteArrayOutputStream exif = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(exif);
        out.writeShort(0xFFE1);
        out.writeShort(2 + 6 + 8 + 2 + 12 + 4);
        out.write(new byte[] {'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42});
        out.writeInt(8);
        out.writeShort(1);
        out.writeShort(0x0112);
        out.writeShort(3);
        out.writeInt(1);
        out.writeShort(orientation);
        out.writeShort(0);
        out.writeInt(0);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        whole.write(jpeg, 0, afterApp0);
        whole.write(exif.toByteArray());
        whole.write(jpeg, afterApp0, jpeg.length - afterApp0);
        Files.write(file, whole.toByteArray());
        return file;
    }

    /**
     * A PNG whose header claims {@code width}×{@code height} pixels and that has no picture data: enough for a
     * reader to learn its size, which is all the pixel limit needs to refuse it.
     */
    public static Path pngHeaderOnly(Path file, int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(ihdr);
        data.write("IHDR".getBytes(StandardCharsets.US_ASCII));
        data.writeInt(width);
        data.writeInt(height);
        data.write(new byte[] {8, 2, 0, 0, 0});
        byte[] chunk = ihdr.toByteArray();
        out.writeInt(chunk.length - 4);
        out.write(chunk);
        CRC32 crc = new CRC32();
        crc.update(chunk);
        out.writeInt((int) crc.getValue());
        Files.write(file, bytes.toByteArray());
        return file;
    }
}
