// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench.load;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * A record with one component changed, by the component's name. The load run edits records the way a form does
 * (the record as read, one field changed); reading the components by name keeps it right when a record gains a
 * component, as cameras gain their version (issue 18).
 */
final class RecordCopies {

    private RecordCopies() {
    }

    static <T extends Record> T with(T record, String component, Object value) {
        RecordComponent[] parts = record.getClass().getRecordComponents();
        Object[] values = new Object[parts.length];
        Class<?>[] types = new Class<?>[parts.length];
        boolean found = false;
        try {
            for (int i = 0; i < parts.length; i++) {
                types[i] = parts[i].getType();
                boolean changed = parts[i].getName().equals(component);
                found |= changed;
                values[i] = changed ? value : parts[i].getAccessor().invoke(record);
            }
            if (!found) {
                throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + component);
            }
            @SuppressWarnings("unchecked")
            T copy = (T) record.getClass().getDeclaredConstructor(types).newInstance(values);
            return copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(), e);
        }
    }

    /** Whether records of {@code type} carry {@code component}. */
    static boolean has(Class<? extends Record> type, String component) {
        return Arrays.stream(type.getRecordComponents()).anyMatch(c -> c.getName().equals(component));
    }
}
