// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import kz.schoolwatch.persistence.WriteFailure;

/** Turns a write the database refused into an exception the UI can explain. The transaction was rolled back. */
final class SaveErrors {

    private SaveErrors() {
    }

    static RuntimeException translate(RuntimeException error) {
        if (error instanceof ValidationException || error instanceof SaveFailedException) {
            return error;
        }
        return switch (WriteFailure.of(error)) {
            case DUPLICATE -> new SaveFailedException("save.error.duplicate", error);
            case REFERENCE -> new SaveFailedException("save.error.reference", error);
            case CONSTRAINT -> new SaveFailedException("save.error.constraint", error);
            case DISK_FULL -> new SaveFailedException("common.error.diskFull", error);
            case STORAGE -> new SaveFailedException("save.error.storage", error);
            case OTHER -> new SaveFailedException("save.error.unexpected", error);
        };
    }
}
