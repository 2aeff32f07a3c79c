// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import kz.schoolwatch.domain.MySchools;
import kz.schoolwatch.persistence.MySchoolsRepository;

/** The signed-in officer's own schools, visits due and overdue security checks: an inspector's landing screen. */
public final class MySchoolsService {

    private final MySchoolsRepository repository;
    private final SettingsService settings;
    private final Access access;
    private final Clock clock;

    public MySchoolsService(MySchoolsRepository repository, SettingsService settings, Access access, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.access = access;
        this.clock = clock;
    }

    /** Whether the signed-in account records work as an officer, i.e. has schools of its own to show. */
    public boolean hasOwnSchools() {
        return access.user().officerId() != null;
    }

    /**
     * The schools the signed-in account's officer is assigned to today, with the overdue-check days of the settings
     * (which also say when a visit is due). Empty for an account without an officer.
     */
    public MySchools mySchools() {
        LocalDate today = LocalDate.now(clock);
        int days = settings.overdueCheckDays();
        Long officer = access.user().officerId();
        return new MySchools(today, days, officer == null ? List.of() : repository.forOfficer(officer, today));
    }
}
