#!/usr/bin/env bash
# Generates the national-scale dataset into DATA_DIR (a new folder):
#   bench/dataset.sh DATA_DIR [schools cameras officers visits events]
# Defaults: 7,500 schools, 100,000 cameras, 2,000 officers, 1,000,000 visits, 200,000 events.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: bench/dataset.sh DATA_DIR [schools cameras officers visits events]" >&2; exit 2; }
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" kz.schoolwatch.bench.NationalDataset "$@"
