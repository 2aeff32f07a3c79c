// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

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

    /**
     * What every runtime URL adds to the shared flags: the file is encrypted, and H2 writes no trace file (a
     * trace would hold SQL with record data in clear beside the encrypted file). The page cache is 64 MB rather than
     * H2's 16: every page read from the file is decrypted, and a whole city's cameras with their history (what
     * compliance "as of" a day reads) then stay decrypted in memory; at 7,500 schools and 100,000 cameras it took
     * that judgement from about 1.1 s to 0.45 s (docs/benchmarks.md).
     */
    static final String RUNTIME_FLAGS = ";CIPHER=AES;TRACE_LEVEL_FILE=0;CACHE_SIZE=65536";

    /** The URL of the encrypted database in {@code folder}; its file password is the database key. */
    public static String forFolder(Path folder) {
        return forFile(folder.resolve(FILE_NAME));
    }

    /** The URL of an encrypted database whose file, without {@code .mv.db}, is {@code base}. */
    public static String forFile(Path base) {
        return "jdbc:h2:file:" + base.toAbsolutePath() + FLAGS + RUNTIME_FLAGS;
    }

    /** The URL of a database written by SchoolWatch before files were encrypted (issues 2–5). */
    public static String plainForFolder(Path folder) {
        return "jdbc:h2:file:" + folder.resolve(FILE_NAME).toAbsolutePath() + FLAGS + ";TRACE_LEVEL_FILE=0";
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
