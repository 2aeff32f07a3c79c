// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import kz.schoolwatch.domain.Role;

/**
 * What the officers of a load run report having saved: each officer's own counts, and how many successful saves
 * each shared school and camera received, which the stored records must show afterwards (else an update was lost).
 */
final class Ledger {

    /** One officer's report. Only its own thread writes it; it is read after that thread ended. */
    static final class Tally {
        final String login;
        final Role role;
        final Map<String, Integer> saved = new TreeMap<>();
        int conflicts;
        int errors;
        /** The first few errors' texts. */
        final List<String> errorTexts = new ArrayList<>();

        Tally(String login, Role role) {
            this.login = login;
            this.role = role;
        }

        void saved(String kind) {
            saved.merge(kind, 1, Integer::sum);
        }

        int saved(String kind, int none) {
            return saved.getOrDefault(kind, none);
        }
    }

    private final Map<Long, LongAdder> schoolSaves = new ConcurrentHashMap<>();
    private final Map<Long, LongAdder> cameraSaves = new ConcurrentHashMap<>();

    void schoolSaved(long id) {
        schoolSaves.computeIfAbsent(id, k -> new LongAdder()).increment();
    }

    void cameraSaved(long id) {
        cameraSaves.computeIfAbsent(id, k -> new LongAdder()).increment();
    }

    long schoolSaves(long id) {
        LongAdder n = schoolSaves.get(id);
        return n == null ? 0 : n.sum();
    }

    long cameraSaves(long id) {
        LongAdder n = cameraSaves.get(id);
        return n == null ? 0 : n.sum();
    }
}
