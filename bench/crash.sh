#!/usr/bin/env bash
# Crash harness (issue 7, docs/RELIABILITY.md): child JVMs save visits and events through the app's services and
# are killed with SIGKILL at random moments; after each kill the data folder must open, hold every acknowledged
# save, show no half-written event, and SCRIPT must read it. Prints the figures table.
#   bench/crash.sh [kills=300] [seed]      (the normal build runs 30 kills in CrashHarnessTest)
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-300}
mvn -q -B -DskipTests test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >/dev/null
# A copy of the classes, so that building again while a long run goes on does not change what the children run.
run=$(mktemp -d)
trap 'rm -rf "$run"' EXIT
cp -r target/classes "$run/classes"
cp -r target/test-classes "$run/test-classes"
java -cp "$run/test-classes:$run/classes:$(cat target/test-classpath.txt)" kz.schoolwatch.reliability.CrashHarness "$kills" ${2:+"$2"}
