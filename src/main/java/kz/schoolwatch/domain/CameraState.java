// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;

/** The cameras of an area on a day: present (installed and not yet removed), and of those in order. */
public record CameraState(LocalDate day, int present, int inOrder) {

    public int faulty() {
        return present - inOrder;
    }
}
