// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import kz.schoolwatch.domain.Ownership;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.domain.TeachingLanguage;
import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.i18n.Messages;

/**
 * A school's type, ownership and language read from the words a list uses: the program's own names in its three
 * languages (from the bundles, so a list exported by SchoolWatch reads back), the constants' names, and the usual short, Kazakh
 * and English words.
 */
final class EnumWords<E extends Enum<E>> {

    private final Map<String, E> words = new HashMap<>();

    private EnumWords(Class<E> type, Messages messages, String prefix) {
        for (E e : type.getEnumConstants()) {
            add(messages.of(prefix, e), e);
            // The same names in the other two languages: a list saved in Kazakh or English reads back as well.
            for (Language language : Language.values()) {
                add(Messages.of(language).of(prefix, e), e);
            }
            add(e.name(), e);
        }
    }

    private EnumWords<E> add(String word, E value) {
        words.putIfAbsent(Words.normalise(word.replace('_', ' ')), value);
        return this;
    }

    private EnumWords<E> add(E value, String... aliases) {
        for (String a : aliases) {
            add(a, value);
        }
        return this;
    }

    Optional<E> read(String text) {
        return Optional.ofNullable(words.get(Words.normalise(text)));
    }

    static EnumWords<SchoolType> schoolTypes(Messages messages) {
        return new EnumWords<>(SchoolType.class, messages, "school.type")
                .add(SchoolType.GENERAL, "Общеобразовательная", "Общеобразовательная школа", "СОШ", "Школа", "ОШ",
                        "Средняя школа", "Средняя общеобразовательная школа", "Жалпы білім беретін мектеп", "Мектеп",
                        "General", "Secondary school", "School")
                .add(SchoolType.SCHOOL_GYMNASIUM, "Школа гимназия", "Мектеп гимназия", "School gymnasium")
                .add(SchoolType.GYMNASIUM, "Гимназия", "Gymnasium")
                .add(SchoolType.LYCEUM, "Лицей", "Lyceum")
                .add(SchoolType.SCHOOL_LYCEUM, "Школа лицей", "Мектеп лицей", "School lyceum")
                .add(SchoolType.SPECIALISED, "Специализированная школа", "Специализированная", "Мамандандырылған",
                        "Specialised", "Specialized");
    }

    static EnumWords<Ownership> ownerships(Messages messages) {
        return new EnumWords<>(Ownership.class, messages, "school.ownership")
                .add(Ownership.STATE, "Гос", "Государственная", "Государственный", "Коммунальная", "КГУ",
                        "Мемлекеттік", "State", "Public")
                .add(Ownership.PRIVATE, "Частная", "Частный", "Жеке", "Жекеменшік", "Private");
    }

    static EnumWords<TeachingLanguage> languages(Messages messages) {
        return new EnumWords<>(TeachingLanguage.class, messages, "school.language")
                .add(TeachingLanguage.KAZAKH, "Каз", "Казахский", "Казахский язык", "Қазақ", "Қазақша", "Қазақ тілі",
                        "Kazakh")
                .add(TeachingLanguage.RUSSIAN, "Рус", "Русский", "Русский язык", "Орыс", "Орысша", "Орыс тілі", "Russian")
                .add(TeachingLanguage.KAZAKH_RUSSIAN, "Каз/рус", "Каз рус", "Казахский/русский", "Казахский, русский",
                        "Смешанный", "Смешанная", "Қазақ және орыс", "Қазақ орыс", "Аралас", "Kazakh and Russian",
                        "Kazakh/Russian", "Mixed")
                .add(TeachingLanguage.OTHER, "Другой", "Иной", "Басқа", "Other");
    }

    /** For messages: the constant's name in lower case, as the bundle keys end. */
    static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
