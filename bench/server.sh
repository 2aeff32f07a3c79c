#!/usr/bin/env bash
# The unit's server against the PC's file (issue 17): on the national dataset (1,000,000 visits), the move of the
# H2 file onto a new database of a PostgreSQL server the benchmark starts itself (zonky's binaries, default
# durability), then page 1 of a month of visits with its count on H2 and PostgreSQL by turns, then the whole
# city's monthly PDF on both. Medians and ratios in one run.
#   bench/server.sh DATA_DIR [pdf-runs=7]    DATA_DIR from bench/national-dataset.sh (made there on first use)
#   SERVER_SQL="CREATE INDEX …" bench/server.sh DATA_DIR   tries an index on the server before the timings
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:?usage: bench/server.sh DATA_DIR [pdf-runs]}
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench.cp)"
if [ ! -e "$data/schoolwatch.mv.db" ]; then
  java -cp "$cp" kz.schoolwatch.bench.NationalDataset "$data"
fi
java -Xmx1g -Djava.awt.headless=true -Dbench.serverSql="${SERVER_SQL:-}" -cp "$cp" \
  kz.schoolwatch.bench.ServerBench "$data" "${2:-7}" 2>&1 | grep -v -E ' (INFO|DEBUG) '
