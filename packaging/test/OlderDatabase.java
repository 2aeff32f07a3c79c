// SPDX-License-Identifier: Apache-2.0
import java.nio.file.Path;

import kz.schoolwatch.persistence.store.H2Url;
import org.flywaydb.core.Flyway;

/**
 * Makes the database an older SchoolWatch would have left: only the first migration applied. Run by
 * packaging/test-package.sh as a single-file program with the packaged jars on the class path, to check
 * that the installed (newer) app migrates it on its first start. Argument: the data folder.
 */
public final class OlderDatabase {
    public static void main(String[] args) {
        Flyway.configure()
                .dataSource(H2Url.forFolder(Path.of(args[0])), "sa", "")
                .locations("classpath:db/common", "classpath:db/h2")
                .target("1")
                .load()
                .migrate();
    }
}
