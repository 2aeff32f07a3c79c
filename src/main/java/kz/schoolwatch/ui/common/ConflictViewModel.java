// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import kz.schoolwatch.i18n.Messages;

/**
 * A save that met someone else's change: the record as the form opened it (base), as stored now (theirs) and as
 * typed (mine), field by field. The officer keeps theirs, applies theirs over with their own, or merges, choosing
 * per field; as in JabRef's shared-database dialog. Nothing is lost meanwhile: the form keeps what was typed until
 * the officer chooses.
 *
 * @param <T> the record the form edits; its {@code version} component is taken from theirs whatever is chosen
 */
public final class ConflictViewModel<T extends Record> {

    /** Whose value a field keeps. */
    public enum Side { THEIRS, MINE }

    /** What the officer chose for the whole record. */
    public enum Resolution {
        /** Their version stays; the form shows it and what was typed is dropped. */
        KEEP_THEIRS,
        /** Every field as typed, saved over their version. */
        APPLY_MINE,
        /** Per field, as chosen in {@link Row#choiceProperty()}, saved over their version. */
        MERGE
    }

    /** One field someone changed: its three values and whose value the merge keeps. */
    public static final class Row {
        private final ConflictFields.Field<?> field;
        private final Object base;
        private final Object theirs;
        private final Object mine;
        private final ObjectProperty<Side> choice;

        Row(ConflictFields.Field<?> field, Object base, Object theirs, Object mine) {
            this.field = field;
            this.base = base;
            this.theirs = theirs;
            this.mine = mine;
            // What only one side changed keeps that change; where both changed it differently, the officer's own
            // typing is offered first, and the dialog marks the row so it is looked at.
            this.choice = new SimpleObjectProperty<>(changedByMe() ? Side.MINE : Side.THEIRS);
        }

        public String component() {
            return field.component();
        }

        public String labelKey() {
            return field.labelKey();
        }

        /** The field's value as {@code side} has it (or, for null, as the form opened it), as the officer reads it. */
        public String text(Messages messages, Side side) {
            return field.text(messages, side == null ? base : side == Side.THEIRS ? theirs : mine);
        }

        public boolean changedByThem() {
            return !Objects.equals(theirs, base);
        }

        public boolean changedByMe() {
            return !Objects.equals(mine, base);
        }

        /** Both sides changed the field, to different values: one of them must give way. */
        public boolean clash() {
            return changedByThem() && changedByMe() && choosable();
        }

        /** Whether choosing makes a difference: the two values differ. */
        public boolean choosable() {
            return !Objects.equals(theirs, mine);
        }

        public ObjectProperty<Side> choiceProperty() {
            return choice;
        }
    }

    private final ConflictFields<T> fields;
    private final T theirs;
    private final T mine;
    private final List<Row> rows = new ArrayList<>();
    private final Consumer<T> show;
    private final Consumer<T> save;

    /**
     * @param show shows a record in the form without saving it (their version kept)
     * @param save shows a record in the form and saves it (mine or the merge, carrying their version)
     */
    public ConflictViewModel(ConflictFields<T> fields, T base, T theirs, T mine, Consumer<T> show, Consumer<T> save) {
        this.fields = fields;
        this.theirs = theirs;
        this.mine = mine;
        this.show = show;
        this.save = save;
        for (ConflictFields.Field<T> f : fields.fields()) {
            Object b = f.comparable(base);
            Object t = f.comparable(theirs);
            Object m = f.comparable(mine);
            if (!Objects.equals(t, b) || !Objects.equals(m, b)) {
                rows.add(new Row(f, b, t, m));
            }
        }
    }

    /** The fields either side changed, in the form's order. */
    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** True when someone else changed a field the officer changed too, to something else. */
    public boolean hasClash() {
        return rows.stream().anyMatch(Row::clash);
    }

    public T theirs() {
        return theirs;
    }

    /** The record {@code resolution} makes: theirs, mine over theirs' version, or the per-field merge. */
    public T result(Resolution resolution) {
        return switch (resolution) {
            case KEEP_THEIRS -> theirs;
            case APPLY_MINE -> fields.combine(theirs, mine, fields.allComponentsExcept("version"));
            case MERGE -> fields.combine(theirs, mine, chosenMine());
        };
    }

    /** Carries out the officer's choice through the form. */
    public void resolve(Resolution resolution) {
        T result = result(resolution);
        if (resolution == Resolution.KEEP_THEIRS) {
            show.accept(result);
        } else {
            save.accept(result);
        }
    }

    private Set<String> chosenMine() {
        Set<String> names = new HashSet<>();
        for (Row r : rows) {
            if (r.choiceProperty().get() == Side.MINE) {
                names.add(r.component());
            }
        }
        return names;
    }
}
