// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.CameraViewArea;
import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.i18n.Messages;

/**
 * The words a contractor's list uses for a camera's placement, status and view: the names the program itself
 * shows (from the bundle, so a renamed label still reads back), the constant's own name, and the common words in
 * Russian, Kazakh and English. A cell matches a value when it starts with one of its word stems, so «наружные»,
 * «Наружная камера» and «наружн.» all read as outdoor. Stems are tried in the order given: «неисправна» is faulty
 * before «исправна» could be read as working.
 */
final class CameraLabels {

    private static final CameraLabels INSTANCE = new CameraLabels(Messages.russian());

    private final Map<String, CameraPlacement> placements = new LinkedHashMap<>();
    private final Map<String, CameraStatus> statuses = new LinkedHashMap<>();
    private final Map<String, CameraViewArea> areas = new LinkedHashMap<>();

    private CameraLabels(Messages messages) {
        words(placements, CameraPlacement.OUTDOOR, "наруж", "улич", "внешн", "снаруж", "сыртқы", "сырткы", "outdoor", "outside", "external");
        words(placements, CameraPlacement.INDOOR, "внутр", "ішкі", "ішкі", "ишки", "iшкi", "indoor", "inside", "internal");
        own(placements, messages, "camera.placement", CameraPlacement.values());

        words(statuses, CameraStatus.DISMANTLED, "демонтир", "демонтаж", "снят", "убран", "бөлшектел", "алынған", "алынды", "dismantled", "removed");
        words(statuses, CameraStatus.FAULTY, "неисправ", "не исправ", "не работ", "неработ", "сломан", "ақаулы", "істемейді",
                "жұмыс істемейді", "faulty", "broken", "not working", "out of order", "defective");
        words(statuses, CameraStatus.WORKING, "исправн", "работ", "рабоч", "в работе", "жұмыс істейді", "істейді", "жарамды", "ақаусыз",
                "working", "works", "ok", "operational");
        own(statuses, messages, "camera.status", CameraStatus.values());

        words(areas, CameraViewArea.ENTRANCE, "вход", "кіреберіс", "кіру", "entrance", "entry");
        words(areas, CameraViewArea.CORRIDOR, "коридор", "дәліз", "corridor", "hall");
        words(areas, CameraViewArea.YARD, "двор", "территор", "аула", "yard");
        words(areas, CameraViewArea.STAIRS, "лестн", "баспалдақ", "stair");
        words(areas, CameraViewArea.PERIMETER, "периметр", "огражд", "забор", "қоршау", "perimeter", "fence");
        words(areas, CameraViewArea.CLASSROOM, "класс", "кабинет", "сынып", "classroom", "class");
        words(areas, CameraViewArea.CANTEEN, "столов", "буфет", "асхана", "canteen", "dining");
        words(areas, CameraViewArea.GYM, "спорт", "gym", "sport");
        words(areas, CameraViewArea.OTHER, "друг", "проч", "иное", "басқа", "other");
        own(areas, messages, "camera.area", CameraViewArea.values());
    }

    static CameraLabels get() {
        return INSTANCE;
    }

    Optional<CameraPlacement> placement(String text) {
        return find(placements, text);
    }

    Optional<CameraStatus> status(String text) {
        return find(statuses, text);
    }

    Optional<CameraViewArea> viewArea(String text) {
        return find(areas, text);
    }

    @SafeVarargs
    private static <E extends Enum<E>> void words(Map<String, E> map, E value, String... stems) {
        for (String stem : stems) {
            map.putIfAbsent(normal(stem), value);
        }
    }

    /**
     * The program's own name for each value (in the language spoken, then in the other two, so a list saved by a
     * colleague working in another language reads too) and the constant's name, after the common words.
     */
    private static <E extends Enum<E>> void own(Map<String, E> map, Messages messages, String prefix, E[] values) {
        for (E value : values) {
            map.putIfAbsent(normal(messages.of(prefix, value)), value);
            for (Language language : Language.values()) {
                map.putIfAbsent(normal(Messages.of(language).of(prefix, value)), value);
            }
            map.putIfAbsent(normal(value.name()), value);
        }
    }

    private static <E> Optional<E> find(Map<String, E> map, String text) {
        String s = normal(text);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        E exact = map.get(s);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (Map.Entry<String, E> e : map.entrySet()) {
            if (s.startsWith(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** Lower case, «ё» as «е», inner spaces single, trailing dots and spaces gone. */
    static String normal(String text) {
        return text == null ? ""
                : text.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('\u00a0', ' ').replaceAll("\\s+", " ")
                        .replaceAll("[.\\s]+$", "").strip();
    }
}
