// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.Role;

/**
 * The demo city's two accounts, so that a newcomer can see the program as a head of unit and as an inspector.
 * Their password is printed in the demo's notice: the demo city is made-up data, loaded only into an empty
 * database, and the administrator can disable both accounts like any other.
 */
public final class DemoAccounts {

    public static final String HEAD = "nachalnik";
    public static final String INSPECTOR = "inspektor";
    public static final String PASSWORD = "Demo-2026-shkola";

    private DemoAccounts() {
    }

    public static void create(AppContext context) {
        var accounts = context.accounts();
        accounts.createDemoAccount(new AccountDraft(HEAD, context.messages().get("demo.account.head"), Role.HEAD, null, null),
                PASSWORD.toCharArray());
        Lookup officer = context.lookups().activeOfficers().get(0);
        accounts.createDemoAccount(new AccountDraft(INSPECTOR, officer.name(), Role.INSPECTOR, officer.id(), null), PASSWORD.toCharArray());
    }
}
