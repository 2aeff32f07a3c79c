// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** A row of a small list to choose from (a district, a rank, a partner, a leisure centre): its id and its name. */
public record Lookup(long id, String name) {
}
