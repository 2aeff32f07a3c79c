// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.CORRECTION_ORDER;
import static kz.schoolwatch.persistence.jooq.Tables.INSPECTION_FINDING;
import static kz.schoolwatch.persistence.jooq.Tables.INSPECTION_PHOTO;
import static kz.schoolwatch.persistence.jooq.Tables.SECURITY_CHECK;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kz.schoolwatch.domain.Photo;
import kz.schoolwatch.domain.PhotoOwner;
import kz.schoolwatch.persistence.jooq.tables.records.InspectionPhotoRecord;
import kz.schoolwatch.persistence.store.Database;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Photos of findings and of orders' fixes, kept as bytes inside the database (never as files beside it). */
public final class PhotoRepository {

    /** A photo to store: the file's bytes exactly as read, and the thumbnail made of them. */
    public record NewPhoto(PhotoOwner owner, String fileName, String contentType, int width, int height,
                           byte[] picture, byte[] thumbnail, LocalDate addedOn) {
    }

    private final Database db;

    public PhotoRepository(Database db) {
        this.db = db;
    }

    /** The owner's photos in the order they were added, with their thumbnails but without the pictures. */
    public List<Photo> list(PhotoOwner owner) {
        return db.read(dsl -> dsl.select(INSPECTION_PHOTO.ID, INSPECTION_PHOTO.FILE_NAME, INSPECTION_PHOTO.CONTENT_TYPE,
                        INSPECTION_PHOTO.WIDTH, INSPECTION_PHOTO.HEIGHT, INSPECTION_PHOTO.ADDED_ON, INSPECTION_PHOTO.THUMBNAIL)
                .from(INSPECTION_PHOTO).where(ownedBy(owner)).orderBy(INSPECTION_PHOTO.ID)
                .fetch(r -> new Photo(r.value1(), owner, r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7())));
    }

    /** The picture as its file gave it; empty when the photo is gone. */
    public Optional<byte[]> picture(long photoId) {
        return db.read(dsl -> dsl.select(INSPECTION_PHOTO.PICTURE).from(INSPECTION_PHOTO)
                .where(INSPECTION_PHOTO.ID.eq(photoId)).fetchOptional(INSPECTION_PHOTO.PICTURE));
    }

    /** Whose photo it is; empty when the photo is gone. */
    public Optional<PhotoOwner> ownerOf(long photoId) {
        return db.read(dsl -> dsl.select(INSPECTION_PHOTO.FINDING_ID, INSPECTION_PHOTO.ORDER_ID).from(INSPECTION_PHOTO)
                .where(INSPECTION_PHOTO.ID.eq(photoId)).fetchOptional()
                .map(r -> r.value1() != null ? PhotoOwner.finding(r.value1()) : PhotoOwner.order(r.value2())));
    }

    /**
     * The school whose check or order {@code owner} is, for the rights of a head limited to a district; empty when
     * the finding or order does not exist (or this account may not see it on the server).
     */
    public Optional<Long> schoolOf(PhotoOwner owner) {
        return db.read(dsl -> switch (owner.kind()) {
            case FINDING -> dsl.select(SECURITY_CHECK.SCHOOL_ID).from(INSPECTION_FINDING)
                    .join(SECURITY_CHECK).on(SECURITY_CHECK.ID.eq(INSPECTION_FINDING.CHECK_ID))
                    .where(INSPECTION_FINDING.ID.eq(owner.id())).fetchOptional(SECURITY_CHECK.SCHOOL_ID);
            case ORDER -> dsl.select(CORRECTION_ORDER.SCHOOL_ID).from(CORRECTION_ORDER)
                    .where(CORRECTION_ORDER.ID.eq(owner.id())).fetchOptional(CORRECTION_ORDER.SCHOOL_ID);
        });
    }

    /**
     * Locks the finding's or order's row until the caller's transaction ends, so that two PCs adding photos at
     * once count each other's; false when it no longer exists.
     */
    public boolean lockOwner(DSLContext tx, PhotoOwner owner) {
        return switch (owner.kind()) {
            case FINDING -> tx.select(INSPECTION_FINDING.ID).from(INSPECTION_FINDING)
                    .where(INSPECTION_FINDING.ID.eq(owner.id())).forUpdate().fetchOptional().isPresent();
            case ORDER -> tx.select(CORRECTION_ORDER.ID).from(CORRECTION_ORDER)
                    .where(CORRECTION_ORDER.ID.eq(owner.id())).forUpdate().fetchOptional().isPresent();
        };
    }

    /** How many photos the owner has. */
    public int count(PhotoOwner owner) {
        return db.read(dsl -> count(dsl, owner));
    }

    /** How many photos the owner has, inside the caller's transaction. */
    public int count(DSLContext tx, PhotoOwner owner) {
        return tx.fetchCount(INSPECTION_PHOTO, ownedBy(owner));
    }

    /** Stores a photo inside the caller's transaction; returns its id. */
    public long insert(DSLContext tx, NewPhoto photo) {
        InspectionPhotoRecord r = tx.newRecord(INSPECTION_PHOTO)
                .setFindingId(photo.owner().kind() == PhotoOwner.Kind.FINDING ? photo.owner().id() : null)
                .setOrderId(photo.owner().kind() == PhotoOwner.Kind.ORDER ? photo.owner().id() : null)
                .setFileName(photo.fileName())
                .setContentType(photo.contentType())
                .setWidth(photo.width())
                .setHeight(photo.height())
                .setPicture(photo.picture())
                .setThumbnail(photo.thumbnail())
                .setAddedOn(photo.addedOn());
        r.store();
        return r.getId();
    }

    /** Deletes a photo inside the caller's transaction; returns the rows deleted (0: it was gone already). */
    public int delete(DSLContext tx, long photoId) {
        return tx.deleteFrom(INSPECTION_PHOTO).where(INSPECTION_PHOTO.ID.eq(photoId)).execute();
    }

    private static Condition ownedBy(PhotoOwner owner) {
        return switch (owner.kind()) {
            case FINDING -> INSPECTION_PHOTO.FINDING_ID.eq(owner.id());
            case ORDER -> INSPECTION_PHOTO.ORDER_ID.eq(owner.id());
        };
    }
}
