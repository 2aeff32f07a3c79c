// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** Whose cameras a figure counts: one school's, one district's (open schools), or the city's (open schools). */
public record CameraArea(Long schoolId, Integer districtId) {

    public static CameraArea city() {
        return new CameraArea(null, null);
    }

    public static CameraArea district(int districtId) {
        return new CameraArea(null, districtId);
    }

    public static CameraArea school(long schoolId) {
        return new CameraArea(schoolId, null);
    }
}
