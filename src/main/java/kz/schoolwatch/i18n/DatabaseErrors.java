// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.i18n;

import java.util.Optional;

import kz.schoolwatch.persistence.store.DatabaseOpenException;
import kz.schoolwatch.persistence.store.FileFormat;
import kz.schoolwatch.persistence.store.ServerFailure;

/** Turns a failure to open the database into a sentence a user can act on. */
public final class DatabaseErrors {

    private DatabaseErrors() {
    }

    public static String describe(DatabaseOpenException e, Messages messages) {
        return switch (e.reason()) {
            case IN_USE -> e.detail().isBlank()
                    ? messages.get("db.error.inUse.unknown")
                    : messages.get("db.error.inUse", e.detail());
            case TOO_NEW -> messages.get("db.error.tooNew", e.detail());
            case WRONG_KEY -> messages.get("db.error.wrongKey", e.detail());
            case UNREADABLE -> messages.get("db.error.unreadable", e.detail());
            case DAMAGED -> messages.get("db.error.damaged", e.detail());
            case SERVER_NOT_UPDATED -> messages.get("db.error.serverNotUpdated", e.detail());
            case FOREIGN_FORMAT -> foreign(FileFormat.Problem.parse(e.detail()), messages);
            case SERVER_UNREACHABLE -> messages.get("db.error.serverUnreachable", e.detail());
            case SERVER_WITHOUT_TLS -> messages.get("db.error.serverWithoutTls", e.detail());
            case SERVER_CERTIFICATE -> messages.get("db.error.serverCertificate", e.detail());
            case LOGIN_REFUSED -> messages.get("db.error.loginRefused");
        };
    }

    /** The sentence for {@code error} when it is a failure to open the database; empty for any other failure. */
    public static Optional<String> describeOpening(Throwable error, Messages messages) {
        return error instanceof DatabaseOpenException open ? Optional.of(describe(open, messages)) : Optional.empty();
    }

    /**
     * What a screen says when it could not read its data: that the unit's server is out of reach (the screen reads
     * again by itself once it is back and something changes, or at «Обновить»), or else the screen's usual
     * {@code usualKey}.
     */
    public static String describeLoad(Throwable error, Messages messages, String usualKey) {
        return ServerFailure.isConnectionLost(error) ? messages.get("load.error.serverUnreachable") : messages.get(usualKey);
    }

    private static String foreign(FileFormat.Problem p, Messages messages) {
        String file = p.file().toString();
        return switch (p.kind()) {
            case NEWER_H2 -> messages.get("db.error.foreign.newerH2", file, p.format(), FileFormat.H2_FORMAT);
            case OLDER_H2 -> messages.get("db.error.foreign.olderH2", file, p.format(), FileFormat.H2_FORMAT);
            case PAGE_STORE -> messages.get("db.error.foreign.pageStore", file);
            case NOT_H2 -> messages.get("db.error.foreign.notH2", file);
        };
    }
}
