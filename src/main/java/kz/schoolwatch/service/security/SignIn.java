// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.security;

import kz.schoolwatch.persistence.store.DatabaseOpenException;

/** Signing in with a login and a password: to the PC's own file ({@link SignInService}) or to the unit's server ({@link ServerSignIn}). */
public interface SignIn {

    /**
     * Signs {@code login} in with {@code password}.
     *
     * @throws SignInRefused            wrong login or password, locked or disabled account
     * @throws DatabaseOpenException    the database cannot be opened or the server not reached
     * @throws DatabaseDamagedException the password is right but the PC's file is damaged
     */
    SignedIn signIn(String login, char[] password) throws SignInRefused, DatabaseOpenException, DatabaseDamagedException;
}
