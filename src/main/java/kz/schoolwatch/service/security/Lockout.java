// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import kz.schoolwatch.persistence.security.KeyRing;

/** Five wrong passwords in a row lock an account for fifteen minutes; a right one clears the count. */
final class Lockout {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final Clock clock;

    Lockout(Clock clock) {
        this.clock = clock;
    }

    /** When {@code login} is locked, until when. An expired lock is forgotten. */
    Optional<Instant> lockedUntil(KeyRing ring, String login) {
        Optional<Instant> until = ring.lockedUntil(login);
        if (until.isPresent() && !until.get().isAfter(clock.instant())) {
            ring.clearFailures(login);
            return Optional.empty();
        }
        return until;
    }

    /** Counts a failure; returns the lock's end if this one locked the account. */
    Optional<Instant> fail(KeyRing ring, String login) {
        int failures = ring.failures(login) + 1;
        ring.setFailures(login, failures);
        if (failures >= MAX_FAILURES) {
            Instant until = clock.instant().plus(LOCK);
            ring.lockUntil(login, until);
            return Optional.of(until);
        }
        return Optional.empty();
    }

    int attemptsLeft(KeyRing ring, String login) {
        return Math.max(0, MAX_FAILURES - ring.failures(login));
    }
}
