// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench;

import java.nio.file.Path;

import kz.schoolwatch.TestSessions;

/** Makes a data folder with the demo city and its accounts (as the tests have it), for bench/startup.sh. */
public final class DemoFolder {

    private DemoFolder() {
    }

    public static void main(String[] args) throws Exception {
        TestSessions.prepare(Path.of(args[0]), true);
    }
}
