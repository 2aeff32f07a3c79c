// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/**
 * What a photo shows: a finding of a check (what the officer saw) or a correction order (how it was fixed). A
 * photo has exactly one owner.
 *
 * @param kind finding or order
 * @param id   the finding's or the order's id
 */
public record PhotoOwner(Kind kind, long id) {

    /** Which of the two a photo belongs to. */
    public enum Kind {
        FINDING, ORDER
    }

    public PhotoOwner {
        if (kind == null) {
            throw new IllegalArgumentException("a photo's owner needs a kind");
        }
    }

    public static PhotoOwner finding(long findingId) {
        return new PhotoOwner(Kind.FINDING, findingId);
    }

    public static PhotoOwner order(long orderId) {
        return new PhotoOwner(Kind.ORDER, orderId);
    }
}
