// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.DataChanges.Topic;
import org.jooq.DSLContext;

/**
 * The one way a service writes: runs the work in one durable transaction, turns a refusal into something the
 * user can read ({@link SaveErrors}) and, once the transaction has committed, tells open screens what changed.
 */
public final class Writes {

    /** The work of one write, given the transaction's jOOQ context. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(DSLContext tx);
    }

    private final Database db;
    private final DataChanges changes;

    public Writes(Database db, DataChanges changes) {
        this.db = Objects.requireNonNull(db);
        this.changes = changes;
    }

    private Writes(DataChanges changes) {
        this.db = null;
        this.changes = changes;
    }

    /** For a service whose repository commits each write in its own transaction (the settings). */
    public static Writes committedByRepository(DataChanges changes) {
        return new Writes(changes);
    }

    /** Writes and returns what {@code work} returns; publishes {@code topic} after the commit. */
    public <T> T save(Topic topic, Work<T> work, SaveErrors.Rule... rules) {
        return save(List.of(topic), work, rules);
    }

    /** Writes and publishes each of {@code topics}, in this order, after the commit. */
    public <T> T save(List<Topic> topics, Work<T> work, SaveErrors.Rule... rules) {
        T result = inTransaction(work, rules);
        topics.forEach(changes::publish);
        return result;
    }

    /** Writes what returns nothing; publishes {@code topic} after the commit. */
    public void run(Topic topic, Consumer<DSLContext> work, SaveErrors.Rule... rules) {
        save(topic, tx -> {
            work.accept(tx);
            return null;
        }, rules);
    }

    /**
     * Changes an existing row; {@code work} returns the rows it changed. None means someone deleted the row
     * meanwhile: that is refused, and nothing is published.
     */
    public void saveExisting(Topic topic, Work<Integer> work, SaveErrors.Rule... rules) {
        if (inTransaction(work, rules) == 0) {
            throw new SaveFailedException("common.error.gone", null);
        }
        changes.publish(topic);
    }

    /** A write no open screen shows (a password change): translated like any other, not published. */
    public <T> T saveUnpublished(Work<T> work, SaveErrors.Rule... rules) {
        return inTransaction(work, rules);
    }

    /** A write its repository commits itself; translated, then {@code topic} is published. */
    public void saveThroughRepository(Topic topic, Runnable committingWrite) {
        translated(() -> {
            committingWrite.run();
            return null;
        }, List.of());
        changes.publish(topic);
    }

    private <T> T inTransaction(Work<T> work, SaveErrors.Rule... rules) {
        Objects.requireNonNull(db, "this service's repository commits its own writes");
        return translated(() -> db.write(cfg -> work.apply(cfg.dsl())), List.of(rules));
    }

    private static <T> T translated(Supplier<T> write, List<SaveErrors.Rule> rules) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            throw SaveErrors.translate(e, rules);
        }
    }

    /** A trimmed text, or null when blank ({@link Validator#isBlank}): empty optional fields are stored as NULL. */
    static String clean(String text) {
        return Validator.isBlank(text) ? null : text.trim();
    }
}
