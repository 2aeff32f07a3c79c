// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.service.DataChanges.Topic;

/** The program's settings with their defaults: named accessors instead of loose keys across the code. */
public final class SettingsService {

    private final Access access;

    static final String OVERDUE_DAYS = "security.check.overdue.days";
    static final String SIGNATURE_RANK = "report.signature.rank";
    static final String SIGNATURE_NAME = "report.signature.name";
    static final String CURRENT_OFFICER = "pref.visit.officer.id";
    static final String SAVE_FOLDER = "pref.report.folder";
    static final String LANGUAGE = "pref.ui.language";
    public static final int SIGNATURE_MAX = 100;
    public static final int OVERDUE_MAX = 365;
    static final String IDLE_MINUTES = "security.idle.minutes";
    static final String REGIONAL_CENTRE = String.join(".", "compliance", "regional", "centre");
    public static final int IDLE_MAX = 240;
    /** camera.fault.limit.days, joined so that the bundles' check does not take it for a text's key. */
    static final String FAULT_LIMIT_DAYS = String.join(".", "camera", "fault", "limit", "days");
    public static final int FAULT_LIMIT_MAX = 365;
    /** Days a camera's fault may stay open before it shows in red, unless set (issue 21). */
    public static final int FAULT_LIMIT_DEFAULT = 14;

    private final SettingsRepository repository;
    private final Writes writes;

    public SettingsService(SettingsRepository repository, DataChanges changes, Access access) {
        this.access = access;
        this.repository = repository;
        this.writes = Writes.committedByRepository(changes);
    }

    /** Days after which a school's last security check counts as overdue (90 unless set). */
    public int overdueCheckDays() {
        return repository.get(OVERDUE_DAYS).map(Integer::parseInt).orElse(90);
    }

    public void setOverdueCheckDays(int days) {
        access.require(Permission.MANAGE_SETTINGS);
        new Validator().range("overdueDays", days, 1, OVERDUE_MAX).throwIfInvalid();
        writes.saveThroughRepository(Topic.SETTINGS, () -> repository.put(OVERDUE_DAYS, Integer.toString(days)));
    }

    /** Days a camera's fault may stay open before it counts as overdue and shows in red (14 unless set). */
    public int faultLimitDays() {
        return repository.get(FAULT_LIMIT_DAYS).map(Integer::parseInt).orElse(FAULT_LIMIT_DEFAULT);
    }

    public void setFaultLimitDays(Integer days) {
        access.require(Permission.MANAGE_SETTINGS);
        new Validator().required("faultLimitDays", days).range("faultLimitDays", days, 0, FAULT_LIMIT_MAX).throwIfInvalid();
        writes.saveThroughRepository(Topic.SETTINGS, () -> repository.put(FAULT_LIMIT_DAYS, Integer.toString(days)));
    }

    /**
     * Rank the signed-in account signs monthly summaries with, e.g. «майор полиции»; empty until it set one.
     * Each officer signs their own summaries, so this is the account's, not the computer's.
     */
    public String signatureRank() {
        return repository.getForAccount(access.user().id(), SIGNATURE_RANK).orElse("");
    }

    /** Name the signed-in account signs with, e.g. «Т. Исин»; empty until it set one. */
    public String signatureName() {
        return repository.getForAccount(access.user().id(), SIGNATURE_NAME).orElse("");
    }

    /** Sets the signed-in account's own signature: rank and name, both required, up to 100 characters each. */
    public void setSignature(String rank, String name) {
        new Validator().required("signatureRank", rank).maxLength("signatureRank", rank, SIGNATURE_MAX)
                .required("signatureName", name).maxLength("signatureName", name, SIGNATURE_MAX).throwIfInvalid();
        Map<String, String> signature = Map.of(SIGNATURE_RANK, rank.trim(), SIGNATURE_NAME, name.trim());
        writes.saveThroughRepository(Topic.SETTINGS, () -> repository.putForAccount(access.user().id(), signature));
    }

    /** The folder the signed-in account last saved a report in, if any. */
    public Optional<String> lastSaveFolder() {
        return repository.getForAccount(access.user().id(), SAVE_FOLDER);
    }

    /** Remembers {@code folder} as where the signed-in account saves reports; not a change others need to see. */
    public void setLastSaveFolder(String folder) {
        repository.putForAccount(access.user().id(), Map.of(SAVE_FOLDER, folder));
    }

    /** The language the signed-in account last chose (kk, ru or en), if it ever chose one. */
    public Optional<Language> language() {
        return repository.getForAccount(access.user().id(), LANGUAGE).flatMap(Language::ofCode);
    }

    /**
     * Remembers {@code language} as the signed-in account's own, for its next sign-in on any PC of the unit. Not a
     * change others need to see, and no audit entry of its own: the trail records the row like any other.
     */
    public void setLanguage(Language language) {
        repository.putForAccount(access.user().id(), Map.of(LANGUAGE, language.code()));
    }

    /** Minutes without a key press or a mouse move after which the screen locks (15 unless set). */
    public int idleMinutes() {
        return repository.get(IDLE_MINUTES).map(Integer::parseInt).orElse(15);
    }

    public void setIdleMinutes(Integer minutes) {
        access.require(Permission.MANAGE_SETTINGS);
        new Validator().required("idleMinutes", minutes).range("idleMinutes", minutes, 1, IDLE_MAX).throwIfInvalid();
        writes.saveThroughRepository(Topic.SETTINGS, () -> repository.put(IDLE_MINUTES, Integer.toString(minutes)));
    }

    /**
     * The officer new visits start with: the signed-in account's own officer, else the one this account chose
     * with «Это я». Another account's choice never shows here.
     */
    public OptionalLong currentOfficerId() {
        if (access.user().officerId() != null) {
            return OptionalLong.of(access.user().officerId());
        }
        Optional<String> v = repository.getForAccount(access.user().id(), CURRENT_OFFICER);
        return v.isPresent() ? OptionalLong.of(Long.parseLong(v.get())) : OptionalLong.empty();
    }

    /** «Это я»: remembers {@code officerId} for the signed-in account only. */
    public void setCurrentOfficerId(long officerId) {
        Map<String, String> me = Map.of(CURRENT_OFFICER, Long.toString(officerId));
        writes.saveThroughRepository(Topic.SETTINGS, () -> repository.putForAccount(access.user().id(), me));
    }

    /**
     * Whether the city is a regional centre: its every school then needs the items for the biggest schools (a
     * guard, turnstiles), issue 21. True unless set: the program is Almaty's.
     */
    public boolean regionalCentre() {
        return repository.get(REGIONAL_CENTRE).map(Boolean::parseBoolean).orElse(true);
    }

    public void setRegionalCentre(boolean regionalCentre) {
        access.require(Permission.EDIT_REQUIREMENTS);
        writes.saveThroughRepository(Topic.SETTINGS, () -> repository.put(REGIONAL_CENTRE, Boolean.toString(regionalCentre)));
    }
}
