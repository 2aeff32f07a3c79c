// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.photos;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.domain.Photo;
import kz.schoolwatch.domain.PhotoOwner;
import kz.schoolwatch.persistence.PhotoRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.SaveFailedException;
import kz.schoolwatch.service.Writes;

/**
 * Photos of a finding (what the officer saw) and of an order's fix, kept inside the database: the encrypted H2
 * file or the unit's server, never as files beside it. Heads add and delete them for their district's schools, as
 * they record checks; inspectors and heads look at them.
 */
public final class PhotoService {

    /** At most this many photos per finding or order. */
    public static final int MAX_PER_OWNER = 10;

    private final Writes writes;
    private final PhotoRepository photos;
    private final Clock clock;
    private final Access access;

    public PhotoService(Database db, PhotoRepository photos, DataChanges changes, Clock clock, Access access) {
        this.writes = new Writes(db, changes);
        this.photos = photos;
        this.clock = clock;
        this.access = access;
    }

    /** Whether this account may add and delete photos at all (the UI hides the buttons otherwise). */
    public boolean canChange() {
        return access.can(Permission.EDIT_SCHOOLS);
    }

    /**
     * Adds the photo in {@code file} to {@code owner}. Reads and decodes the file, so call it off the FX thread.
     *
     * @return the stored photo, with its thumbnail
     * @throws kz.schoolwatch.service.ValidationException a field error {@code photo} naming the file when it is
     *                                                    missing, unreadable or locked, over 10 MB, not a JPEG or
     *                                                    PNG by its content, over 40 megapixels or damaged, or when
     *                                                    the owner has {@value #MAX_PER_OWNER} photos already
     * @throws SaveFailedException                        {@code photo.error.ownerGone} when the finding or order
     *                                                    was deleted meanwhile
     * @throws kz.schoolwatch.service.AccessDeniedException unless a head of the school's district (or city-wide)
     */
    public Photo add(PhotoOwner owner, Path file) {
        String name = PhotoFile.nameOf(file);
        requireChange(owner, () -> ownerGone(name));
        // Refused before the file is read: a full set needs no decoding to say so.
        if (photos.count(owner) >= MAX_PER_OWNER) {
            throw tooMany(name);
        }
        PhotoFile.Checked checked = PhotoFile.read(file);
        LocalDate today = LocalDate.now(clock);
        PhotoRepository.NewPhoto row = new PhotoRepository.NewPhoto(owner, checked.fileName(), checked.contentType(),
                checked.width(), checked.height(), checked.bytes(), checked.thumbnail(), today);
        long id = writes.save(DataChanges.Topic.CHECKS, tx -> {
            if (!photos.lockOwner(tx, owner)) {
                throw ownerGone(name);
            }
            // Counted again under the lock: another PC may have added photos while this file was read.
            if (photos.count(tx, owner) >= MAX_PER_OWNER) {
                throw tooMany(name);
            }
            return photos.insert(tx, row);
        });
        return new Photo(id, owner, checked.fileName(), checked.contentType(), checked.width(), checked.height(), today,
                checked.thumbnail());
    }

    /** The owner's photos in the order they were added, with thumbnails. */
    public List<Photo> list(PhotoOwner owner) {
        requireView();
        return photos.list(owner);
    }

    /**
     * The picture exactly as its file gave it.
     *
     * @throws SaveFailedException {@code photo.error.gone} when the photo was deleted meanwhile
     */
    public byte[] picture(long photoId) {
        requireView();
        return photos.picture(photoId).orElseThrow(PhotoService::photoGone);
    }

    /**
     * Deletes a photo (the UI asks first; photos keep no versions).
     *
     * @throws SaveFailedException {@code photo.error.gone} when it was deleted meanwhile
     */
    public void delete(long photoId) {
        access.require(Permission.EDIT_SCHOOLS);
        PhotoOwner owner = photos.ownerOf(photoId).orElseThrow(PhotoService::photoGone);
        requireChange(owner, PhotoService::photoGone);
        if (writes.save(DataChanges.Topic.CHECKS, tx -> photos.delete(tx, photoId)) == 0) {
            throw photoGone();
        }
    }

    /** Adding and deleting is recording a check: a head, for a school of the district. */
    private void requireChange(PhotoOwner owner, Supplier<SaveFailedException> gone) {
        access.require(Permission.EDIT_SCHOOLS);
        long school = photos.schoolOf(owner).orElseThrow(gone);
        access.requireSchoolInDistrict(school);
    }

    /** Photos are police work: inspectors and heads see them, the administrator does not (as on the server, V20). */
    private void requireView() {
        access.require(Permission.RECORD_OWN_WORK);
    }

    private static SaveFailedException ownerGone(String name) {
        return new SaveFailedException("photo.error.ownerGone", null, name);
    }

    private static SaveFailedException photoGone() {
        return new SaveFailedException("photo.error.gone", null);
    }

    private static RuntimeException tooMany(String name) {
        return PhotoFile.refusal("photo.error.tooMany", MAX_PER_OWNER, name);
    }
}
