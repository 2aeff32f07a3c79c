// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import java.time.Duration;
import java.time.Instant;

/** Milliseconds since the JVM started, for {@code --startup-timing} and the start-up benchmark. */
public final class StartupTiming {

    private final Instant jvmStart;

    public StartupTiming() {
        this.jvmStart = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
    }

    /** Milliseconds from JVM start to now. */
    public long elapsedMillis() {
        return Duration.between(jvmStart, Instant.now()).toMillis();
    }
}
