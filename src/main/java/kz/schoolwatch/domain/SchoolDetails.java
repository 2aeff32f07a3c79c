// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;

/**
 * A school as the editor shows it; {@code entrances} and {@code floors} (the building, issue 21) are null while unknown. {@code id} is null for a school not saved yet; numbers are Integer so a
 * form can hand over what the user left empty and validation can say so. {@code version} is the stored row's
 * version when the form opened it (0 for a new school): a save over a newer one is refused (issue 18).
 */
public record SchoolDetails(Long id, Integer number, String name, SchoolType type, Ownership ownership,
                            TeachingLanguage language, Integer districtId, String address, String directorName,
                            String phone, Integer pupils, Integer entrances, Integer floors, LocalDate archivedOn,
                            int version) {

    public boolean isArchived() {
        return archivedOn != null;
    }

    public SchoolDetails withId(long newId) {
        return new SchoolDetails(newId, number, name, type, ownership, language, districtId, address, directorName,
                phone, pupils, entrances, floors, archivedOn, version);
    }

    /** The same school as saved: its stored version counted up by one. */
    public SchoolDetails saved(long newId) {
        return new SchoolDetails(newId, number, name, type, ownership, language, districtId, address, directorName,
                phone, pupils, entrances, floors, archivedOn, id == null ? 1 : version + 1);
    }
}
