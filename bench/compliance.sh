#!/usr/bin/env bash
# Compliance «as of» a date (issue 21): every school of the national dataset (7,500 schools, 100,000 cameras)
# judged against the requirements at the last quarter's end, from the history; medians over several runs in one
# JVM beside the plain city camera count measured in the same run.
#   bench/compliance.sh [runs=11]      (makes the dataset first, about a minute)
#   KEEP=/tmp/bench-compliance bench/compliance.sh   keep (and reuse) the generated database
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench.cp)"
data=${KEEP:-$(mktemp -d)}
[ -n "${KEEP:-}" ] || trap 'rm -rf "$data"' EXIT
java -Dlogback.configurationFile=/dev/null -cp "$cp" kz.schoolwatch.bench.ComplianceBench "$data/national" "$runs" 2>/dev/null | grep -v ' INFO '
