// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** An id with the name a user picks it by (a district, an officer, a purpose) in lists and filters. */
public record NamedRef(long id, String name) {

    @Override
    public String toString() {
        return name;
    }
}
