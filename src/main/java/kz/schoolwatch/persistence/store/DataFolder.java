// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where SchoolWatch keeps its database: the user's own data folder, never the install folder, so an
 * upgrade or reinstall keeps every record.
 */
public final class DataFolder {

    /** Environment variable that overrides the default folder (the {@code --data-dir} option wins over it). */
    public static final String ENV_OVERRIDE = "SCHOOLWATCH_DATA_DIR";

    private DataFolder() {
    }

    /** The folder for this machine: the explicit option, else the environment variable, else the OS default. */
    public static Path resolve(Path explicit, Map<String, String> env, String osName, Path userHome) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_OVERRIDE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return osDefault(env, osName, userHome);
    }

    /** The default for the current process. */
    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path osDefault(Map<String, String> env, String osName, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            // LOCALAPPDATA, never the roaming profile: the database is large and machine-bound.
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : userHome.resolve("AppData").resolve("Local");
            return base.resolve("SchoolWatch");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("SchoolWatch");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : userHome.resolve(".local").resolve("share");
        return base.resolve("schoolwatch");
    }
}
