#!/usr/bin/env bash
# Schools screen on a large dataset, headless: bench/schools.sh DATA_DIR [rounds]
# Make the dataset first with bench/national-dataset.sh DATA_DIR (7,500 schools, 100,000 cameras).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: bench/schools.sh DATA_DIR [rounds]" >&2; exit 2; }
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" kz.schoolwatch.bench.SchoolsScreenBench "$@" 2>&1 | grep -v "^SLF4J"
