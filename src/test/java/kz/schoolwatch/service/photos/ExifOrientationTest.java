// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.photos;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The EXIF orientation a phone writes, read from a JPEG's bytes, and the turn that puts the picture upright. */
class ExifOrientationTest {

    @TempDir
    Path files;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void readsTheOrientationOfAJpeg(int orientation) throws Exception {
        byte[] jpeg = Files.readAllBytes(PhotoFixtures.jpegTurned(files.resolve("a.jpg"), orientation));

        assertThat(ExifOrientation.of(jpeg)).isEqualTo(orientation);
    }

    @Test
    void anythingElseIsUpright() throws Exception {
        byte[] jpeg = Files.readAllBytes(PhotoFixtures.jpegTurned(files.resolve("a.jpg"), 6));

        assertThat(ExifOrientation.of(new byte[] {1, 2, 3})).isEqualTo(ExifOrientation.UPRIGHT);
        assertThat(ExifOrientation.of(Arrays.copyOf(jpeg, 30))).isEqualTo(ExifOrientation.UPRIGHT);
        assertThat(ExifOrientation.of(Files.readAllBytes(new PhotoFixtures(null).png(files.resolve("b.png"), 10, 10))))
                .isEqualTo(ExifOrientation.UPRIGHT);
    }

    @Test
    void theTurnsPutTheStoredTopLeftCornerWhereTheEyeExpectsIt() {
        // A 4×2 picture: where its top-left corner (0, 0) ends up, upright.
        assertThat(corner(1)).isEqualTo(new Point2D.Double(0, 0));
        assertThat(corner(2)).isEqualTo(new Point2D.Double(4, 0));
        assertThat(corner(3)).isEqualTo(new Point2D.Double(4, 2));
        assertThat(corner(4)).isEqualTo(new Point2D.Double(0, 2));
        assertThat(corner(5)).isEqualTo(new Point2D.Double(0, 0));
        assertThat(corner(6)).isEqualTo(new Point2D.Double(2, 0));
        assertThat(corner(7)).isEqualTo(new Point2D.Double(2, 4));
        assertThat(corner(8)).isEqualTo(new Point2D.Double(0, 4));
    }

    private static Point2D corner(int orientation) {
        return ExifOrientation.upright(orientation, 4, 2).transform(new Point2D.Double(0, 0), null);
    }
}
