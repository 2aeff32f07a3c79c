#!/usr/bin/env bash
# Monthly-summary PDF benchmark (issue 5): the whole city's summary for the last full month, read and written as
# PDF, medians over several runs in one JVM, beside a one-line-PDF baseline from the same run; heap capped at
# 400 MB so that finishing at all proves the memory bound, and the heap peak printed.
#   bench/monthly-report.sh [runs=9]            demo city, then the national dataset
#   KEEP=/tmp/bench-data bench/monthly-report.sh  keep (and reuse) the generated databases
# No display needed: the PDF's charts are drawn with Java2D in headless mode.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench.cp)"
data=${KEEP:-$(mktemp -d)}
[ -n "${KEEP:-}" ] || trap 'rm -rf "$data"' EXIT
# The national dataset is made once, in its own JVM (its making is not what is measured).
if [ ! -e "$data/national/schoolwatch.mv.db" ]; then
  java -cp "$cp" kz.schoolwatch.bench.NationalDataset "$data/national"
fi
for set in demo national; do
  echo "== $set"
  java -Xmx400m -Djava.awt.headless=true -Dlogback.configurationFile=/dev/null -cp "$cp" \
    kz.schoolwatch.bench.MonthlyReportBench "$set" "$data/$set" "$runs" 2>/dev/null | grep -v ' INFO '
done
