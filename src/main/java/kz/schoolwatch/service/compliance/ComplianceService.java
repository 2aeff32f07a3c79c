// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kz.schoolwatch.domain.CityCompliance;
import kz.schoolwatch.domain.ItemCompliance;
import kz.schoolwatch.domain.RequirementSet;
import kz.schoolwatch.domain.SchoolCompliance;
import kz.schoolwatch.domain.SchoolFacts;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.compliance.ComplianceFactsRepository;
import kz.schoolwatch.persistence.compliance.RequirementSets;
import kz.schoolwatch.persistence.store.Database;

/**
 * Whether schools are protected as the law requires, on any day (issue 21): the facts of that day judged against the
 * requirement set in force that day. Everybody who sees schools may see this; it changes nothing.
 */
public final class ComplianceService {

    /** Whether the city counts as a regional centre for the tiers by pupils; Almaty does unless set otherwise. */
    public static final String REGIONAL_CENTRE = String.join(".", "compliance", "regional", "centre");

    private final Database db;
    private final SettingsRepository settings;
    private final Clock clock;

    public ComplianceService(Database db, SettingsRepository settings, Clock clock) {
        this.db = db;
        this.settings = settings;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public boolean regionalCentre() {
        return settings.get(REGIONAL_CENTRE).map(Boolean::parseBoolean).orElse(true);
    }

    /** A school's compliance on {@code day}; no items when no requirement set was in force. */
    public SchoolCompliance forSchool(long schoolId, LocalDate day) {
        ComplianceRules rules = new ComplianceRules(regionalCentre());
        return db.read(dsl -> {
            List<SchoolFacts> facts = ComplianceFactsRepository.factsOfSchool(dsl, day, schoolId);
            if (facts.isEmpty()) {
                throw new IllegalArgumentException("no school " + schoolId);
            }
            Optional<RequirementSet> set = RequirementSets.validOn(dsl, day);
            SchoolFacts f = facts.get(0);
            return set.map(s -> rules.judge(f, s))
                    .orElseGet(() -> new SchoolCompliance(f.schoolId(), f.schoolNumber(), f.schoolName(), f.districtId(), day, List.of()));
        });
    }

    /** The city's schools open on {@code day}, each judged. */
    public CityCompliance forCity(LocalDate day) {
        return judge(day, null);
    }

    /** A district's schools open on {@code day}, each judged. */
    public CityCompliance forDistrict(int districtId, LocalDate day) {
        return judge(day, districtId);
    }

    private CityCompliance judge(LocalDate day, Integer districtId) {
        ComplianceRules rules = new ComplianceRules(regionalCentre());
        return db.read(dsl -> {
            Optional<RequirementSet> set = RequirementSets.validOn(dsl, day);
            List<SchoolFacts> facts = ComplianceFactsRepository.facts(dsl, day, districtId);
            List<SchoolCompliance> judged = set.isEmpty()
                    ? facts.stream().map(f -> new SchoolCompliance(f.schoolId(), f.schoolNumber(), f.schoolName(), f.districtId(), day, List.<ItemCompliance>of())).toList()
                    : facts.stream().map(f -> rules.judge(f, set.get())).toList();
            return new CityCompliance(day, set.orElse(null), judged);
        });
    }

    /** The requirement set in force on {@code day}, if any was yet: its name and day for the card's heading. */
    public Optional<RequirementSet> setOn(LocalDate day) {
        return db.read(dsl -> RequirementSets.validOn(dsl, day));
    }
}
