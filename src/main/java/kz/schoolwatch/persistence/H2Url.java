// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Builds the JDBC URL of the database file. The flags come from {@code h2.properties}, which Maven fills
 * from the same pom property that the build-time code generation uses, so both sides always agree.
 */
public final class H2Url {

    /** Base name of the database file inside the data folder ({@code schoolwatch.mv.db} on disk). */
    public static final String FILE_NAME = "schoolwatch";

    private static final String FLAGS = loadFlags();

    private H2Url() {
    }

    /** The URL for the database in {@code folder}. */
    public static String forFolder(Path folder) {
        return "jdbc:h2:file:" + folder.resolve(FILE_NAME).toAbsolutePath() + FLAGS;
    }

    /** The flags appended to every URL, starting with ';' (or empty). */
    public static String flags() {
        return FLAGS;
    }

    private static String loadFlags() {
        try (InputStream in = H2Url.class.getResourceAsStream("h2.properties")) {
            if (in == null) {
                throw new IllegalStateException("h2.properties is missing from the build");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("h2.flags", "").trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
