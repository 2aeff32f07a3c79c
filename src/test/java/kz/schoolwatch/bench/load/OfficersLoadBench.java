// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench.load;

import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kz.schoolwatch.persistence.store.ServerAddress;

/**
 * Twenty officers at once on the unit's server (issue 18), run on purpose ({@code bench/load.sh}), never as a
 * test: starts its own PostgreSQL server (zonky's binaries, the server's default settings: fsync and synchronous
 * commit on), runs {@link LoadRun} and prints its figures and checks, with what the officers' server sessions
 * waited for ({@link ServerWaits}); exits with 1 when a check is broken.
 * Usage: {@code OfficersLoadBench [officers=20] [seconds=60] [pause-ms=250] [alone-seconds=seconds/4, at most 15]}, the
 * pause being each officer's between two rounds of its work (0: officers who never stop).
 */
public final class OfficersLoadBench {

    private OfficersLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int officers = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int pause = args.length > 2 ? Integer.parseInt(args[2]) : 250;
        int alone = args.length > 3 ? Integer.parseInt(args[3]) : Math.max(2, Math.min(15, seconds / 4));
        System.setProperty("java.awt.headless", "true");
        LoadRun.Result result;
        EmbeddedPostgres.Builder server = EmbeddedPostgres.builder().setServerConfig("max_connections", "200");
        // -Dbench.serverSettings=synchronous_commit=off,… tries the server's settings without touching the program.
        for (String setting : System.getProperty("bench.serverSettings", "").split(",")) {
            if (setting.contains("=")) {
                server.setServerConfig(setting.substring(0, setting.indexOf('=')).trim(), setting.substring(setting.indexOf('=') + 1).trim());
                System.out.println("server: " + setting.trim());
            }
        }
        try (EmbeddedPostgres pg = server.start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE schoolwatch");
            }
            ServerAddress address = new ServerAddress("localhost", pg.getPort(), "schoolwatch").unencryptedAllowed();
            try (ServerWaits waits = new ServerWaits(pg.getPostgresDatabase().getConnection())) {
                result = LoadRun.run(address, "postgres", new LoadRun.Plan(officers, seconds, alone, pause));
                waits.print(System.out);
            }
        }
        LoadReport.print(result, System.out);
        System.exit(result.checks().broken().isEmpty() ? 0 : 1);
    }
}
