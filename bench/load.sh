#!/usr/bin/env bash
# Many officers at once on the unit's server (issue 18): the demo city on a PostgreSQL server the benchmark
# starts itself (zonky's binaries, default durability), then N officers, each with its own login, role and
# connection pool: inspectors logging visits and events and opening the month of visits, heads editing shared
# schools and cameras (conflicts resolved as the dialog offers), one head exporting the monthly summary.
# Timings (p50/p95) for one officer of each kind alone, then all together, with their ratios; then the checks
# (no lost update, no error but conflicts, the audit trail with each change's login and its chain, the server's
# figures against the officers' sum). Exits non-zero when a check is broken.
#   bench/load.sh [officers=20] [seconds=60] [pause-ms=250]    pause-ms: each officer's pause between rounds (0: none)
#   SERVER_SETTINGS="synchronous_commit=off" bench/load.sh       tries settings of the server (comma-separated)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench.cp)"
java -Xmx1g -Djava.awt.headless=true -Dbench.serverSettings="${SERVER_SETTINGS:-}" -cp "$cp" \
  kz.schoolwatch.bench.load.OfficersLoadBench "${1:-20}" "${2:-60}" "${3:-250}" 2>&1 | grep -v -E ' (INFO|DEBUG|WARN) '
