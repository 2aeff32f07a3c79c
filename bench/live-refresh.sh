#!/usr/bin/env bash
# Live figures between PCs on the unit's server (issue 18): how long a save on one PC takes to show on another PC's
# Schools list, dashboard, Cameras screen, visit list and accounts list, and after it lost the server and came back;
# two PCs on a PostgreSQL server the benchmark starts itself (zonky's binaries). Median, p95 and maximum per screen.
#   bench/live-refresh.sh [saves=20]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench.cp)"
java -Xmx512m -Djava.awt.headless=true -cp "$cp" kz.schoolwatch.bench.LiveRefreshBench "${1:-20}" 2>&1 | grep -v -E ' (INFO|DEBUG|WARN) '
