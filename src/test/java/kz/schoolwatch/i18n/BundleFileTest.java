// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BundleFileTest {

    @Test
    void keepsOrderLinesAndBothDefinitionsOfAKey() {
        BundleFile file = BundleFile.parse("test.properties", """
                # a comment
                b.key=Второй
                ! another comment

                a.key = Первый
                b.key=Снова
                """);
        assertThat(file.entries()).containsExactly(new BundleFile.Entry("b.key", "Второй", 2),
                new BundleFile.Entry("a.key", "Первый", 5), new BundleFile.Entry("b.key", "Снова", 6));
        assertThat(file.values()).containsExactly(Map.entry("b.key", "Снова"), Map.entry("a.key", "Первый"));
        assertThat(file.duplicates()).containsExactly(Map.entry("b.key", List.of(2, 6)));
    }

    @Test
    void readsEscapesAndContinuationLinesAsProperties() {
        BundleFile file = BundleFile.parse("test.properties", "usage=first\\n\\\n    second\\u0021\nnext=end \n");
        assertThat(file.entries()).containsExactly(new BundleFile.Entry("usage", "first\nsecond!", 1),
                new BundleFile.Entry("next", "end ", 3));
    }

    @Test
    void findsTheFirstByteThatIsNotUtf8() {
        assertThat(BundleFile.utf8Problem("a=Қазақ\n".getBytes(StandardCharsets.UTF_8))).isNull();
        byte[] latin1 = "a=1\nb=caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(BundleFile.utf8Problem(latin1)).isEqualTo("byte 9 (line 2) is not valid UTF-8");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '=', '1'};
        assertThat(BundleFile.utf8Problem(bom)).contains("byte order mark");
    }
}
