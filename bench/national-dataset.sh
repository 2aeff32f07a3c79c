#!/usr/bin/env bash
# Makes a national-scale SchoolWatch database for benchmarks and for trying the screens at scale:
#   bench/national-dataset.sh DIR [--schools 7500] [--cameras 100000] [--visits 1000000] [--events 200000] [--officers 1500]
# Then: mvn -q compile javafx:run -Dapp.args="--data-dir DIR"
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
java -cp "target/classes:target/test-classes:$(cat target/bench.cp)" kz.schoolwatch.bench.NationalDataset "$@"
