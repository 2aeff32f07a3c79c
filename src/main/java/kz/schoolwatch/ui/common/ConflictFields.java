// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import kz.schoolwatch.i18n.Messages;

/**
 * The fields of one kind of record as its conflict dialog shows them: each record component the form edits,
 * its label (the form's own label key) and how its value reads (an enum's name, a district's name instead of its
 * id). Also builds the record to save from two versions, component by component, since a form's record type
 * (e.g. {@code SchoolDetails}) is a Java record.
 *
 * @param <T> the record the form edits
 */
public final class ConflictFields<T extends Record> {

    /** How a field's stored value reads to the officer. */
    @FunctionalInterface
    public interface Display {
        String text(Messages messages, Object value);
    }

    /** As it is; a date as dd.MM.yyyy. */
    public static final Display AS_IS = (m, v) -> v instanceof LocalDate d ? Formats.date(d) : String.valueOf(v);

    /** An enum constant through its bundle names under {@code prefix} (as the form's choice list shows it). */
    public static Display named(String prefix) {
        return (m, v) -> m.of(prefix, (Enum<?>) v);
    }

    /** A reference (a district's id) by the name the form's list shows for it. */
    public static Display lookedUp(Function<Object, String> name) {
        return (m, v) -> name.apply(v);
    }

    /** A yes/no field as «Да»/«Нет». */
    public static final Display YES_NO = (m, v) -> m.get(Boolean.TRUE.equals(v) ? "common.yes" : "common.no");

    /** One field: the record component it is, its label's key, its value and how that reads. */
    public record Field<T>(String component, String labelKey, Function<T, ?> value, Display display) {

        /** Its value in {@code record} for comparing: blank text and none are the same, spaces around do not count. */
        public Object comparable(T record) {
            Object v = value.apply(record);
            if (v instanceof String s) {
                return s.isBlank() ? null : s.strip();
            }
            return v;
        }

        /** A value of this field as the officer reads it; empty for none. */
        public String text(Messages messages, Object comparable) {
            return comparable == null ? "" : display.text(messages, comparable);
        }
    }

    private final Class<T> type;
    private final List<Field<T>> fields = new ArrayList<>();

    private ConflictFields(Class<T> type) {
        this.type = type;
    }

    public static <T extends Record> ConflictFields<T> of(Class<T> type) {
        return new ConflictFields<>(type);
    }

    /** Adds a field whose value reads as it is. */
    public ConflictFields<T> add(String component, String labelKey, Function<T, ?> value) {
        return add(component, labelKey, value, AS_IS);
    }

    /** Adds a field whose value reads through {@code display}. */
    public ConflictFields<T> add(String component, String labelKey, Function<T, ?> value, Display display) {
        requireComponent(component);
        fields.add(new Field<>(component, labelKey, value, display));
        return this;
    }

    public List<Field<T>> fields() {
        return List.copyOf(fields);
    }

    /**
     * A record with {@code mine}'s value in each component named in {@code fromMine} and {@code theirs}'s in every
     * other, the version included: saved, it goes over what is stored now.
     */
    public T combine(T theirs, T mine, Set<String> fromMine) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                T from = fromMine.contains(components[i].getName()) ? mine : theirs;
                values[i] = components[i].getAccessor().invoke(from);
            }
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<T> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName() + " from two versions", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName() + " from two versions", e);
        }
    }

    /** The names of every component but those in {@code except}. */
    public Set<String> allComponentsExcept(String... except) {
        Set<String> names = new java.util.LinkedHashSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            names.add(c.getName());
        }
        names.removeAll(Arrays.asList(except));
        return names;
    }

    private void requireComponent(String component) {
        boolean known = Arrays.stream(type.getRecordComponents()).anyMatch(c -> c.getName().equals(component));
        if (!known) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no component " + component);
        }
        Objects.requireNonNull(component);
    }
}
