// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import static kz.schoolwatch.domain.ImportField.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.schoolwatch.domain.ImportField;
import kz.schoolwatch.domain.ImportKind;
import kz.schoolwatch.domain.ImportMapping;

/**
 * Which header text names which field, in Russian, Kazakh and English, as the unit's lists head their columns.
 * A header cell names a field when it holds all the words of one of the field's synonyms, in any form and with
 * other words around («Кол-во камер наружных, шт.»); the synonym with the most words wins, and a cell with
 * fewer words besides. A synonym written {@code =…} must be the whole cell («№», «Школа»): alone these words say
 * too little to be found inside a longer header.
 */
final class HeaderWords {

    private static final Map<ImportField, List<String>> SYNONYMS = new EnumMap<>(ImportField.class);

    static {
        // The first synonym of each field heads its column in the template.
        put(SCHOOL_NUMBER, "№ школы", "Номер школы", "Школа №", "Номер организации образования", "Мектеп №", "Мектеп нөмірі",
                "School No", "School number", "=Номер", "=№");
        put(SCHOOL_NAME, "Наименование", "Наименование школы", "Название", "Название школы", "Полное наименование",
                "Организация образования", "Атауы", "Мектеп атауы", "Name", "School name");
        put(SCHOOL_DISTRICT, "Район", "Административный район", "Аудан", "Ауданы", "District");
        put(SCHOOL_TYPE, "Тип", "Тип школы", "Вид организации", "Түрі", "Мектеп түрі", "Type", "School type");
        put(SCHOOL_OWNERSHIP, "Форма собственности", "Собственность", "Меншік нысаны", "Меншік", "Ownership");
        put(SCHOOL_LANGUAGE, "Язык обучения", "Язык", "Оқыту тілі", "Тілі", "Language");
        put(SCHOOL_ADDRESS, "Адрес", "Мекенжай", "Мекенжайы", "Мекен жайы", "Address");
        put(SCHOOL_DIRECTOR, "Директор", "ФИО директора", "Руководитель", "Директоры", "Director", "Principal");
        put(SCHOOL_PHONE, "Телефон", "Номер телефона", "Телефон школы", "Тел", "Phone", "Telephone");
        put(SCHOOL_PUPILS, "Число учащихся", "Количество учащихся", "Учащихся", "Контингент", "Оқушылар саны", "Оқушылар",
                "Pupils", "Students");
        put(SCHOOL_ENTRANCES, "Входов", "Число входов", "Количество входов", "Кіреберістер саны", "Entrances");
        put(SCHOOL_FLOORS, "Этажей", "Этажность", "Число этажей", "Количество этажей", "Қабаттар саны", "Floors");

        put(CAMERA_SCHOOL_NUMBER, "№ школы", "Номер школы", "Школа №", "Мектеп №", "Мектеп нөмірі", "School No",
                "School number", "=Школа", "=Мектеп", "=School", "=Номер", "=№");
        put(CAMERA_PLACEMENT, "Размещение", "Расположение", "Снаружи или внутри", "Орналасуы", "Placement", "Location");
        put(CAMERA_VIEW_AREA, "Зона обзора", "Место установки", "Обзор", "Шолу аймағы", "View area", "Area");
        put(CAMERA_STATUS, "Состояние", "Статус", "Исправность", "Жағдайы", "Күйі", "Status", "Condition");
        put(CAMERA_MODEL, "Модель", "Модель камеры", "Марка", "Үлгісі", "Моделі", "Model");
        put(CAMERA_INSTALLED_ON, "Дата установки", "Установлена", "Орнатылған күні", "Installed on", "Installed",
                "Installation date");
        put(CAMERA_CONNECTED, "Подключена к ЦОУ", "ЦОУ", "Подключение к ЦОУ", "ЖБО", "ЖБО қосылған", "Connected",
                "Connected to ЦОУ");
        put(CAMERA_NOTE, "Примечание", "Комментарий", "Ескерту", "Ескертпе", "Note", "Comment");
        put(CAMERA_OUTDOOR_COUNT, "Камеры наружные", "Наружные камеры", "Наружные", "Камеры снаружи", "Сыртқы камералар",
                "Сыртқы", "Outdoor cameras", "Outdoor");
        put(CAMERA_INDOOR_COUNT, "Камеры внутренние", "Внутренние камеры", "Внутренние", "Камеры внутри", "Ішкі камералар",
                "Ішкі", "Indoor cameras", "Indoor");

        put(OFFICER_BADGE, "Жетон №", "Номер жетона", "№ жетона", "Жетон", "Личный номер", "Жетон нөмірі", "Badge",
                "Badge number");
        put(OFFICER_LAST_NAME, "Фамилия", "Тегі", "Last name", "Surname");
        put(OFFICER_FIRST_NAME, "Имя", "Аты", "First name", "=Name");
        put(OFFICER_MIDDLE_NAME, "Отчество", "Әкесінің аты", "Middle name", "Patronymic");
        put(OFFICER_RANK, "Звание", "Специальное звание", "Атағы", "Арнаулы атағы", "Rank");
        put(OFFICER_DISTRICT, "Район", "Район обслуживания", "Аудан", "Ауданы", "District");
        put(OFFICER_PHONE, "Телефон", "Номер телефона", "Мобильный телефон", "Тел", "Ұялы телефон", "Phone", "Mobile");
        put(OFFICER_ACTIVE, "Работает", "Действующий", "Активен", "Жұмыс істейді", "Active");
    }

