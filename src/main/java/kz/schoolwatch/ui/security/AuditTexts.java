// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.schoolwatch.i18n.Messages;

/**
 * The audit trail's subjects and details as the audit screen shows them. The program stores short English codes
 * («exit», «demo city», «generated school_visit»): they are part of each entry's hash, so they stay as written,
 * and the screen reads them in the user's language. A code the bundle does not know shows as it is.
 */
final class AuditTexts {

    private static final Pattern GENERATED = Pattern.compile("generated (\\w+)");
    private static final Pattern FAILED_ATTEMPTS = Pattern.compile("(\\d+) failed attempts");
    /** Details that carry a figure or a name, each read by the bundle key after it. */
    private static final Map<Pattern, String> WITH_VALUES = Map.of(
            Pattern.compile("intact, (\\d+) entries"), "audit.detail.intact",
            Pattern.compile("broken at entry (\\d+)"), "audit.detail.broken",
            Pattern.compile("(\\d+) entries to (.+)"), "audit.detail.exportedTo",
            Pattern.compile("to (.+) as (.+)"), "audit.detail.serverMove",
            Pattern.compile("server (.+)"), "audit.detail.server",
            Pattern.compile("damaged file kept as (.+); backup (.+)"), "audit.detail.restored");
    /** An import's counts, as {@code ImportService} writes them; the cameras' part only for a list of cameras. */
    private static final Pattern IMPORT = Pattern.compile(
            "(\\w+) from sheet (.*): created (\\d+), updated (\\d+), unchanged (\\d+), errors (\\d+)"
                    + "(?:, cameras added (\\d+), removed (\\d+))?");

    private AuditTexts() {
    }

    static String subject(Messages messages, String subject) {
        Matcher generated = subject == null ? null : GENERATED.matcher(subject);
        if (generated != null && generated.matches()) {
            return messages.get("audit.subject.generatedRows", messages.named("audit.subject", generated.group(1)));
        }
        return messages.named("audit.subject", subject);
    }

    static String detail(Messages messages, String detail) {
        Matcher failed = detail == null ? null : FAILED_ATTEMPTS.matcher(detail);
        if (failed != null && failed.matches()) {
            return messages.get("audit.detail.failedAttempts", Integer.parseInt(failed.group(1)));
        }
        Matcher imported = detail == null ? null : IMPORT.matcher(detail);
        if (imported != null && imported.matches()) {
            return importDetail(messages, imported);
        }
        for (Map.Entry<Pattern, String> known : WITH_VALUES.entrySet()) {
            Matcher m = detail == null ? null : known.getKey().matcher(detail);
            if (m != null && m.matches()) {
                Object[] values = new Object[m.groupCount()];
                for (int i = 0; i < values.length; i++) {
                    String v = m.group(i + 1);
                    values[i] = v.chars().allMatch(Character::isDigit) ? (Object) Long.parseLong(v) : v;
                }
                return messages.get(known.getValue(), values);
            }
        }
        return messages.named("audit.detail", detail);
    }

    private static String importDetail(Messages messages, Matcher m) {
        String kind = messages.named("import.kind", m.group(1));
        String text = messages.get("audit.detail.import", kind, m.group(2), Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4)), Long.parseLong(m.group(5)), Long.parseLong(m.group(6)));
        return m.group(7) == null ? text
                : text + messages.get("audit.detail.importCameras", Long.parseLong(m.group(7)), Long.parseLong(m.group(8)));
    }
}
