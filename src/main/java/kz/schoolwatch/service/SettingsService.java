// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.util.Optional;
import java.util.OptionalLong;

import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.persistence.SettingsRepository;

/** The program's settings with their defaults: named accessors instead of loose keys across the code. */
public final class SettingsService {

    private final Access access;

    static final String OVERDUE_DAYS = "security.check.overdue.days";
    static final String SIGNATURE_RANK = "report.signature.rank";
    static final String SIGNATURE_NAME = "report.signature.name";
    static final String CURRENT_OFFICER = "user.current.officer.id";
    static final String IDLE_MINUTES = "security.idle.minutes";
    public static final int IDLE_MAX = 240;

    private final SettingsRepository repository;
    private final DataChanges changes;

    public SettingsService(SettingsRepository repository, DataChanges changes, Access access) {
        this.access = access;
        this.repository = repository;
        this.changes = changes;
    }

    /** Days after which a school's last security check counts as overdue (90 unless set). */
    public int overdueCheckDays() {
        return repository.get(OVERDUE_DAYS).map(Integer::parseInt).orElse(90);
    }

    public void setOverdueCheckDays(int days) {
        access.require(Permission.MANAGE_SETTINGS);
        new Validator().range("overdueDays", days, 1, 3650).throwIfInvalid();
        repository.put(OVERDUE_DAYS, Integer.toString(days));
        changes.publish(DataChanges.Topic.SETTINGS);
    }

    /** Rank for the signature block of printed summaries, e.g. «майор полиции». */
    public String signatureRank() {
        return repository.get(SIGNATURE_RANK).orElse("");
    }

    /** Name for the signature block, e.g. «Т. Исин». */
    public String signatureName() {
        return repository.get(SIGNATURE_NAME).orElse("");
    }

    public void setSignature(String rank, String name) {
        if (!access.can(Permission.MONTHLY_SUMMARY)) {
            access.require(Permission.MANAGE_SETTINGS);
        }
        new Validator().required("signatureRank", rank).maxLength("signatureRank", rank, 100)
                .required("signatureName", name).maxLength("signatureName", name, 100).throwIfInvalid();
        repository.put(SIGNATURE_RANK, rank.trim());
        repository.put(SIGNATURE_NAME, name.trim());
        changes.publish(DataChanges.Topic.SETTINGS);
    }

    /** Minutes without a key press or a mouse move after which the screen locks (15 unless set). */
    public int idleMinutes() {
        return repository.get(IDLE_MINUTES).map(Integer::parseInt).orElse(15);
    }

    public void setIdleMinutes(Integer minutes) {
        access.require(Permission.MANAGE_SETTINGS);
        new Validator().required("idleMinutes", minutes).range("idleMinutes", minutes, 1, IDLE_MAX).throwIfInvalid();
        repository.put(IDLE_MINUTES, Integer.toString(minutes));
        changes.publish(DataChanges.Topic.SETTINGS);
    }

    /**
     * The officer who uses this copy of the program (default for new visits): the signed-in account's officer,
     * else the one chosen before accounts existed.
     */
    public OptionalLong currentOfficerId() {
        if (access.user().officerId() != null) {
            return OptionalLong.of(access.user().officerId());
        }
        Optional<String> v = repository.get(CURRENT_OFFICER);
        return v.isPresent() ? OptionalLong.of(Long.parseLong(v.get())) : OptionalLong.empty();
    }

    public void setCurrentOfficerId(long officerId) {
        repository.put(CURRENT_OFFICER, Long.toString(officerId));
        changes.publish(DataChanges.Topic.SETTINGS);
    }
}
