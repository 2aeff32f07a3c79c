// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.util.List;

import kz.schoolwatch.persistence.ConstraintViolation;
import kz.schoolwatch.logging.ErrorSummary;
import kz.schoolwatch.persistence.store.WriteFailure;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a write the database refused into something the user can read, the same way in every service: a broken
 * constraint the service named in a {@link Rule} becomes that field's error, any other refusal a
 * {@link SaveFailedException} whose message depends only on the kind of refusal. The transaction was rolled back.
 */
public final class SaveErrors {

    private static final Logger LOG = LoggerFactory.getLogger(SaveErrors.class);

    /** A constraint of the schema and the field error that explains it. */
    public record Rule(String constraint, FieldError error) {
    }

    private SaveErrors() {
    }

    /** A rule: when {@code constraint} (as named in db/V*.sql) is broken, {@code field} shows {@code messageKey}. */
    public static Rule rule(String constraint, String field, String messageKey) {
        return new Rule(constraint, FieldError.of(field, messageKey));
    }

    /** What to throw instead of {@code error}; the service's own refusals (validation, access, a gone or changed row) pass as they are. */
    static RuntimeException translate(RuntimeException error, List<Rule> rules) {
        if (error instanceof ValidationException || error instanceof SaveFailedException
                || error instanceof AccessDeniedException || error instanceof EditConflictException) {
            return error;
        }
        for (Rule r : rules) {
            if (ConstraintViolation.of(error, r.constraint())) {
                return new ValidationException(List.of(r.error()));
            }
        }
        LOG.warn("Save refused by the database: {}", ErrorSummary.of(error));
        return new SaveFailedException(messageKey(error), error);
    }

    /** A full disk and a failing file get their own messages: the user can act on both, unlike on "General error". */
    private static String messageKey(RuntimeException error) {
        return switch (WriteFailure.of(error)) {
            case DUPLICATE -> "save.error.duplicate";
            case REFERENCE -> "save.error.reference";
            case CONSTRAINT -> "save.error.constraint";
            case DISK_FULL -> "common.error.diskFull";
            case STORAGE -> "save.error.storage";
            case CONNECTION_LOST -> "save.error.serverUnreachable";
            // A refusal the database gave no reason for, or a fault of the program itself.
            case OTHER -> error instanceof DataAccessException ? "common.error.saveFailed" : "save.error.unexpected";
        };
    }
}
