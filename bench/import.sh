#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Import benchmark (issue 19): one .xlsx with 7,500 schools and 100,000 cameras (one row each), then on a fresh H2
# database per run: the cameras sheet read alone, the preview of the file, its write, and the same file written a
# second time (changes nothing). Medians and ratios to the read alone, as a markdown table.
#   bench/import.sh [runs=5] [schools=7500] [cameras=100000]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench.cp)"
java -Xmx2g -Djava.awt.headless=true -Dlogback.configurationFile=/dev/null -cp "$cp" \
  kz.schoolwatch.bench.ImportBench "${1:-5}" "${2:-7500}" "${3:-100000}" 2>&1 | grep -v -E ' (INFO|DEBUG|WARN) '
