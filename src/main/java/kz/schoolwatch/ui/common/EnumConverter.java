// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.Arrays;

import javafx.util.StringConverter;
import kz.schoolwatch.i18n.Messages;

/** Shows enum constants in combo boxes through their message keys ({@code prefix.constant}). */
public final class EnumConverter<E extends Enum<E>> extends StringConverter<E> {

    private final Messages messages;
    private final String prefix;
    private final Class<E> type;

    public EnumConverter(Messages messages, String prefix, Class<E> type) {
        this.messages = messages;
        this.prefix = prefix;
        this.type = type;
    }

    @Override
    public String toString(E value) {
        return value == null ? "" : messages.of(prefix, value);
    }

    @Override
    public E fromString(String text) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> toString(e).equals(text)).findFirst().orElse(null);
    }
}
