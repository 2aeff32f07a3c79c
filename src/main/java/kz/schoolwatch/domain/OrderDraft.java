// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;

/** A correction order as the officer writes it for a failed finding. */
public record OrderDraft(String description, LocalDate deadline, String responsible) {
}
