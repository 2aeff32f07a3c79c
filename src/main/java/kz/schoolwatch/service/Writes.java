// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.util.List;
import java.util.function.Supplier;

import kz.schoolwatch.logging.ErrorSummary;
import kz.schoolwatch.persistence.ConstraintViolation;
import kz.schoolwatch.persistence.WriteFailure;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one transactional write of a service and turns a database refusal into something the user can read:
 * a broken rule the service knows becomes a field error, anything else a {@link SaveFailedException}.
 */
final class Writes {

    private static final Logger LOG = LoggerFactory.getLogger(Writes.class);

    /** A constraint of the schema and the field error that explains it. */
    record Rule(String constraint, FieldError error) {
    }

    private Writes() {
    }

    static Rule rule(String constraint, String field, String messageKey) {
        return new Rule(constraint, FieldError.of(field, messageKey));
    }

    /** Runs {@code write}; translates integrity violations named by {@code rules}. */
    static <T> T run(Supplier<T> write, Rule... rules) {
        try {
            return write.get();
        } catch (DataAccessException e) {
            for (Rule r : rules) {
                if (ConstraintViolation.of(e, r.constraint())) {
                    throw new ValidationException(List.of(r.error()));
                }
            }
            LOG.warn("Save refused by the database: {}", ErrorSummary.of(e));
            throw new SaveFailedException(messageKey(e), e);
        }
    }

    /** A full disk and a failing file get their own messages: the user can act on both, unlike on "General error". */
    private static String messageKey(DataAccessException e) {
        return switch (WriteFailure.of(e)) {
            case DISK_FULL -> "common.error.diskFull";
            case STORAGE -> "save.error.storage";
            default -> ConstraintViolation.any(e) ? "common.error.conflict" : "common.error.saveFailed";
        };
    }

    /** Refuses a change to a row that someone deleted meanwhile. */
    static void requireFound(int rows) {
        if (rows == 0) {
            throw new SaveFailedException("common.error.gone", null);
        }
    }

    /** A trimmed text, or null when blank ({@link Validator#isBlank}): empty optional fields are stored as NULL. */
    static String clean(String text) {
        return Validator.isBlank(text) ? null : text.trim();
    }
}
