// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValidatorTest {

    @Test
    void collectsEveryProblemBeforeRefusing() {
        Validator v = new Validator()
                .required("number", null)
                .required("name", "   ")
                .notNegative("pupils", -5)
                .phone("phone", "call me")
                .maxLength("address", "x".repeat(301), 300);
        assertThat(v.errors()).extracting(FieldError::field).containsExactly("number", "name", "pupils", "phone", "address");
        assertThatThrownBy(v::throwIfInvalid).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).hasSize(5));
    }

    @Test
    void acceptsGoodValuesAndEmptyOptionalOnes() {
        Validator v = new Validator()
                .required("name", "Гимназия №12")
                .notNegative("pupils", 0)
                .notNegative("pupils", null)
                .phone("phone", "+7 727 123-45-67")
                .phone("phone", "")
                .range("days", 90, 1, 3650);
        assertThat(v.hasErrors()).isFalse();
        v.throwIfInvalid();
    }
}
