// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** A broken rule in app.css silently drops every rule after it; a merge once left a brace out. */
class StylesheetTest {

    @Test
    void everyRuleIsClosed() throws Exception {
        String css = Files.readString(Path.of("src/main/resources/kz/schoolwatch/ui/app.css")).replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
                assertThat(depth).as("nested '{' near line %d", line).isEqualTo(1);
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("'}' without '{' near line %d", line).isZero();
            }
        }
        assertThat(depth).as("unclosed rule at the end").isZero();
    }
}
