// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.FieldError;

/** Puts a service's field errors next to the fields of one form, in the user's language. */
public final class FormErrors {

    private final Messages messages;
    private final Map<String, FormField> fields = new LinkedHashMap<>();

    public FormErrors(Messages messages) {
        this.messages = messages;
    }

    /** Registers the field the service calls {@code name}. */
    public FormField register(String name, FormField field) {
        fields.put(name, field);
        return field;
    }

    /** Clears old errors and shows {@code errors}; returns those with no field on this form. */
    public List<FieldError> show(List<FieldError> errors) {
        clear();
        Map<String, StringBuilder> byField = new LinkedHashMap<>();
        List<FieldError> unplaced = new ArrayList<>();
        for (FieldError e : errors) {
            if (!fields.containsKey(e.field())) {
                unplaced.add(e);
                continue;
            }
            StringBuilder sb = byField.computeIfAbsent(e.field(), k -> new StringBuilder());
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(text(e));
        }
        byField.forEach((name, text) -> fields.get(name).setError(text.toString()));
        if (!byField.isEmpty()) {
            fields.get(byField.keySet().iterator().next()).control().requestFocus();
        }
        return unplaced;
    }

    /** Makes every registered field keep a line for its error (see {@link FormField#reserveErrorSpace()}). */
    public void reserveErrorSpace() {
        fields.values().forEach(FormField::reserveErrorSpace);
    }

    public String text(FieldError e) {
        return messages.get(e.messageKey(), e.args().toArray());
    }

    public void clear() {
        fields.values().forEach(f -> f.setError(null));
    }
}