    private static void put(ImportField field, String... words) {
        SYNONYMS.put(field, List.of(words));
    }

    private HeaderWords() {
    }

    /** The field's name as the template heads its column (the first Russian synonym). */
    static String title(ImportField field) {
        return SYNONYMS.get(field).get(0);
    }

    /** Every synonym of {@code field}, the first as the template writes it. */
    static List<String> synonyms(ImportField field) {
        return SYNONYMS.get(field).stream().map(s -> s.startsWith("=") ? s.substring(1) : s).toList();
    }

    /**
     * How well {@code cell} names {@code field}: 0 not at all, else ten for each word of the best synonym found
     * less one for each other word of the cell.
     */
    static int match(ImportField field, String cell) {
        List<String> words = Words.tokens(cell);
        if (words.isEmpty() || isRowCounter(words)) {
            return 0;
        }
        int best = 0;
        for (String synonym : SYNONYMS.get(field)) {
            boolean whole = synonym.startsWith("=");
            List<String> wanted = Words.tokens(whole ? synonym.substring(1) : synonym);
            if (whole && words.size() != wanted.size()) {
                continue;
            }
            if (containsAll(words, wanted)) {
                best = Math.max(best, 10 * wanted.size() - (words.size() - wanted.size()));
            }
        }
        return Math.max(best, 0);
    }

    /** «№ п/п», «п/п»: the row's place in the list, never a school's number. */
    private static boolean isRowCounter(List<String> words) {
        String joined = String.join(" ", words);
        return joined.contains("п п") || words.contains("пп") || joined.equals("номер п");
    }

    private static boolean containsAll(List<String> words, List<String> wanted) {
        Set<Integer> used = new HashSet<>();
        for (String w : wanted) {
            boolean found = false;
            for (int i = 0; i < words.size() && !found; i++) {
                if (!used.contains(i) && Words.sameWord(words.get(i), w)) {
                    used.add(i);
                    found = true;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * The mapping the header's words propose: each column to the field it names best, the best matches first,
     * each field and each column used once.
     */
    static ImportMapping propose(ImportKind kind, List<String> header) {
        record Candidate(ImportField field, int column, int score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (ImportField field : ImportField.of(kind)) {
            for (int c = 0; c < header.size(); c++) {
                int score = match(field, header.get(c));
                if (score > 0) {
                    candidates.add(new Candidate(field, c, score));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::score).reversed()
                .thenComparingInt(Candidate::column).thenComparing(Candidate::field));
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        Set<Integer> taken = new HashSet<>();
        for (Candidate c : candidates) {
            if (!columns.containsKey(c.field()) && !taken.contains(c.column())) {
                columns.put(c.field(), c.column());
                taken.add(c.column());
            }
        }
        return new ImportMapping(kind, columns);
    }

    /**
     * How surely {@code header} is the header row of a {@code kind} list, for the reader to find its sheet and row:
     * 0 unless it names the kind's key field (school number, badge), else the number of fields it names.
     */
    static int score(ImportKind kind, List<String> header) {
        ImportMapping mapping = propose(kind, header);
        boolean keyNamed = mapping.columns().keySet().stream().anyMatch(ImportField::isKey);
        return keyNamed ? mapping.columns().size() : 0;
    }
}
